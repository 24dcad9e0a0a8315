package org.ffw.certification;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ffw.certification.CertificationViews.Answer;
import org.ffw.certification.CertificationViews.Compliance;
import org.ffw.certification.CertificationViews.EmployerView;
import org.ffw.certification.CertificationViews.ListItem;
import org.ffw.certification.CertificationViews.Objection;
import org.ffw.certification.CertificationViews.Post;
import org.ffw.certification.CertificationViews.PublicStatus;
import org.ffw.certification.CertificationViews.StaffView;
import org.ffw.certification.CertificationViews.Waiting;
import org.ffw.identity.DistrictNames;
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
import org.ffw.worktable.OpenTasks;
import org.springframework.stereotype.Service;

/**
 * What each reader gets of a certification application: the employer (every account of it) its own; the district's
 * HRB and union staff their district's; no one else (403; 404 when there is no such case). Who is which reader is
 * the kit's rule ({@link CaseAccess}).
 */
@Service
public class CertificationReads implements PublicStatuses.Source {

    private final CertificationMapper applications;
    private final CertificationCases cases;
    private final CaseRegistry registry;
    private final Timeline timeline;
    private final OpenTasks openTasks;
    private final DistrictNames districts;
    private final CertificationProperties properties;

    CertificationReads(CertificationMapper applications, CertificationCases cases, CaseRegistry registry,
                       Timeline timeline, OpenTasks openTasks, DistrictNames districts,
                       CertificationProperties properties) {
        this.applications = applications;
        this.cases = cases;
        this.registry = registry;
        this.timeline = timeline;
        this.openTasks = openTasks;
        this.districts = districts;
        this.properties = properties;
    }

    /** The employer's own applications, or the district's for its staff. */
    public List<ListItem> listFor(FfwUser me, CertificationStatus status, int page, int size) {
        List<CertificationApplication> found;
        if (me.has(Role.EMPLOYER) && me.employerCreditCode() != null) {
            found = applications.forEmployer(me.employerCreditCode());
        } else if (me.isStaffOf(me.district(), Procedure.FRIENDLY_POST.staffRoles())) {
            found = applications.forDistrict(me.district(), status, size, page * size);
        } else {
            throw new ForbiddenException("Certification applications are read by the employer and the district's "
                    + "staff.");
        }
        return found.stream().map(a -> {
            List<PostRow> posts = applications.posts(a.caseNo());
            return new ListItem(a.caseNo(), a.status(), a.status().label(), a.employerName(), posts.size(),
                    posts.stream().mapToInt(PostRow::headcount).sum(), a.renewalOf() != null, submittedOn(a),
                    a.closedOn(), a.certificateNo());
        }).toList();
    }

    public Object read(FfwUser me, String caseNo) {
        CertificationApplication a = cases.existing(caseNo);
        return switch (readerOf(me, caseNo)) {
            case STAFF -> staffView(a);
            case APPLICANT, EMPLOYER -> employerView(a);
        };
    }

    Map<String, Object> forTask(CertificationApplication a, FfwUser viewer) {
        return Map.of("certification", read(viewer, a.caseNo()));
    }

    Reader readerOf(FfwUser me, String caseNo) {
        CaseRecord r = registry.find(caseNo).orElseThrow(() ->
                new NotFoundException("No such certification application."));
        return CaseAccess.require(me, r, "This certification application is not yours to read.");
    }

    EmployerView employerView(CertificationApplication a) {
        List<Post> posts = Post.of(applications.posts(a.caseNo()));
        List<TimelineEntry> entries = timeline.of(a.caseNo(), Visibility.forApplicant()).stream()
                .map(TimelineEntry::withoutActorName).toList();
        return new EmployerView(a.caseNo(), a.status(), a.status().label(), a.status().next(), a.employerName(),
                a.district(), districts.name(a.district()), a.renewalOf(), a.writtenInContract(),
                a.consultationDate(), a.consultationBody(), a.consultationSummary(), a.contactName(),
                a.contactPhone(), posts, posts.stream().mapToInt(Post::headcount).sum(), a.reviewRound(),
                a.changeRequest(), a.changeNote(), a.noticeFrom(), a.noticeUntil(), a.outcomeReason(),
                a.certificateNo(), submittedOn(a), a.closedOn(), waiting(a.caseNo()), entries);
    }

    StaffView staffView(CertificationApplication a) {
        return new StaffView(employerView(a), a.employerCreditCode(), a.firstApplication(), compliance(a),
                answer(a, CertificationApplication.Side.HRB), answer(a, CertificationApplication.Side.UNION),
                a.siteVisitNeeded(), a.siteVisitResult(), a.siteVisitDate(), a.siteVisitFindings(),
                applications.objections(a.caseNo()).stream().map(o -> new Objection(o.id(), o.reason(), o.contact(),
                        o.outcome(), LocalDate.ofInstant(o.lodgedAt(), Shanghai.ZONE))).toList(),
                a.objectionDecision(), a.objectionReason(), timeline.of(a.caseNo(), Visibility.forStaff()));
    }

    Compliance compliance(CertificationApplication a) {
        List<String> caseNos = a.violationCases() == null ? List.of() : Arrays.asList(a.violationCases().split(","));
        int months = properties.violationLookbackMonths();
        String words = a.standingCheckedAt() == null ? "尚未核查"
                : caseNos.isEmpty() ? "近 " + months + " 个月无查实的休假违法"
                : "注意：近 " + months + " 个月有查实的休假违法 " + caseNos.size() + " 起";
        return new Compliance(!caseNos.isEmpty(), caseNos, months, words, a.standingCheckedAt() != null);
    }

    private static Answer answer(CertificationApplication a, CertificationApplication.Side side) {
        boolean hrb = side == CertificationApplication.Side.HRB;
        String decision = a.decisionOf(side);
        java.time.Instant at = hrb ? a.hrbAt() : a.unionAt();
        Boolean lead = hrb ? a.hrbByLead() : a.unionByLead();
        return new Answer(hrb ? "区人社局" : "区总工会", decision, CertificationViews.decisionLabel(decision),
                a.textOf(side), Boolean.TRUE.equals(lead), at == null ? null : LocalDate.ofInstant(at, Shanghai.ZONE));
    }

    @Override
    public Procedure procedure() {
        return Procedure.FRIENDLY_POST;
    }

    @Override
    public PublicStatus status(CaseRecord r) {
        CertificationApplication a = cases.existing(r.caseNo());
        return new PublicStatus(a.caseNo(), Procedure.FRIENDLY_POST.label(), a.status(), a.status().label(),
                a.status().next(), submittedOn(a), a.noticeUntil(), a.certificateNo(), a.closedOn());
    }

    List<Waiting> waiting(String caseNo) {
        return openTasks.of(caseNo).stream().map(t -> new Waiting(t.name(), BY.get(side(t.candidateGroup())),
                t.dueAt() == null ? null : LocalDate.ofInstant(t.dueAt(), Shanghai.ZONE), t.processKey(),
                t.taskKey(), side(t.candidateGroup()), t.taskId())).toList();
    }

    /** Who does a task, by its candidate group (the pages say it with work.side.*, the API with {@link #BY}). */
    static String side(String group) {
        if (group == null) {
            return "STAFF";
        }
        if (group.startsWith("employer")) {
            return "EMPLOYER";
        }
        if (group.startsWith("unionsupervisor")) {
            return "UNION_LEAD";
        }
        if (group.startsWith("union")) {
            return "UNION";
        }
        return group.startsWith("supervisor") ? "HRB_LEAD" : "HRB";
    }

    private static final java.util.Map<String, String> BY = java.util.Map.of("STAFF", "经办人员", "EMPLOYER", "用人单位",
            "UNION_LEAD", "区总工会负责人", "UNION", "区总工会", "HRB_LEAD", "区人社局负责人", "HRB", "区人社局");

    static LocalDate submittedOn(CertificationApplication a) {
        return LocalDate.ofInstant(a.createdAt(), Shanghai.ZONE);
    }
}
