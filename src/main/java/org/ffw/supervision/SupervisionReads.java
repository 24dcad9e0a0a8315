package org.ffw.supervision;

import java.util.List;

import org.ffw.platform.cases.CaseAccess;
import org.ffw.platform.cases.CaseAccess.Reader;
import org.ffw.platform.cases.CaseRecord;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.instrument.Instruments;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.TimelineEntry;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.NotFoundException;
import org.ffw.supervision.SupervisionViews.EmployerView;
import org.ffw.supervision.SupervisionViews.Letter;
import org.ffw.supervision.SupervisionViews.ListItem;
import org.ffw.supervision.SupervisionViews.StaffView;
import org.ffw.worktable.OpenTasks;
import org.springframework.stereotype.Service;

/**
 * What each reader of a supervision case sees ({@link SupervisionViews}): union and HRB staff of the district the
 * whole case; the employer concerned its own view; anyone else 403 — an employer asking about a case not its own 404.
 */
@Service
public class SupervisionReads {

    private final SupervisionMapper mapper;
    private final SupervisionCases cases;
    private final CaseRegistry registry;
    private final SupervisionDocuments documents;
    private final Timeline timeline;
    private final OpenTasks openTasks;
    private final Instruments instruments;

    SupervisionReads(SupervisionMapper mapper, SupervisionCases cases, CaseRegistry registry,
                     SupervisionDocuments documents, Timeline timeline, OpenTasks openTasks,
                     Instruments instruments) {
        this.mapper = mapper;
        this.cases = cases;
        this.registry = registry;
        this.documents = documents;
        this.timeline = timeline;
        this.openTasks = openTasks;
        this.instruments = instruments;
    }

    /** The district's cases for its union and HRB staff; the employer's own for an employer. */
    public List<ListItem> listFor(FfwUser me, int page, int size) {
        if (me.has(Role.EMPLOYER) && me.employerCreditCode() != null) {
            return mapper.forEmployer(me.employerCreditCode()).stream().map(ListItem::of).toList();
        }
        if (me.district() == null || !me.isStaffOf(me.district(), Procedure.UNION_SUPERVISION.staffRoles())) {
            throw new ForbiddenException("Supervision cases are read by the district's union and HRB staff.");
        }
        return mapper.forDistrict(me.district(), size, page * size).stream().map(ListItem::of).toList();
    }

    /** The staff's or the employer's view of one case. */
    public Object read(FfwUser me, String caseNo) {
        Supervision s = cases.find(caseNo);
        CaseRecord c = s == null ? null : registry.get(caseNo);
        Reader reader = c == null ? null : CaseAccess.readerOf(me, c).orElse(null);
        if (reader == Reader.STAFF) {
            return staffView(s);
        }
        if (reader == Reader.EMPLOYER) {
            return employerView(s);
        }
        if (s == null || me.has(Role.EMPLOYER)) {
            throw new NotFoundException("No such supervision case.");
        }
        throw new ForbiddenException("This supervision case is not yours to read.");
    }

    /** The staff's view, or 403. */
    public StaffView readAsStaff(FfwUser me, String caseNo) {
        Object v = read(me, caseNo);
        if (v instanceof StaffView staff) {
            return staff;
        }
        throw new ForbiddenException("This page is for the district's staff.");
    }

    /** The employer's view, or 404. */
    public EmployerView readAsEmployer(FfwUser me, String caseNo) {
        Object v = me.has(Role.EMPLOYER) ? read(me, caseNo) : null;
        if (v instanceof EmployerView employer) {
            return employer;
        }
        throw new NotFoundException("No such supervision case.");
    }

    /** The case as the reader of one of its tasks may see it (the worktable's task page). */
    Object forTask(Supervision s, FfwUser viewer) {
        Reader reader = CaseAccess.require(viewer, registry.get(s.caseNo()), "This case is not yours to read.");
        return reader == Reader.EMPLOYER ? employerView(s) : staffView(s);
    }

    private StaffView staffView(Supervision s) {
        return new StaffView(s, mapper.supervisors(s.caseNo()), documents.visibleTo(Reader.STAFF, s.caseNo()),
                timeline.of(s.caseNo(), Visibility.forStaff()), openTasks.of(s.caseNo()),
                cases.provisional(s.caseNo()), letters(Reader.STAFF, s.caseNo()));
    }

    private EmployerView employerView(Supervision s) {
        List<TimelineEntry> entries = timeline.of(s.caseNo(), Visibility.forEmployer()).stream()
                .map(TimelineEntry::withoutActorName).toList();
        return new EmployerView(s.caseNo(), s.status(), s.outcome(), s.employerName(), s.leaveType(),
                mapper.supervisors(s.caseNo()).stream().map(Supervision.Supervisor::name).toList(), s.facts(),
                s.requiredCorrection(), s.opinionIssuedOn(), s.answerDue(), s.answerPosition(), s.answerText(),
                s.answerEvidence(), s.noAnswer(), SupervisionStatus.CORRECTED.equals(s.outcome()),
                s.suggestionSentOn() != null, s.suggestionSentOn(), s.hrbDecision(), s.complaintCaseNo(),
                s.closedOn(), documents.visibleTo(Reader.EMPLOYER, s.caseNo()), entries,
                cases.provisional(s.caseNo()), letters(Reader.EMPLOYER, s.caseNo()));
    }

    private List<Letter> letters(Reader reader, String caseNo) {
        return instruments.listFor(reader, caseNo).stream().map(Letter::of).toList();
    }

    /**
     * A letter of the case as a PDF for whoever may read the case (the employer only the opinion addressed to it:
     * 403 for the suggestion letter); the addressee's first download is its service (送达), on the timeline.
     */
    public Instruments.Served letter(FfwUser me, String caseNo, long id, Instruments.Channel channel) {
        read(me, caseNo);
        return instruments.serve(me, caseNo, id, channel);
    }
}
