package org.ffw.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ffw.certification.CertificateReads;
import org.ffw.employer.EmployerService;
import org.ffw.platform.Shanghai;
import org.ffw.platform.cases.CaseAccess;
import org.ffw.platform.cases.CaseRecord;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.worktable.CaseDeadlines;
import org.ffw.worktable.Groups;
import org.ffw.worktable.OpenTasks;
import org.ffw.worktable.TaskInfo;
import org.ffw.worktable.WorktableNames;
import org.ffw.worktable.WorktableService;
import org.ffw.worktable.WorktableService.QueueItem;
import org.ffw.worktable.WorktableService.QueueRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The employer's home across procedures: every case the employer may see, of every procedure, from the case registry
 * ({@link CaseRegistry#ofEmployer} — the rows the employer may see, each checked with {@link CaseAccess}), with its
 * status in words and the next date it must reckon with; and its open tasks with their due dates (the worktable's own
 * queue). Only the registry's employer-safe summary is shown: nothing of a complainant's identity.
 */
@Controller
class EmployerHomePages {

    static final String PATH = "/employer/home";

    /**
     * One case on the page.
     *
     * @param next      the next date: the employer's own task, a deadline the employer may read, or a reviewer's task
     *                  on the employer's own application; null when none
     * @param nextKind  what that date is: {@code task} (the employer's own), {@code deadline}, {@code waiting},
     *                  {@code expiry} (a certificate)
     * @param daysLeft  for a certificate, the days until it ends
     */
    record Row(String caseNo, Procedure procedure, String status, String summary, boolean closed, LocalDate openedOn,
               LocalDate next, boolean nextProvisional, String nextKind, String nextTask, Long daysLeft,
               String link) {
    }

    private final CaseRegistry registry;
    private final WorktableService worktable;
    private final OpenTasks openTasks;
    private final CaseDeadlines deadlines;
    private final CertificateReads certificates;
    private final EmployerService employers;
    private final WorktableNames names;

    EmployerHomePages(CaseRegistry registry, WorktableService worktable, OpenTasks openTasks, CaseDeadlines deadlines,
                      CertificateReads certificates, EmployerService employers, WorktableNames names) {
        this.registry = registry;
        this.worktable = worktable;
        this.openTasks = openTasks;
        this.deadlines = deadlines;
        this.certificates = certificates;
        this.employers = employers;
        this.names = names;
    }

    @GetMapping(PATH)
    String home(Model model) {
        FfwUser me = CurrentUser.get();
        if (!me.has(Role.EMPLOYER) || me.employerCreditCode() == null) {
            throw new ForbiddenException("This is the employer's home.");
        }
        List<QueueItem> tasks = worktable.queue(me, new QueueRequest(null, null, null, null, null,
                WorktableService.Sort.due, 0, 200)).items();
        Map<String, QueueItem> myTask = new HashMap<>();
        for (QueueItem t : tasks) {
            if (t.caseNo() != null) {
                myTask.merge(t.caseNo(), t, (a, b) -> earlier(a.due(), b.due()) ? a : b);
            }
        }
        Map<String, LocalDate> validTo = new HashMap<>();
        certificates.listFor(me, 0, 200).forEach(c -> validTo.put(c.number(), c.validTo()));

        Map<Procedure, List<Row>> byProcedure = new EnumMap<>(Procedure.class);
        for (Procedure p : Procedure.values()) {
            byProcedure.put(p, new ArrayList<>());
        }
        for (CaseRecord c : registry.ofEmployer(me.employerCreditCode())) {
            if (CaseAccess.readerOf(me, c).isEmpty()) {
                continue;
            }
            byProcedure.get(c.procedure()).add(row(me, c, myTask.get(c.caseNo()), validTo.get(c.caseNo())));
        }
        byProcedure.values().forEach(rows -> rows.sort(Comparator.comparing(Row::closed)));
        model.addAttribute("me", me);
        model.addAttribute("employer", employers.find(me.employerCreditCode()).orElse(null));
        model.addAttribute("subsidies", byProcedure.get(Procedure.EMPLOYER_SUBSIDY));
        model.addAttribute("certifications", byProcedure.get(Procedure.FRIENDLY_POST));
        model.addAttribute("certificates", byProcedure.get(Procedure.FRIENDLY_POST_CERTIFICATE));
        model.addAttribute("complaints", byProcedure.get(Procedure.LEAVE_COMPLAINT));
        model.addAttribute("supervisions", byProcedure.get(Procedure.UNION_SUPERVISION));
        model.addAttribute("inspections", byProcedure.get(Procedure.LEAVE_INSPECTION));
        model.addAttribute("tasks", tasks);
        return "employer/home";
    }

    private Row row(FfwUser me, CaseRecord c, QueueItem mine, LocalDate certificateEnds) {
        LocalDate opened = LocalDate.ofInstant(c.openedAt(), Shanghai.ZONE);
        String link = switch (c.procedure()) {
            case LEAVE_COMPLAINT -> "/employer/complaints/" + c.caseNo();
            case EMPLOYER_SUBSIDY -> "/employer/subsidies/" + c.caseNo();
            case FRIENDLY_POST -> "/employer/certifications/" + c.caseNo();
            case FRIENDLY_POST_CERTIFICATE -> "/employer/certificates/" + c.caseNo();
            case UNION_SUPERVISION -> "/employer/union-supervision/" + c.caseNo();
            case LEAVE_INSPECTION -> "/employer/inspections/" + c.caseNo();
        };
        if (c.procedure() == Procedure.FRIENDLY_POST_CERTIFICATE) {
            Long left = certificateEnds == null || c.closed() ? null
                    : Math.max(0, ChronoUnit.DAYS.between(LocalDate.now(Shanghai.ZONE), certificateEnds));
            return new Row(c.caseNo(), c.procedure(), c.status(), c.summary(), c.closed(), opened, certificateEnds,
                    false, certificateEnds == null ? null : "expiry", null, left, link);
        }
        if (c.closed()) {
            return new Row(c.caseNo(), c.procedure(), c.status(), c.summary(), true, opened, null, false, null, null,
                    null, link);
        }
        if (mine != null && mine.due() != null) {
            return new Row(c.caseNo(), c.procedure(), c.status(), c.summary(), false, opened, date(mine.due()),
                    mine.dueProvisional(), "task", names.task(mine), null, link);
        }
        LocalDate next = null;
        boolean provisional = false;
        String kind = null;
        // a deadline the employer may read (a complaint's 调查期限)
        for (CaseDeadlines.Due d : deadlines.of(c.caseNo(), Visibility.forEmployer()).values()) {
            if (d.date() != null && (next == null || d.date().isBefore(next))) {
                next = d.date();
                provisional = d.provisional();
                kind = "deadline";
            }
        }
        // on its own application the employer also sees when the reviewers' step is due
        if (next == null && c.procedure() != Procedure.LEAVE_COMPLAINT && c.procedure() != Procedure.UNION_SUPERVISION
                && c.procedure() != Procedure.LEAVE_INSPECTION) {
            for (TaskInfo t : openTasks.of(c.caseNo())) {
                if (t.dueAt() != null && !Groups.employer(me.employerCreditCode()).equals(t.candidateGroup())) {
                    LocalDate d = date(t.dueAt());
                    if (next == null || d.isBefore(next)) {
                        next = d;
                        provisional = t.dueProvisional();
                        kind = "waiting";
                    }
                }
            }
        }
        return new Row(c.caseNo(), c.procedure(), c.status(), c.summary(), false, opened, next, provisional, kind,
                null, null, link);
    }

    private static boolean earlier(Instant a, Instant b) {
        return b == null || (a != null && a.isBefore(b));
    }

    private static LocalDate date(Instant i) {
        return LocalDate.ofInstant(i, Shanghai.ZONE);
    }
}
