package org.ffw.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ffw.employer.EmployerService;
import org.ffw.platform.Shanghai;
import org.ffw.platform.cases.CaseAccess;
import org.ffw.platform.cases.CaseAccess.Reader;
import org.ffw.platform.cases.CaseRecord;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.cases.PublicStatuses;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.TimelineEntry;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.NotFoundException;
import org.ffw.subsidy.ApplySubsidy.MonthlyContribution;
import org.ffw.subsidy.SubsidyViews.EmployerView;
import org.ffw.subsidy.SubsidyViews.ListItem;
import org.ffw.subsidy.SubsidyViews.MonthRow;
import org.ffw.subsidy.SubsidyViews.PublicStatus;
import org.ffw.subsidy.SubsidyViews.Standing;
import org.ffw.subsidy.SubsidyViews.StaffView;
import org.ffw.subsidy.SubsidyViews.Waiting;
import org.ffw.worktable.OpenTasks;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What each reader gets of a subsidy application: the employer (the applying account and the other accounts of the
 * same employer) its own applications; the district's subsidy officers and supervisors their district's; no one
 * else (403, 404 when there is no such case). Who is which reader is the kit's rule ({@link CaseAccess}).
 */
@Service
public class SubsidyReads implements PublicStatuses.Source {

    private final SubsidyMapper mapper;
    private final SubsidyCases cases;
    private final CaseRegistry registry;
    private final SubsidyRecordsCheck records;
    private final SubsidyDocuments documents;
    private final Timeline timeline;
    private final OpenTasks openTasks;
    private final EmployerService employers;
    private final SubsidySettings settings;
    private final ObjectMapper json;

    SubsidyReads(SubsidyMapper mapper, SubsidyCases cases, CaseRegistry registry, SubsidyRecordsCheck records,
                 SubsidyDocuments documents, Timeline timeline, OpenTasks openTasks, EmployerService employers,
                 SubsidySettings settings, ObjectMapper json) {
        this.mapper = mapper;
        this.cases = cases;
        this.registry = registry;
        this.records = records;
        this.documents = documents;
        this.timeline = timeline;
        this.openTasks = openTasks;
        this.employers = employers;
        this.settings = settings;
        this.json = json;
    }

    /** The employer's own applications, or the district's for its officers and supervisors. */
    public List<ListItem> listFor(FfwUser me, SubsidyStatus status, int page, int size) {
        List<SubsidyApplication> found;
        if (me.has(Role.EMPLOYER) && me.employerCreditCode() != null) {
            found = mapper.forEmployer(me.employerCreditCode());
        } else if (me.isStaffOf(me.district(), Procedure.EMPLOYER_SUBSIDY.staffRoles())) {
            found = mapper.forDistrict(me.district(), status, size, page * size);
        } else {
            throw new ForbiddenException("Subsidy applications are read by the employer and the district's officers.");
        }
        return found.stream().map(a -> new ListItem(a.caseNo(), a.status(), a.status().label(), a.employerName(),
                a.employeeName(), a.childBirthDate(), a.requestedAmount(), a.approvedAmount(), a.eligible(),
                submittedOn(a), a.closedOn())).toList();
    }

    /** The employer's or the staff's view; anyone else gets 403 (404 when the case does not exist). */
    public Object read(FfwUser me, String caseNo) {
        SubsidyApplication a = cases.existing(caseNo);
        return switch (readerOf(me, caseNo)) {
            case STAFF -> staffView(a);
            case APPLICANT, EMPLOYER -> employerView(a);
        };
    }

    /** The case as the reader of one of its tasks sees it (the worktable's task page). */
    Map<String, Object> forTask(SubsidyApplication a, FfwUser viewer) {
        return Map.of("subsidy", read(viewer, a.caseNo()));
    }

    Reader readerOf(FfwUser me, String caseNo) {
        CaseRecord r = registry.find(caseNo).orElseThrow(() -> new NotFoundException("No such subsidy application."));
        return CaseAccess.require(me, r, "This subsidy application is not yours to read.");
    }

    EmployerView employerView(SubsidyApplication a) {
        List<MonthRow> months = records.rows(a);
        List<TimelineEntry> entries = timeline.of(a.caseNo(), Visibility.forApplicant()).stream()
                .map(TimelineEntry::withoutActorName).toList();
        String rejection = a.status() != SubsidyStatus.REJECTED ? null
                : "REJECT".equals(a.secondReviewDecision()) ? a.secondReviewReason() : a.reviewReason();
        return new EmployerView(a.caseNo(), a.status(), a.status().label(), a.status().next(), a.employerName(),
                a.employeeName(), a.employeeResidentId(), a.childBirthDate(), a.childOrder(),
                a.employeeConfirmedChildOrder(), a.birthCertificateNo(), a.babies(), a.difficultBirth(),
                a.leaveStart(), a.leaveEnd(), a.dispatch(), a.userUnitCreditCode(), a.userUnitName(),
                a.noOtherSubsidy(), a.bankName(), a.bankAccountName(), a.bankAccountNo(), a.requestedAmount(),
                a.approvedAmount(), a.eligible(), checks(a), months,
                a.status() == SubsidyStatus.SUPPLEMENT_REQUESTED || a.supplement() != null ? a.supplementRequest()
                        : null, a.supplement(), rejection, submittedOn(a), a.approvedOn(), a.paymentReference(),
                a.paidOn(), a.closedOn(), waiting(a.caseNo()), documents.visibleTo(Reader.APPLICANT, a), entries);
    }

    StaffView staffView(SubsidyApplication a) {
        List<MonthRow> months = records.rows(a);
        BigDecimal threshold = settings.secondReviewAbove(a.caseNo());
        return new StaffView(a, a.status().label(), a.status().next(), live(a, months), months, standing(a),
                a.requestedAmount().compareTo(threshold) > 0, threshold,
                waiting(a.caseNo()), documents.visibleTo(Reader.STAFF, a),
                timeline.of(a.caseNo(), Visibility.forStaff()));
    }

    /** The employer's compliance standing: substantiated leave violations, and those not rectified yet. */
    Standing standing(SubsidyApplication a) {
        return new Standing(employers.violations(a.employerCreditCode()).size(),
                employers.unrectified(a.employerCreditCode()));
    }

    /** The stored checks, with the records check as the records stand today (records may be imported later). */
    List<SubsidyCheck> live(SubsidyApplication a, List<MonthRow> months) {
        List<SubsidyCheck> out = new ArrayList<>();
        boolean replaced = false;
        for (SubsidyCheck c : checks(a)) {
            if (c.code().equals("RECORDS")) {
                out.add(SubsidyMonths.check(months));
                replaced = true;
            } else {
                out.add(c);
            }
        }
        if (!replaced) {
            out.add(SubsidyMonths.check(months));
        }
        return out;
    }

    /**
     * The employers with an application made since the instant whose granted leave fell short of the statutory
     * 产假 + 生育假 (its LEAVE check failed when last computed): a risk signal of the campaigns.
     */
    public java.util.Set<String> employersWithShortLeave(java.time.Instant since) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (SubsidyApplication a : mapper.since(since)) {
            if (checks(a).stream().anyMatch(c -> "LEAVE".equals(c.code()) && !c.passed())) {
                out.add(a.employerCreditCode());
            }
        }
        return out;
    }

    List<SubsidyCheck> checks(SubsidyApplication a) {
        try {
            return json.readValue(a.eligibility(), new TypeReference<List<SubsidyCheck>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored checks of " + a.caseNo() + " do not parse", e);
        }
    }

    List<MonthlyContribution> contributions(SubsidyApplication a) {
        return mapper.contributions(a.caseNo());
    }

    /** Anyone with the case number and its query code, no login: status, next step and dates. */
    @Override
    public Procedure procedure() {
        return Procedure.EMPLOYER_SUBSIDY;
    }

    @Override
    public PublicStatus status(CaseRecord r) {
        SubsidyApplication a = cases.existing(r.caseNo());
        return new PublicStatus(a.caseNo(), Procedure.EMPLOYER_SUBSIDY.label(), a.status(), a.status().label(),
                a.status().next(), submittedOn(a), a.approvedOn(), a.paidOn(), a.closedOn());
    }

    private List<Waiting> waiting(String caseNo) {
        return openTasks.of(caseNo).stream().map(t -> new Waiting(t.name(), BY.get(side(t.candidateGroup())),
                t.dueAt() == null ? null : LocalDate.ofInstant(t.dueAt(), Shanghai.ZONE), t.processKey(),
                t.taskKey(), side(t.candidateGroup()), t.taskId())).toList();
    }

    /** Who does a task, by its candidate group (the pages say it with work.side.*, the API with {@link #BY}). */
    private static String side(String group) {
        if (group == null) {
            return "STAFF";
        }
        return group.startsWith("employer") ? "EMPLOYER" : group.startsWith("supervisor") ? "HRB_LEAD" : "SUBSIDY_DESK";
    }

    private static final Map<String, String> BY = Map.of("STAFF", "经办人员", "EMPLOYER", "用人单位", "HRB_LEAD",
            "区人社局负责人", "SUBSIDY_DESK", "区人社局补贴窗口");

    static LocalDate submittedOn(SubsidyApplication a) {
        return LocalDate.ofInstant(a.createdAt(), Shanghai.ZONE);
    }
}
