package org.ffw.complaint;

/** The lodging form as posted: text as typed, so that it can be shown again unchanged with the problems. */
public class LodgeForm {
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
}
