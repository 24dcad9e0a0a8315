package org.ffw.complaint;

import static org.ffw.platform.web.FormText.blank;
import static org.ffw.platform.web.FormText.date;
import static org.ffw.platform.web.FormText.number;
import static org.ffw.platform.web.FormText.trim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.ffw.platform.web.FieldProblem;
import org.ffw.rules.LeaveEvent;

/**
 * The lodging form as posted: text as typed, so that it can be shown again unchanged with the problems. The same
 * form serves the employee ({@code /complaints/new}) and district staff taking a complaint down on behalf of a person
 * ({@code /complaints/intake}: channel and the person's name, ID number and phone). A collective complaint lists the
 * other affected employees one per line — name, resident ID number and, if known, the child's date of birth — and the
 * representatives' accounts (their sign-in names, usually their mobile numbers).
 */
public class LodgeForm {

    /** A line of the other affected employees: 姓名 身份证号码 [出生日期], separated by spaces or commas. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、;；]+");

    private String channel;
    private String personName;
    private String personResidentId;
    private String personPhone;
    private String coComplainants;
    private String representatives;
    private String token;
    private String employerCreditCode;
    private String employerName;
    private String workplaceDistrict;
    private String leaveType;
    private String childBirthDate;
    private String babies = "1";
    private String event = "BIRTH";
    private boolean difficultBirth;
    private boolean lawfulBirth = true;
    private String pregnancyMonths;
    private String violationDate;
    private String facts;
    private String request;
    private String daysGranted;
    private boolean confidential = true;
    private String phone;

    public String getToken() { return token; }
    public void setToken(String v) { token = v; }
    public String getEmployerCreditCode() { return employerCreditCode; }
    public void setEmployerCreditCode(String v) { employerCreditCode = v; }
    public String getEmployerName() { return employerName; }
    public void setEmployerName(String v) { employerName = v; }
    public String getWorkplaceDistrict() { return workplaceDistrict; }
    public void setWorkplaceDistrict(String v) { workplaceDistrict = v; }
    public String getLeaveType() { return leaveType; }
    public void setLeaveType(String v) { leaveType = v; }
    public String getChildBirthDate() { return childBirthDate; }
    public void setChildBirthDate(String v) { childBirthDate = v; }
    public String getBabies() { return babies; }
    public void setBabies(String v) { babies = v; }
    public String getEvent() { return event; }
    public void setEvent(String v) { event = v; }
    public boolean isDifficultBirth() { return difficultBirth; }
    public void setDifficultBirth(boolean v) { difficultBirth = v; }
    public boolean isLawfulBirth() { return lawfulBirth; }
    public void setLawfulBirth(boolean v) { lawfulBirth = v; }
    public String getPregnancyMonths() { return pregnancyMonths; }
    public void setPregnancyMonths(String v) { pregnancyMonths = v; }
    public String getViolationDate() { return violationDate; }
    public void setViolationDate(String v) { violationDate = v; }
    public String getFacts() { return facts; }
    public void setFacts(String v) { facts = v; }
    public String getRequest() { return request; }
    public void setRequest(String v) { request = v; }
    public String getDaysGranted() { return daysGranted; }
    public void setDaysGranted(String v) { daysGranted = v; }
    public boolean isConfidential() { return confidential; }
    public void setConfidential(boolean v) { confidential = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getChannel() { return channel; }
    public void setChannel(String v) { channel = v; }
    public String getPersonName() { return personName; }
    public void setPersonName(String v) { personName = v; }
    public String getPersonResidentId() { return personResidentId; }
    public void setPersonResidentId(String v) { personResidentId = v; }
    public String getPersonPhone() { return personPhone; }
    public void setPersonPhone(String v) { personPhone = v; }
    public String getCoComplainants() { return coComplainants; }
    public void setCoComplainants(String v) { coComplainants = v; }
    public String getRepresentatives() { return representatives; }
    public void setRepresentatives(String v) { representatives = v; }

    /** The form's text as the command the API takes; what does not parse is a problem of that field. */
    LodgeComplaint toCommand(List<FieldProblem> problems) {
        LeaveType type = null;
        if (!blank(leaveType)) {
            try {
                type = LeaveType.valueOf(leaveType.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("leaveType", "must be one of " + List.of(LeaveType.values())));
            }
        }
        Channel via = Channel.WEB;
        if (!blank(channel)) {
            try {
                via = Channel.valueOf(channel.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("channel", "must be one of " + List.of(Channel.values())));
            }
        }
        LocalDate birth = date(childBirthDate, "childBirthDate", problems);
        LocalDate violation = date(violationDate, "violationDate", problems);
        Integer babyCount = number(babies, "babies", problems);
        Integer months = number(pregnancyMonths, "pregnancyMonths", problems);
        LeaveEvent ev = "MISCARRIAGE".equals(event) ? LeaveEvent.MISCARRIAGE : LeaveEvent.BIRTH;
        Integer granted = number(daysGranted, "daysGranted", problems);
        LodgeComplaint.OnBehalfOf person = via.onBehalf()
                ? new LodgeComplaint.OnBehalfOf(trim(personName), trim(personResidentId), trim(personPhone)) : null;
        return new LodgeComplaint(trim(employerCreditCode), trim(employerName), trim(workplaceDistrict), type, birth,
                babyCount, ev, difficultBirth, lawfulBirth, ev == LeaveEvent.MISCARRIAGE ? months : null, violation,
                trim(facts), trim(request), granted, confidential, via.onBehalf() ? null : trim(phone), via, person,
                others(problems), accounts());
    }

    private List<LodgeComplaint.CoComplainant> others(List<FieldProblem> problems) {
        List<LodgeComplaint.CoComplainant> others = new ArrayList<>();
        if (blank(coComplainants)) {
            return others;
        }
        for (String line : coComplainants.strip().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = SEPARATORS.split(line.strip());
            if (parts.length < 2 || parts.length > 3) {
                problems.add(new FieldProblem("coComplainants", "each line: name, resident ID number and, if known,"
                        + " the child's date of birth (" + line.strip() + ")"));
                continue;
            }
            LocalDate born = parts.length == 3 ? date(parts[2], "coComplainants", problems) : null;
            others.add(new LodgeComplaint.CoComplainant(parts[0], parts[1], born, null, null, null));
        }
        return others;
    }

    private List<String> accounts() {
        return blank(representatives) ? List.of()
                : Arrays.stream(SEPARATORS.split(representatives.strip())).filter(u -> !u.isBlank()).toList();
    }
}
