package org.ffw.complaint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ffw.complaint.ComplaintViews.ComplainantView;
import org.ffw.complaint.ComplaintViews.DocumentItem;
import org.ffw.complaint.ComplaintViews.EmployerListItem;
import org.ffw.complaint.ComplaintViews.EmployerView;
import org.ffw.complaint.ComplaintViews.Entitlement;
import org.ffw.complaint.ComplaintViews.ListItem;
import org.ffw.complaint.ComplaintViews.Lodged;
import org.ffw.complaint.ComplaintViews.OpenTask;
import org.ffw.complaint.ComplaintViews.PublicStatus;
import org.ffw.complaint.ComplaintViews.StaffView;
import org.ffw.employer.Employer;
import org.ffw.employer.EmployerService;
import org.ffw.identity.UserService;
import org.ffw.platform.caseno.CaseNumbers;
import org.ffw.platform.caseno.CaseNumbers.Procedure;
import org.ffw.platform.document.Documents;
import org.ffw.platform.document.Documents.Document;
import org.ffw.platform.document.Documents.Party;
import org.ffw.platform.outbox.Outbox;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.TimelineEntry;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.NotFoundException;
import org.ffw.rules.CalendarYearNotLoadedException;
import org.ffw.rules.LeaveEntitlement;
import org.ffw.rules.LeaveEntitlements;
import org.ffw.rules.LeaveEvent;
import org.ffw.rules.LeaveQuery;
import org.ffw.rules.WorkingDays;
import org.ffw.worktable.TaskInfo;
import org.ffw.worktable.WorktableService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leave-violation complaints: lodging, reading (each reader their projection), withdrawal, rating, evidence, and the
 * steps of the {@code leave-complaint} process. The only place that starts or correlates that process.
 */
@Service
public class ComplaintService {

    static final String PROCESS = "leave-complaint";
    static final String MESSAGE_WITHDRAWN = "Message_ComplaintWithdrawn";
    static final String MESSAGE_SUBSTANTIATED = "Message_ComplaintSubstantiated";
    private static final String QUERY_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ComplaintMapper complaints;
    private final CaseNumbers caseNumbers;
    private final Timeline timeline;
    private final Outbox outbox;
    private final RuntimeService runtime;
    private final EmployerService employers;
    private final UserService users;
    private final WorkingDays workingDays;
    private final LeaveEntitlements entitlements;
    private final Documents documents;
    private final WorktableService worktable;
    private final org.camunda.bpm.engine.TaskService taskService;

    ComplaintService(ComplaintMapper complaints, CaseNumbers caseNumbers, Timeline timeline, Outbox outbox,
                     RuntimeService runtime, EmployerService employers, UserService users, WorkingDays workingDays,
                     LeaveEntitlements entitlements, Documents documents, WorktableService worktable,
                     org.camunda.bpm.engine.TaskService taskService) {
        this.complaints = complaints;
        this.caseNumbers = caseNumbers;
        this.timeline = timeline;
        this.outbox = outbox;
        this.runtime = runtime;
        this.employers = employers;
        this.users = users;
        this.workingDays = workingDays;
        this.entitlements = entitlements;
        this.documents = documents;
        this.worktable = worktable;
        this.taskService = taskService;
    }

    // ------------------------------------------------------------------------------------------------- lodging

    /**
     * An employee lodges a complaint: validated, stored, the process started, the timeline and the acknowledgement
     * written — all in one transaction.
     */
    @Transactional
    public Lodged lodge(FfwUser employee, LodgeComplaint r) {
        if (!employee.has(Role.EMPLOYEE)) {
            throw new ForbiddenException("Only an employee account may lodge a complaint.");
        }
        if (employee.realName() == null || employee.residentId() == null) {
            throw new ForbiddenException("Your account has no verified name and resident ID number.");
        }
        LocalDate today = workingDays.today();
        validate(r, today);
        Employer employer = employers.findOrRegisterProvisionally(r.employerCreditCode(), r.employerName().strip(),
                r.workplaceDistrict());
        Entitlement entitlement = entitlement(r.leaveType(), r.childBirthDate(), babies(r), r.daysGranted());
        String caseNo = caseNumbers.next(Procedure.LEAVE_COMPLAINT);
        String queryCode = queryCode();
        LocalDate acceptanceDue = workingDays.after(today, 5);
        Instant now = Instant.now();
        complaints.insert(new Complaint(caseNo, null, Status.SUBMITTED, null, employee.getUsername(),
                employee.realName(), employee.residentId(), r.phone().strip(),
                r.confidential() == null || r.confidential(), employer.creditCode(), r.employerName().strip(),
                r.workplaceDistrict(), r.workplaceDistrict(), r.leaveType(), r.childBirthDate(), babies(r),
                r.violationDate(), r.facts().strip(), r.request() == null ? null : r.request().strip(),
                r.daysGranted(), entitlement.entitledDays(), entitlement.note(), hash(caseNo, queryCode),
                acceptanceDue, null, null, false, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, now, now));
        Map<String, Object> variables = new HashMap<>();
        variables.put("district", r.workplaceDistrict());
        variables.put("employerCreditCode", employer.creditCode());
        variables.put("complainant", employee.getUsername());
        variables.put("triageDecision", null);
        variables.put("investigationAction", null);
        variables.put("finding", null);
        variables.put("verification", null);
        ProcessInstance pi = runtime.startProcessInstanceByKey(PROCESS, caseNo, variables);
        complaints.setProcessInstance(caseNo, pi.getId());
        timeline.record(caseNo, "LODGED", null, Status.SUBMITTED.name(), Visibility.PARTY,
                "投诉已提交：" + r.leaveType().label() + "，受理期限 " + acceptanceDue);
        notifyComplainant(caseNo, employee.getUsername(), "COMPLAINT_LODGED", "投诉已提交",
                "您的投诉 " + caseNo + " 已提交，将在 " + acceptanceDue + " 前作出受理决定。查询码：" + queryCode
                        + "（请妥善保存）。");
        return new Lodged(caseNo, Status.SUBMITTED, acceptanceDue, queryCode);
    }

    private static int babies(LodgeComplaint r) {
        return r.babies() == null ? 1 : r.babies();
    }

    /** Domain checks after Bean Validation: identifiers, district, dates not in the future and in order. */
    private void validate(LodgeComplaint r, LocalDate today) {
        List<FieldProblem> errors = new ArrayList<>();
        if (!users.isDistrict(r.workplaceDistrict())) {
            errors.add(new FieldProblem("workplaceDistrict", "is not a Shanghai district code"));
        }
        if (r.violationDate() != null && r.violationDate().isAfter(today)) {
            errors.add(new FieldProblem("violationDate", "must not be in the future"));
        }
        if (r.childBirthDate() != null && r.childBirthDate().isAfter(today)) {
            errors.add(new FieldProblem("childBirthDate", "must not be in the future"));
        }
        if (r.leaveType() != null && r.leaveType().childRequired() && r.childBirthDate() == null) {
            errors.add(new FieldProblem("childBirthDate", "is required for " + r.leaveType()));
        }
        if (r.childBirthDate() != null && r.violationDate() != null) {
            // 产假 may start 15 days before the birth; every other leave follows the birth
            LocalDate earliest = r.leaveType() == LeaveType.MATERNITY ? r.childBirthDate().minusDays(15)
                    : r.leaveType() != null && r.leaveType().childRequired() ? r.childBirthDate() : null;
            if (earliest != null && r.violationDate().isBefore(earliest)) {
                errors.add(new FieldProblem("violationDate", "is before the leave could begin (" + earliest + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** What the law grants in this situation, from the rules module, next to what the employee says was granted. */
    Entitlement entitlement(LeaveType type, LocalDate birth, int babies, Integer granted) {
        if (birth == null || type == LeaveType.PRENATAL_CHECK || type == LeaveType.PREGNANCY_PROTECTION) {
            return new Entitlement(null, granted, null, type == LeaveType.PRENATAL_CHECK
                    ? "产前检查时间计入劳动时间（特别规定第六条）" : "孕期、哺乳期特殊保护（特别规定第五、六、九条）");
        }
        LeaveEntitlement e;
        try {
            e = entitlements.calculate(new LeaveQuery(LeaveEvent.BIRTH, birth, babies, false, true, null, null));
        } catch (CalendarYearNotLoadedException | InvalidInputException ex) {
            return new Entitlement(null, granted, null, "暂无法计算法定假期：" + ex.getMessage());
        }
        Integer days;
        String note;
        switch (type) {
            case MATERNITY -> {
                days = e.maternityLeaveDays();
                note = "产假 " + days + " 天（自 " + e.leaveStart() + " 至 " + e.maternityLeaveEnd() + "）";
            }
            case BIRTH -> {
                days = e.totalDays();
                note = "产假 " + e.maternityLeaveDays() + " 天 + 生育假 " + e.birthLeaveDays() + " 天"
                        + (e.holidayExtensionDays() > 0 ? "（遇法定节假日顺延 " + e.holidayExtensionDays() + " 天）" : "")
                        + "，至 " + e.birthLeaveEnd();
            }
            case PATERNITY -> {
                days = e.paternityLeaveDays();
                note = "配偶陪产假 " + days + " 天";
            }
            case CHILDCARE -> {
                days = e.childcareLeaveDaysPerYear();
                note = "育儿假每年 " + days + " 天，至 " + e.childcareLeaveUntil();
            }
            default -> {
                days = null;
                note = "哺乳时间每天 " + e.nursingHoursPerDay() + " 小时，至 " + e.nursingUntil();
            }
        }
        Integer gap = days == null || granted == null ? null : Math.max(0, days - granted);
        return new Entitlement(days, granted, gap, note);
    }

    // ------------------------------------------------------------------------------------------------- reading

    public List<ListItem> listFor(FfwUser me, String status, int page, int size) {
        List<Complaint> found;
        if (me.has(Role.EMPLOYEE)) {
            found = complaints.forComplainant(me.getUsername());
        } else if (isDistrictStaff(me)) {
            found = complaints.forDistrict(me.district(), status, size, page * size);
        } else {
            throw new ForbiddenException("Complaints are read by the complainant and by district staff.");
        }
        return found.stream().map(c -> new ListItem(c.caseNo(), c.status(), c.status().label(), c.outcome(),
                c.employerName(), c.district(), c.leaveType(), c.violationDate(), c.acceptanceDue(),
                c.investigationDue(), c.closedOn(), c.createdAt().toString())).toList();
    }

    /** The complainant's or the staff's view; anyone else gets 403 (404 when the case does not exist). */
    public Object read(FfwUser me, String caseNo) {
        Complaint c = existing(caseNo);
        if (me.getUsername().equals(c.complainantUsername())) {
            return complainantView(c);
        }
        if (isStaffOf(me, c)) {
            return staffView(c);
        }
        throw new ForbiddenException("This complaint is not yours to read.");
    }

    private ComplainantView complainantView(Complaint c) {
        List<DocumentItem> docs = documents.list(c.caseNo()).stream()
                .filter(d -> d.party() == Party.COMPLAINANT).map(ComplaintViews::document).toList();
        List<TimelineEntry> entries = timeline.of(c.caseNo(), Visibility.forApplicant()).stream()
                .map(TimelineEntry::withoutActorName).toList();
        return new ComplainantView(c.caseNo(), c.status(), c.status().label(), c.outcome(),
                c.outcome() == null ? null : c.outcome().label(), c.employerName(), c.employerCreditCode(),
                c.workplaceDistrict(), c.district(), c.leaveType(), c.childBirthDate(), c.babies(),
                c.violationDate(), c.facts(), c.requestText(), c.daysGranted(), c.confidential(),
                entitlementOf(c), c.acceptanceDue(), c.acceptedOn(), c.investigationDue(), c.extended(),
                c.supplementRequest(), c.notAcceptedReason(), c.finding(), c.findingReason(), c.requiredActions(),
                c.correctionDeadline(), c.verification(), c.penaltyDecision(), c.closedOn(), c.rating(),
                c.status().beforeFinding(), c.status() == Status.CLOSED && c.rating() == null, docs, entries);
    }

    private StaffView staffView(Complaint c) {
        List<DocumentItem> docs = documents.list(c.caseNo()).stream().map(ComplaintViews::document).toList();
        List<OpenTask> waiting = worktable.openTasks(c.caseNo()).stream()
                .map(t -> new OpenTask(t.taskId(), t.name(), t.candidateGroup(), t.assignee(),
                        t.dueAt() == null ? null : t.dueAt().toString())).toList();
        boolean timeBarred = c.violationDate().isBefore(workingDays.today().minusYears(2));
        return new StaffView(c, c.status().label(), entitlementOf(c), timeBarred, docs,
                timeline.of(c.caseNo(), Visibility.forStaff()), waiting,
                employers.violations(c.employerCreditCode()).size());
    }

    private static Entitlement entitlementOf(Complaint c) {
        Integer gap = c.entitledDays() == null || c.daysGranted() == null ? null
                : Math.max(0, c.entitledDays() - c.daysGranted());
        return new Entitlement(c.entitledDays(), c.daysGranted(), gap, c.entitlementNote());
    }

    public List<EmployerListItem> listForEmployer(FfwUser me) {
        requireEmployer(me);
        return complaints.forEmployer(me.employerCreditCode()).stream()
                .map(c -> new EmployerListItem(c.caseNo(), c.status(), c.status().label(), c.leaveType(),
                        c.violationDate(), c.investigationDue(), c.correctionDeadline(), c.closedOn()))
                .toList();
    }

    public EmployerView readForEmployer(FfwUser me, String caseNo) {
        requireEmployer(me);
        Complaint c = complaints.find(caseNo);
        if (c == null || !c.employerCreditCode().equals(me.employerCreditCode()) || c.acceptedOn() == null) {
            throw new NotFoundException("No such complaint against your organisation.");
        }
        return employerView(c);
    }

    EmployerView employerView(Complaint c) {
        List<DocumentItem> docs = documents.list(c.caseNo()).stream()
                .filter(d -> employerMaySee(c, d)).map(ComplaintViews::document).toList();
        List<TimelineEntry> entries = timeline.of(c.caseNo(), Visibility.forEmployer()).stream()
                .map(TimelineEntry::withoutActorName).toList();
        return new EmployerView(c.caseNo(), c.status(), c.status().label(), c.outcome(),
                c.outcome() == null ? null : c.outcome().label(),
                c.confidential() ? "（投诉人身份保密）" : c.complainantName(), c.leaveType(), c.leaveType().label(),
                c.childBirthDate(), c.violationDate(), c.allegation(), c.acceptedOn(), c.investigationDue(),
                c.employerPosition(), c.employerStatement(), c.finding(), c.findingReason(), c.requiredActions(),
                c.correctionDeadline(), c.rectificationReport(), c.verification(), c.penaltyDecision(),
                c.fineTotal(), c.closedOn(), docs, entries);
    }

    private static boolean employerMaySee(Complaint c, Document d) {
        return d.party() == Party.EMPLOYER || (d.party() == Party.COMPLAINANT && !c.confidential());
    }

    public PublicStatus publicStatus(String caseNo, String queryCode) {
        Complaint c = caseNo == null ? null : complaints.find(caseNo.strip());
        if (c == null || queryCode == null
                || !MessageDigest.isEqual(hash(c.caseNo(), queryCode.strip().toUpperCase(java.util.Locale.ROOT))
                        .getBytes(StandardCharsets.UTF_8), c.queryCodeHash().getBytes(StandardCharsets.UTF_8))) {
            throw new NotFoundException("No complaint matches this case number and query code.");
        }
        return new PublicStatus(c.caseNo(), c.status(), c.status().label(),
                c.outcome() == null ? null : c.outcome().label(), LocalDate.ofInstant(c.createdAt(), WorkingDays.ZONE),
                c.acceptanceDue(), c.acceptedOn(), c.investigationDue(), c.correctionDeadline(), c.closedOn());
    }

    // --------------------------------------------------------------------------- complainant's own actions

    /** The complainant withdraws before a finding: the process is interrupted and the case closed. */
    @Transactional
    public void withdraw(FfwUser me, String caseNo, String reason) {
        Complaint c = complaints.lock(caseNo);
        if (c == null || !me.getUsername().equals(c.complainantUsername())) {
            throw c == null ? new NotFoundException("No such complaint.")
                    : new ForbiddenException("Only the complainant may withdraw a complaint.");
        }
        if (!c.status().beforeFinding()) {
            throw new ConflictException("A complaint can be withdrawn only before a finding.");
        }
        complaints.withdraw(caseNo, reason == null || reason.isBlank() ? null : reason.strip(), Instant.now());
        var result = runtime.createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey(caseNo)
                .correlateAllWithResult();
        if (result.isEmpty()) {
            throw new ConflictException("The complaint can no longer be withdrawn.");
        }
    }

    /** 好差评: the complainant rates the handling once, after closure. */
    @Transactional
    public void rate(FfwUser me, String caseNo, int score, String comment) {
        Complaint c = complaints.lock(caseNo);
        if (c == null || !me.getUsername().equals(c.complainantUsername())) {
            throw c == null ? new NotFoundException("No such complaint.")
                    : new ForbiddenException("Only the complainant may rate the handling.");
        }
        if (score < 1 || score > 5) {
            throw new InvalidInputException("score", "must be between 1 and 5");
        }
        if (c.status() != Status.CLOSED) {
            throw new ConflictException("The handling can be rated once the case is closed.");
        }
        if (c.rating() != null || complaints.rate(caseNo, score, comment == null ? null : comment.strip(),
                Instant.now()) == 0) {
            throw new ConflictException("This case has already been rated.");
        }
        timeline.record(caseNo, "RATED", null, null, Visibility.STAFF, "好差评 " + score + "/5");
        if (score <= 2) {
            // 不满意 / 非常不满意 must be followed up (REFERENCE §7)
            for (String supervisor : users.usernamesInDistrict(c.district(), Role.SUPERVISOR)) {
                outbox.enqueue(supervisor, caseNo, "COMPLAINT_BAD_RATING", "差评需回访：" + caseNo,
                        "投诉 " + caseNo + " 的办理获评 " + score + " 分，请在 15 个工作日内核实整改并回访。");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- evidence

    /** The complainant (any time before closure) or the employer (once it sees the case) attaches evidence. */
    @Transactional
    public DocumentItem attach(FfwUser me, String caseNo, String filename, byte[] content) {
        Complaint c = complaints.lock(caseNo);
        if (c == null) {
            throw new NotFoundException("No such complaint.");
        }
        Party party;
        if (me.getUsername().equals(c.complainantUsername())) {
            party = Party.COMPLAINANT;
        } else if (me.has(Role.EMPLOYER) && c.employerCreditCode().equals(me.employerCreditCode())
                && c.acceptedOn() != null) {
            party = Party.EMPLOYER;
        } else if (isStaffOf(me, c)) {
            party = Party.STAFF;
        } else {
            throw new ForbiddenException("You may not add documents to this complaint.");
        }
        if (c.status() == Status.CLOSED) {
            throw new ConflictException("The case is closed.");
        }
        Document d = documents.attach(caseNo, party, me.getUsername(), filename, content);
        timeline.record(caseNo, "DOCUMENT_ADDED", null, null,
                party == Party.EMPLOYER || (party == Party.COMPLAINANT && !c.confidential()) ? Visibility.PUBLIC
                        : Visibility.PARTY, "上传材料：" + d.filename());
        return ComplaintViews.document(d);
    }

    public List<DocumentItem> documents(FfwUser me, String caseNo) {
        Complaint c = existing(caseNo);
        return documents.list(caseNo).stream().filter(d -> mayReadDocument(me, c, d))
                .map(ComplaintViews::document).toList();
    }

    public Document document(FfwUser me, String caseNo, long id) {
        Complaint c = existing(caseNo);
        Document d = documents.find(id).filter(x -> x.caseNo().equals(caseNo))
                .orElseThrow(() -> new NotFoundException("No such document on this case."));
        if (!mayReadDocument(me, c, d)) {
            throw new ForbiddenException("You may not read this document.");
        }
        return d;
    }

    public byte[] content(Document d) {
        return documents.content(d);
    }

    private boolean mayReadDocument(FfwUser me, Complaint c, Document d) {
        if (isStaffOf(me, c)) {
            return true;
        }
        if (me.getUsername().equals(c.complainantUsername())) {
            return d.party() == Party.COMPLAINANT;
        }
        if (me.has(Role.EMPLOYER) && c.employerCreditCode().equals(me.employerCreditCode())
                && c.acceptedOn() != null) {
            return employerMaySee(c, d);
        }
        throw new ForbiddenException("You may not read the documents of this complaint.");
    }

    // --------------------------------------------------------------------- task completions (see ComplaintTasks)

    /** Stores what a user task decided and returns the variables the process routes on. */
    @Transactional
    public Map<String, Object> completed(TaskInfo task, Map<String, Object> v, FfwUser actor) {
        Complaint c = complaints.lock(task.caseNo());
        Instant now = Instant.now();
        Map<String, Object> out = new HashMap<>();
        switch (task.taskKey()) {
            case "triage" -> triaged(c, v, out, now);
            case "supplement" -> {
                LocalDate due = workingDays.after(workingDays.today(), 5);
                complaints.saveSupplement(c.caseNo(), str(v, "supplement"), due, now);
                complaints.setStatus(c.caseNo(), Status.SUBMITTED, null, now);
                timeline.record(c.caseNo(), "SUPPLEMENTED", c.status().name(), Status.SUBMITTED.name(),
                        Visibility.PARTY, "已补正材料，受理期限重新计算至 " + due);
            }
            case "employerResponse" -> {
                complaints.saveEmployerResponse(c.caseNo(), str(v, "employerPosition"), str(v, "statement"), now);
                timeline.record(c.caseNo(), "EMPLOYER_RESPONDED", null, null, Visibility.PUBLIC,
                        "用人单位已陈述申辩");
            }
            case "unionOpinion" -> {
                complaints.saveUnionOpinion(c.caseNo(), str(v, "unionPosition"), str(v, "unionOpinion"), now);
                timeline.record(c.caseNo(), "UNION_OPINION", null, null, Visibility.STAFF,
                        "工会意见：" + str(v, "unionPosition"));
            }
            case "investigate" -> investigated(c, v, out, now);
            case "approveExtension" -> extensionDecided(c, v, out, now);
            case "finding" -> found(c, v, out, now);
            case "orderCorrection" -> ordered(c, v, out, now);
            case "reportRectification" -> {
                complaints.saveRectification(c.caseNo(), str(v, "rectificationReport"), now);
                complaints.setStatus(c.caseNo(), Status.VERIFYING, null, now);
                timeline.record(c.caseNo(), "RECTIFICATION_REPORTED", c.status().name(), Status.VERIFYING.name(),
                        Visibility.PUBLIC, "用人单位已报告整改情况");
            }
            case "verifyRectification" -> {
                String result = str(v, "verification");
                complaints.saveVerification(c.caseNo(), result, str(v, "verificationNote"), now);
                if ("NOT_RECTIFIED".equals(result)) {
                    complaints.setStatus(c.caseNo(), Status.PENALTY_REVIEW, null, now);
                } else {
                    complaints.setStatus(c.caseNo(), c.status(), Outcome.RECTIFIED, now);
                }
                timeline.record(c.caseNo(), "VERIFIED", c.status().name(), null, Visibility.PUBLIC,
                        "RECTIFIED".equals(result) ? "核查结果：已整改" : "核查结果：未整改");
                out.put("verification", result);
            }
            case "penaltyDecision" -> penaltyDecided(c, v, now);
            default -> throw new IllegalStateException("unknown task " + task.taskKey());
        }
        return out;
    }

    private void triaged(Complaint c, Map<String, Object> v, Map<String, Object> out, Instant now) {
        String decision = str(v, "triageDecision");
        out.put("triageDecision", decision);
        switch (decision) {
            case "ACCEPT" -> complaints.saveTriage(c.caseNo(), redact(str(v, "allegation"), c), null, null,
                    str(v, "note"), now);
            case "REQUEST_SUPPLEMENT" -> {
                complaints.saveTriage(c.caseNo(), null, str(v, "supplementRequest"), null, str(v, "note"), now);
                complaints.setStatus(c.caseNo(), Status.SUPPLEMENT_REQUESTED, null, now);
                timeline.record(c.caseNo(), "SUPPLEMENT_REQUESTED", c.status().name(),
                        Status.SUPPLEMENT_REQUESTED.name(), Visibility.PARTY,
                        "请补正材料：" + str(v, "supplementRequest"));
                notifyComplainant(c.caseNo(), c.complainantUsername(), "COMPLAINT_SUPPLEMENT", "请补正投诉材料",
                        "您的投诉 " + c.caseNo() + " 需要补正材料：" + str(v, "supplementRequest")
                                + "。请在 10 个工作日内登录补正，逾期将终止处理。");
            }
            case "TRANSFER" -> {
                String to = str(v, "transferDistrict");
                if (to.equals(c.district())) {
                    throw new InvalidInputException("transferDistrict", "is the district handling the case now");
                }
                complaints.transfer(c.caseNo(), to, workingDays.after(workingDays.today(), 5), now);
                complaints.saveTriage(c.caseNo(), null, null, null, str(v, "note"), now);
                out.put("district", to);
            }
            default -> complaints.saveTriage(c.caseNo(), null, null, str(v, "notAcceptedReason"), str(v, "note"),
                    now);
        }
    }

    private void investigated(Complaint c, Map<String, Object> v, Map<String, Object> out, Instant now) {
        String action = str(v, "investigationAction");
        if ("REQUEST_EXTENSION".equals(action) && (c.extended() || c.extensionReason() != null)) {
            throw new InvalidInputException("investigationAction",
                    "the investigation period can be extended only once");
        }
        complaints.saveInvestigation(c.caseNo(), str(v, "investigationRecord"),
                "REQUEST_EXTENSION".equals(action) ? str(v, "extensionReason") : null, now);
        timeline.record(c.caseNo(), "REQUEST_EXTENSION".equals(action) ? "EXTENSION_REQUESTED" : "INVESTIGATED",
                null, null, Visibility.STAFF, "REQUEST_EXTENSION".equals(action)
                        ? "申请延长调查期限：" + str(v, "extensionReason") : "调查记录已保存");
        out.put("investigationAction", action);
    }

    private void extensionDecided(Complaint c, Map<String, Object> v, Map<String, Object> out, Instant now) {
        boolean approved = "APPROVE".equals(str(v, "extensionDecision"));
        out.put("extensionApproved", approved);
        if (approved) {
            LocalDate due = c.investigationDue() == null ? null
                    : investigationDeadline(c.investigationDue(), 30, c.caseNo());
            complaints.extend(c.caseNo(), due, now);
            out.put("investigationDue", due == null ? null : workingDays.endOf(due));
        }
        out.put("investigationAction", null);
    }

    private void found(Complaint c, Map<String, Object> v, Map<String, Object> out, Instant now) {
        String finding = str(v, "finding");
        Integer affected = v.get("affectedEmployees") == null ? null
                : ((Number) v.get("affectedEmployees")).intValue();
        complaints.saveFinding(c.caseNo(), finding, str(v, "findingReason"), workingDays.today(), affected, now);
        out.put("finding", finding);
    }

    private void ordered(Complaint c, Map<String, Object> v, Map<String, Object> out, Instant now) {
        LocalDate deadline = LocalDate.parse(str(v, "correctionDeadline"));
        if (!deadline.isAfter(workingDays.today())) {
            throw new InvalidInputException("correctionDeadline", "must be after today");
        }
        complaints.saveOrder(c.caseNo(), str(v, "requiredActions"), deadline, now);
        complaints.setStatus(c.caseNo(), Status.CORRECTION_ORDERED, null, now);
        timeline.record(c.caseNo(), "CORRECTION_ORDERED", c.status().name(), Status.CORRECTION_ORDERED.name(),
                Visibility.PUBLIC, "责令用人单位于 " + deadline + " 前改正");
        notifyComplainant(c.caseNo(), c.complainantUsername(), "COMPLAINT_ORDER", "已责令用人单位改正",
                "您的投诉 " + c.caseNo() + " 经调查属实，已责令用人单位于 " + deadline + " 前改正。");
        notifyEmployer(c, "COMPLAINT_ORDER", "责令改正通知",
                "投诉案件 " + c.caseNo() + "：请于 " + deadline + " 前完成改正并报告整改情况。改正事项："
                        + str(v, "requiredActions"));
        // the employer's rectification task and its timer end with the deadline day
        out.put("correctionDeadline", workingDays.endOf(deadline));
    }

    private void penaltyDecided(Complaint c, Map<String, Object> v, Instant now) {
        String decision = str(v, "penaltyDecision");
        BigDecimal per = null;
        BigDecimal total = null;
        Integer affected = null;
        if ("REFER".equals(decision)) {
            per = new BigDecimal(v.get("finePerEmployee").toString()).setScale(2, RoundingMode.HALF_UP);
            affected = ((Number) v.get("affectedEmployees")).intValue();
            total = per.multiply(BigDecimal.valueOf(affected)).setScale(2, RoundingMode.HALF_UP);
        }
        complaints.savePenalty(c.caseNo(), decision, per, total, affected, str(v, "penaltyNote"), now);
        complaints.setStatus(c.caseNo(), c.status(),
                "REFER".equals(decision) ? Outcome.PENALTY_REFERRED : Outcome.NO_PENALTY, now);
        timeline.record(c.caseNo(), "PENALTY_DECIDED", c.status().name(), null, Visibility.PUBLIC,
                "REFER".equals(decision) ? "移送行政处罚，罚款合计 " + total.toPlainString() + " 元" : "不予处罚");
    }

    // ------------------------------------------------------------------------- process steps (ComplaintSteps)

    @Transactional
    public void accepted(String caseNo) {
        Complaint c = complaints.lock(caseNo);
        LocalDate today = workingDays.today();
        LocalDate due = investigationDeadline(today, 60, caseNo);
        complaints.accept(caseNo, today, due, Instant.now());
        complaints.setStatus(caseNo, Status.INVESTIGATING, null, Instant.now());
        String until = due == null ? "（调查期限待节假日安排载入后计算）" : "，调查期限至 " + due;
        timeline.record(caseNo, "ACCEPTED", c.status().name(), Status.INVESTIGATING.name(), Visibility.PUBLIC,
                "已立案调查" + until);
        notifyComplainant(caseNo, c.complainantUsername(), "COMPLAINT_ACCEPTED", "投诉已受理",
                "您的投诉 " + caseNo + " 已于 " + today + " 受理立案" + until + "。");
        notifyEmployer(c, "COMPLAINT_INVESTIGATION", "劳动保障监察立案通知",
                "劳动保障监察机构已就职工休假权益投诉立案调查（案件 " + caseNo + "）。请在 10 个工作日内登录平台陈述申辩。");
    }

    /**
     * The investigation deadline, n working days after {@code from}; null — and a notice to the administrators —
     * when it reaches a year whose holiday schedule is not loaded yet. FFW does not guess: the deadline is computed
     * when the year is loaded ({@link #calendarLoaded}).
     */
    private LocalDate investigationDeadline(LocalDate from, int n, String caseNo) {
        try {
            return workingDays.after(from, n);
        } catch (CalendarYearNotLoadedException e) {
            timeline.recordAs(caseNo, "system", null, "DEADLINE_PENDING", null, null, Visibility.STAFF,
                    e.year() + " 年节假日安排尚未载入，调查期限待载入后计算");
            for (String admin : users.usernamesWithRole(Role.ADMIN)) {
                outbox.enqueueOnce("calendar-missing:" + e.year() + ":" + caseNo + ":" + admin, admin, caseNo,
                        "CALENDAR_YEAR_MISSING", "请载入 " + e.year() + " 年节假日安排",
                        "案件 " + caseNo + " 的调查期限需要 " + e.year() + " 年的节假日安排，请尽快通过 PUT /api/v1/calendar/"
                                + e.year() + " 载入国务院办公厅公布的安排。");
            }
            return null;
        }
    }

    /** A newly loaded year lets the deadlines that were waiting for it be computed, and the open tasks get them. */
    @org.springframework.context.event.EventListener
    @Transactional
    public void calendarLoaded(org.ffw.rules.CalendarYearLoaded loaded) {
        for (Complaint c : complaints.awaitingInvestigationDeadline()) {
            LocalDate due;
            try {
                due = workingDays.after(c.acceptedOn(), c.extended() ? 90 : 60);
            } catch (CalendarYearNotLoadedException stillMissing) {
                continue;
            }
            complaints.setInvestigationDue(c.caseNo(), due, Instant.now());
            java.util.Date end = workingDays.endOf(due);
            if (c.processInstanceId() != null && runtime.createProcessInstanceQuery()
                    .processInstanceId(c.processInstanceId()).count() > 0) {
                runtime.setVariable(c.processInstanceId(), "investigationDue", end);
                for (TaskInfo t : worktable.openTasks(c.caseNo())) {
                    if (t.taskKey().equals("investigate") || t.taskKey().equals("finding")) {
                        taskService.setDueDate(t.taskId(), end);
                    }
                }
            }
            timeline.recordAs(c.caseNo(), "system", null, "DEADLINE_SET", null, null, Visibility.PUBLIC,
                    "调查期限至 " + due);
            notifyComplainant(c.caseNo(), c.complainantUsername(), "COMPLAINT_DEADLINE", "调查期限",
                    "您的投诉 " + c.caseNo() + " 的调查期限为 " + due + "。");
        }
    }

    /** The investigation deadline as the process keeps it (a due date for the inspector's tasks), or null. */
    public java.util.Date investigationDue(String caseNo) {
        LocalDate due = existing(caseNo).investigationDue();
        return due == null ? null : workingDays.endOf(due);
    }

    @Transactional
    public void notAccepted(String caseNo) {
        Complaint c = complaints.lock(caseNo);
        Instant now = Instant.now();
        complaints.setStatus(caseNo, c.status(), Outcome.NOT_ACCEPTED, now);
        String reason = c.notAcceptedReason();
        timeline.record(caseNo, "NOT_ACCEPTED", c.status().name(), null, Visibility.PARTY,
                "不予受理：" + notAcceptedText(reason));
        notifyComplainant(caseNo, c.complainantUsername(), "COMPLAINT_NOT_ACCEPTED", "投诉不予受理",
                "您的投诉 " + caseNo + " 不予受理。理由：" + notAcceptedText(reason)
                        + (c.triageNote() == null ? "" : "（" + c.triageNote() + "）"));
    }

    static String notAcceptedText(String reason) {
        return switch (reason == null ? "" : reason) {
            case "TIME_BARRED" -> "违法行为发生已超过两年，依照《劳动保障监察条例》第二十条不再查处";
            case "ARBITRATION" -> "您的请求属于劳动争议（如要求支付工资、津贴或赔偿），依法应向用人单位所在地的劳动人事争议仲裁委员会申请劳动争议仲裁；"
                    + "对仲裁裁决不服的，可以向人民法院提起诉讼";
            case "OUT_OF_SCOPE" -> "不属于劳动保障监察的范围，请向有关部门反映";
            case "DUPLICATE" -> "与已受理的投诉为同一事项";
            default -> "不符合受理条件";
        };
    }

    @Transactional
    public void transferred(String caseNo) {
        Complaint c = complaints.lock(caseNo);
        complaints.setStatus(caseNo, Status.SUBMITTED, null, Instant.now());
        String name = users.district(c.district()).map(d -> d.nameZh()).orElse(c.district());
        timeline.record(caseNo, "TRANSFERRED", c.status().name(), Status.SUBMITTED.name(), Visibility.PARTY,
                "移送" + name + "劳动保障监察机构处理，受理期限至 " + c.acceptanceDue());
        notifyComplainant(caseNo, c.complainantUsername(), "COMPLAINT_TRANSFERRED", "投诉已移送",
                "您的投诉 " + caseNo + " 已移送" + name + "处理，将在 " + c.acceptanceDue() + " 前作出受理决定。");
    }

    @Transactional
    public void closedIncomplete(String caseNo) {
        Complaint c = complaints.lock(caseNo);
        complaints.setStatus(caseNo, c.status(), Outcome.INCOMPLETE, Instant.now());
        timeline.recordAs(caseNo, "system", null, "CLOSED_INCOMPLETE", c.status().name(), null, Visibility.PARTY,
                "逾期未补正材料，投诉终止处理");
    }

    @Transactional
    public void noEmployerResponse(String caseNo) {
        timeline.recordAs(caseNo, "system", null, "NO_EMPLOYER_RESPONSE", null, null, Visibility.PUBLIC,
                "用人单位逾期未陈述申辩");
    }

    @Transactional
    public void extensionRecorded(String caseNo, boolean approved) {
        Complaint c = existing(caseNo);
        if (approved) {
            String until = c.investigationDue() == null ? "延长 30 个工作日" : "延长至 " + c.investigationDue();
            timeline.record(caseNo, "EXTENSION_APPROVED", null, null, Visibility.PUBLIC, "调查期限经批准" + until);
            notifyComplainant(caseNo, c.complainantUsername(), "COMPLAINT_EXTENDED", "调查期限延长",
                    "您的投诉 " + caseNo + " 案情复杂，调查期限经批准" + until + "。");
        } else {
            timeline.record(caseNo, "EXTENSION_REFUSED", null, null, Visibility.STAFF, "延期申请未获批准");
        }
    }

    @Transactional
    public void findingRecorded(String caseNo) {
        Complaint c = complaints.lock(caseNo);
        Instant now = Instant.now();
        String text;
        switch (c.finding()) {
            case "SUBSTANTIATED" -> {
                complaints.setStatus(caseNo, Status.SUBSTANTIATED, null, now);
                text = "投诉属实";
            }
            case "NOT_SUBSTANTIATED" -> {
                complaints.setStatus(caseNo, c.status(), Outcome.NOT_SUBSTANTIATED, now);
                text = "投诉不属实";
            }
            default -> {
                complaints.setStatus(caseNo, c.status(), Outcome.CORRECTED_DURING_INVESTIGATION, now);
                text = "违法情节轻微且已改正，撤销立案";
            }
        }
        timeline.record(caseNo, "FINDING", c.status().name(), null, Visibility.PUBLIC, "调查结论：" + text);
        notifyComplainant(caseNo, c.complainantUsername(), "COMPLAINT_FINDING", "投诉调查结论",
                "您的投诉 " + caseNo + " 调查结论：" + text + "。");
    }

    /** A substantiated violation goes on the employer's compliance record (and the message reaches any waiter). */
    @Transactional
    public void substantiated(String caseNo) {
        Complaint c = existing(caseNo);
        employers.recordViolation(c.employerCreditCode(), caseNo, "LEAVE_VIOLATION_" + c.leaveType(),
                c.foundOn() == null ? workingDays.today() : c.foundOn(), c.leaveType().label() + "权益投诉属实");
        // certification reviews wait for this message; when none waits, correlating all simply finds nothing
        runtime.createMessageCorrelation(MESSAGE_SUBSTANTIATED)
                .processInstanceVariableEquals("employerCreditCode", c.employerCreditCode())
                .setVariable("substantiatedCaseNo", caseNo)
                .correlateAllWithResult();
    }

    @Transactional
    public void noRectificationReport(String caseNo) {
        Complaint c = complaints.lock(caseNo);
        complaints.setStatus(caseNo, Status.VERIFYING, null, Instant.now());
        timeline.recordAs(caseNo, "system", null, "NO_RECTIFICATION_REPORT", c.status().name(),
                Status.VERIFYING.name(), Visibility.PUBLIC, "改正期限届满，用人单位未报告整改情况");
    }

    @Transactional
    public void withdrawn(String caseNo) {
        Complaint c = complaints.lock(caseNo);
        complaints.setStatus(caseNo, c.status(), Outcome.WITHDRAWN, Instant.now());
        timeline.recordAs(caseNo, c.complainantUsername(), Role.EMPLOYEE.name(), "WITHDRAWN", c.status().name(),
                null, c.acceptedOn() == null ? Visibility.PARTY : Visibility.PUBLIC, "投诉人撤回投诉");
    }

    @Transactional
    public void closed(String caseNo) {
        Complaint c = complaints.lock(caseNo);
        LocalDate today = workingDays.today();
        complaints.close(caseNo, today, Instant.now());
        String outcome = c.outcome() == null ? "" : "（" + c.outcome().label() + "）";
        timeline.recordAs(caseNo, "system", null, "CLOSED", c.status().name(), Status.CLOSED.name(),
                c.acceptedOn() == null ? Visibility.PARTY : Visibility.PUBLIC, "结案" + outcome);
        notifyComplainant(caseNo, c.complainantUsername(), "COMPLAINT_CLOSED", "投诉已结案",
                "您的投诉 " + caseNo + " 已于 " + today + " 结案" + outcome + "。欢迎对办理情况进行评价。");
        if (c.acceptedOn() != null) {
            notifyEmployer(c, "COMPLAINT_CLOSED", "投诉案件已结案", "投诉案件 " + caseNo + " 已于 " + today + " 结案" + outcome + "。");
        }
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** One line for every queue, the employer's included: never the complainant. */
    public String summary(String caseNo) {
        Complaint c = complaints.find(caseNo);
        return c == null ? caseNo : c.employerName() + " · " + c.leaveType().label();
    }

    /** The case as a task's reader may see it (worktable). */
    public Map<String, Object> detailsFor(String caseNo, FfwUser viewer) {
        Complaint c = existing(caseNo);
        Object view;
        if (isStaffOf(viewer, c)) {
            view = staffView(c);
        } else if (viewer.has(Role.EMPLOYER) && c.employerCreditCode().equals(viewer.employerCreditCode())) {
            view = employerView(c);
        } else if (viewer.getUsername().equals(c.complainantUsername())) {
            view = complainantView(c);
        } else {
            throw new ForbiddenException("This complaint is not yours to read.");
        }
        return Map.of("complaint", view);
    }

    /** The current values of a task's form, from the case. */
    public Map<String, Object> valuesFor(TaskInfo task) {
        Complaint c = existing(task.caseNo());
        Map<String, Object> v = new HashMap<>();
        switch (task.taskKey()) {
            case "investigate" -> putIfPresent(v, "investigationRecord", c.investigationRecord());
            case "employerResponse" -> {
                putIfPresent(v, "employerPosition", c.employerPosition());
                putIfPresent(v, "statement", c.employerStatement());
            }
            case "penaltyDecision", "finding" -> putIfPresent(v, "affectedEmployees", c.affectedEmployees());
            default -> {
            }
        }
        return v;
    }

    private static void putIfPresent(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    private Complaint existing(String caseNo) {
        Complaint c = caseNo == null ? null : complaints.find(caseNo);
        if (c == null) {
            throw new NotFoundException("No such complaint.");
        }
        return c;
    }

    private static boolean isDistrictStaff(FfwUser me) {
        return me.district() != null && me.hasAny(Role.INSPECTOR, Role.SUPERVISOR, Role.UNION_REVIEWER);
    }

    /** HRB inspectors and supervisors, and union reviewers, of the district handling the case. */
    private static boolean isStaffOf(FfwUser me, Complaint c) {
        return isDistrictStaff(me) && me.district().equals(c.district());
    }

    private static void requireEmployer(FfwUser me) {
        if (!me.has(Role.EMPLOYER) || me.employerCreditCode() == null) {
            throw new ForbiddenException("This is the employer's view.");
        }
    }

    private void notifyComplainant(String caseNo, String username, String template, String subject, String body) {
        outbox.enqueue(username, caseNo, template, subject, body);
    }

    /** Employer notices never carry the complainant's identity: they are built from case number and dates only. */
    private void notifyEmployer(Complaint c, String template, String subject, String body) {
        for (String u : users.usernamesOfEmployer(c.employerCreditCode())) {
            outbox.enqueue(u, c.caseNo(), template, subject, body);
        }
    }

    /** The inspector's allegation text goes to the employer: take the complainant's identifiers out of it. */
    static String redact(String text, Complaint c) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : List.of(c.complainantName(), c.complainantResidentId(), c.complainantPhone())) {
            if (secret != null && !secret.isBlank()) {
                out = out.replace(secret, "＊＊＊");
            }
        }
        return out;
    }

    private static String str(Map<String, Object> v, String key) {
        Object o = v.get(key);
        return o == null ? null : o.toString();
    }

    private static String queryCode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append(QUERY_ALPHABET.charAt(RANDOM.nextInt(QUERY_ALPHABET.length())));
        }
        return sb.toString();
    }

    static String hash(String caseNo, String queryCode) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest((caseNo + ":" + queryCode).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
