package org.ffw.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ffw.platform.timeline.Visibility;
import org.ffw.rules.WorkingDays;
import org.ffw.worktable.CaseDeadlines;
import org.ffw.worktable.CaseDeadlines.Due;
import org.ffw.worktable.CaseDeadlines.Kind;
import org.ffw.worktable.OpenTasks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The complaint's statutory time limits in working days — acceptance within 5 (若干规定 Art. 18), investigation within
 * 60, extended once to 90 (条例 Art. 17) — counted by the kit ({@link CaseDeadlines}), which counts them again when a
 * provisional year's schedule is loaded; here the complaint row, the process and the inspector's tasks follow.
 */
@Component
class ComplaintDeadlines {

    static final int ACCEPTANCE_DAYS = 5;
    static final int INVESTIGATION_DAYS = 60;
    static final int EXTENDED_INVESTIGATION_DAYS = 90;

    static final Kind ACCEPTANCE = new Kind("acceptance", "受理期限", Visibility.PARTY, "COMPLAINT_DEADLINE");
    static final Kind INVESTIGATION = new Kind("investigation", "调查期限", Visibility.PUBLIC, "COMPLAINT_DEADLINE");

    private final CaseDeadlines deadlines;
    private final ComplaintMapper complaints;
    private final ComplaintProcess process;
    private final OpenTasks openTasks;
    private final WorkingDays workingDays;

    ComplaintDeadlines(CaseDeadlines deadlines, ComplaintMapper complaints, ComplaintProcess process,
                       OpenTasks openTasks, WorkingDays workingDays) {
        this.deadlines = deadlines;
        this.complaints = complaints;
        this.process = process;
        this.openTasks = openTasks;
        this.workingDays = workingDays;
    }

    Due acceptance(String caseNo, LocalDate from) {
        return deadlines.set(caseNo, ACCEPTANCE, from, ACCEPTANCE_DAYS);
    }

    Due investigation(String caseNo, LocalDate acceptedOn, boolean extended) {
        return deadlines.set(caseNo, INVESTIGATION, acceptedOn,
                extended ? EXTENDED_INVESTIGATION_DAYS : INVESTIGATION_DAYS);
    }

    /** Which of the case's dates are provisional, by the name of the view's field. */
    Map<String, Boolean> provisional(String caseNo) {
        Map<String, Due> all = deadlines.of(caseNo);
        return Map.of("acceptanceDue", provisional(all.get(ACCEPTANCE.name())),
                "investigationDue", provisional(all.get(INVESTIGATION.name())));
    }

    private static boolean provisional(Due due) {
        return due != null && due.provisional();
    }

    /** A date as the complainant and the timeline read it: the date and whether it may still move. */
    static String words(Due due) {
        return (due.date() == null ? "" : due.date().toString()) + due.note();
    }

    /** A deadline counted again on a newly loaded year: the row, the process and the tasks that end with it. */
    @EventListener
    void moved(CaseDeadlines.Moved m) {
        if (m.name().equals(ACCEPTANCE.name())) {
            complaints.setAcceptanceDue(m.caseNo(), m.to(), java.time.Instant.now());
        } else if (m.name().equals(INVESTIGATION.name())) {
            complaints.setInvestigationDue(m.caseNo(), m.to(), java.time.Instant.now());
            Complaint c = complaints.find(m.caseNo());
            process.investigationDue(c.processInstanceId(), workingDays.endOf(m.to()));
            openTasks.reschedule(m.caseNo(), List.of("investigate", "finding"), workingDays.endOf(m.to()));
        }
    }
}
