package org.ffw.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ffw.employer.Employer;
import org.ffw.employer.EmployerService;
import org.ffw.platform.caseno.CaseNumbers;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.cases.CaseRegistry.NewCase;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.rules.WorkingDays;
import org.ffw.supervision.Supervision.Supervisor;
import org.ffw.worktable.CaseDeadlines.Due;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the union does on its own initiative: open a supervision case, which issues the 监督意见书 to the employer at
 * once (the supervisors' finding comes first, the opinion states it). One transaction: the row and its supervisors,
 * the registry entry (visible to the employer from the start: the opinion is addressed to it), the answer deadline,
 * the process, the timeline and the notice to the employer.
 */
@Service
public class SupervisionService {

    /** What a union reviewer is told after opening. */
    public record Opened(String caseNo, SupervisionStatus status, LocalDate answerDue, boolean answerDueProvisional) {
    }

    private final SupervisionMapper mapper;
    private final SupervisionCases cases;
    private final CaseNumbers caseNumbers;
    private final CaseRegistry registry;
    private final Timeline timeline;
    private final SupervisionProcess process;
    private final EmployerService employers;
    private final WorkingDays workingDays;
    private final SupervisionLetters letters;

    SupervisionService(SupervisionMapper mapper, SupervisionCases cases, CaseNumbers caseNumbers,
                       CaseRegistry registry, Timeline timeline, SupervisionProcess process,
                       EmployerService employers, WorkingDays workingDays, SupervisionLetters letters) {
        this.mapper = mapper;
        this.cases = cases;
        this.caseNumbers = caseNumbers;
        this.registry = registry;
        this.timeline = timeline;
        this.process = process;
        this.employers = employers;
        this.workingDays = workingDays;
        this.letters = letters;
    }

    @Transactional
    public Opened open(FfwUser reviewer, OpenSupervision r) {
        if (!reviewer.has(Role.UNION_REVIEWER) || reviewer.district() == null) {
            throw new ForbiddenException("Only a union reviewer of a district opens a supervision case.");
        }
        validate(r);
        String district = reviewer.district();
        // an employer not in the registry yet is registered provisionally for the district to verify, as complaints do
        Employer employer = employers.findOrRegisterProvisionally(r.employerCreditCode(), r.employerName().strip(),
                district);
        LocalDate today = workingDays.today();
        String caseNo = caseNumbers.next(Procedure.UNION_SUPERVISION);
        Due answer = cases.answerDue(caseNo, today);
        Instant now = Instant.now();
        mapper.insert(new Supervision(caseNo, null, SupervisionStatus.OPINION_ISSUED, null, reviewer.getUsername(),
                district, employer.creditCode(), r.employerName().strip(), r.leaveType(), r.facts().strip(),
                r.requiredCorrection().strip(), r.affectedEmployees(), today, answer.date(), null, null, null, null,
                false, null, null, null, null, null, null, null, null, null, null, null, null, null, now, now));
        List<Supervisor> supervisors = new ArrayList<>();
        for (int i = 0; i < r.supervisors().size(); i++) {
            var s = r.supervisors().get(i);
            supervisors.add(new Supervisor(s.name().strip(), s.certificateNo().strip()));
            mapper.insertSupervisor(caseNo, i + 1, supervisors.get(i));
        }
        registry.open(new NewCase(caseNo, Procedure.UNION_SUPERVISION, district, employer.creditCode(), null,
                SupervisionStatus.OPINION_ISSUED.name(),
                r.employerName().strip() + " · " + r.leaveType().label() + "（工会劳动法律监督）", true, null));
        String pi = process.start(caseNo, district, employer.creditCode());
        mapper.setProcessInstance(caseNo, pi, now);
        registry.processStarted(caseNo, pi);
        letters.opinion(mapper.find(caseNo), supervisors, answer.date());
        timeline.record(caseNo, "OPINION_ISSUED", null, SupervisionStatus.OPINION_ISSUED.name(), Visibility.PUBLIC,
                Note.of("timeline.note.supervision.opinionIssued", Note.code("leave", r.leaveType()),
                        Note.due(answer.date(), answer.provisional())));
        cases.toEmployer(caseNo, Notice.of("SUPERVISION_OPINION", "notice.supervision.opinion", caseNo,
                Notice.label("leave", r.leaveType()), answer.words()));
        return new Opened(caseNo, SupervisionStatus.OPINION_ISSUED, answer.date(), answer.provisional());
    }

    /** After Bean Validation: the supervisors are distinct people with distinct certificates. */
    private static void validate(OpenSupervision r) {
        List<FieldProblem> errors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> certificates = new HashSet<>();
        for (int i = 0; i < r.supervisors().size(); i++) {
            var s = r.supervisors().get(i);
            if (!names.add(s.name().strip())) {
                errors.add(new FieldProblem("supervisors[" + i + "].name", "names the same supervisor twice"));
            }
            if (!certificates.add(s.certificateNo().strip().toUpperCase())) {
                errors.add(new FieldProblem("supervisors[" + i + "].certificateNo", "is the same certificate twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
