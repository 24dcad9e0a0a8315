package org.ffw.subsidy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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
import org.ffw.platform.cases.QueryCodes;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.rules.ResidentIds;
import org.ffw.rules.WorkingDays;
import org.ffw.subsidy.ApplySubsidy.MonthlyContribution;
import org.springframework.stereotype.Service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the employer does: calculate a draft, apply. An application is validated (400 naming every field, nothing
 * stored), checked (the eligibility list, stored with it: a failed check is routed to the officer, not refused),
 * stored with its registry entry and started — one transaction.
 */
@Service
public class SubsidyService {

    /** What the employer is told: the case, its status, the amount asked for, and every check. */
    public record Answer(String caseNo, SubsidyStatus status, String statusLabel, BigDecimal requestedAmount,
                         boolean eligible, List<SubsidyCheck> eligibility, List<YearMonth> term,
                         List<SubsidyViews.MonthRow> months, String queryCode)
            implements java.io.Serializable {
    }

    private final SubsidyMapper applications;
    private final SubsidyCases cases;
    private final SubsidyEligibility eligibility;
    private final SubsidyProcess process;
    private final SubsidySettings settings;
    private final CaseNumbers caseNumbers;
    private final CaseRegistry registry;
    private final Timeline timeline;
    private final EmployerService employers;
    private final WorkingDays workingDays;
    private final Validator validator;

    SubsidyService(SubsidyMapper applications, SubsidyCases cases, SubsidyEligibility eligibility,
                   SubsidyProcess process, SubsidySettings settings, CaseNumbers caseNumbers,
                   CaseRegistry registry, Timeline timeline, EmployerService employers, WorkingDays workingDays,
                   Validator validator) {
        this.validator = validator;
        this.applications = applications;
        this.cases = cases;
        this.eligibility = eligibility;
        this.process = process;
        this.settings = settings;
        this.caseNumbers = caseNumbers;
        this.registry = registry;
        this.timeline = timeline;
        this.employers = employers;
        this.workingDays = workingDays;
    }

    /**
     * What a draft may still leave out: the calculation needs the employee's number, the dates and the months; the
     * payee, the name and the declarations only the application (a missing declaration fails its check).
     */
    static final Set<String> DRAFT_OPTIONAL = Set.of("employee", "employee.name", "childOrder",
            "employeeConfirmedChildOrder", "noOtherSubsidy", "bankAccount", "bankAccount.bankName",
            "bankAccount.accountName", "bankAccount.accountNo");

    /** The amount and the checks of a draft; nothing is stored. 400 naming every field the calculation needs. */
    public Answer calculate(FfwUser me, ApplySubsidy a) {
        Employer employer = employerOf(me);
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<ApplySubsidy> v : validator.validate(a)) {
            String path = v.getPropertyPath().toString();
            if (!DRAFT_OPTIONAL.contains(path)) {
                problems.add(new FieldProblem(path, v.getMessage()));
            }
        }
        if (a.employee() == null || a.employee().residentId() == null) {
            problems.add(new FieldProblem("employee.residentId", "must not be null"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        validate(a);
        SubsidyEligibility.Result r = eligibility.check(a, employer.creditCode(), workingDays.today());
        return new Answer(null, null, null, amount(a, r), r.eligible(), r.checks(), r.window(), r.months(), null);
    }

    @Transactional
    public Answer apply(FfwUser me, ApplySubsidy a) {
        Employer employer = employerOf(me);
        validate(a);
        String activeKey = activeKey(a);
        String existing = applications.activeFor(activeKey);
        if (existing != null) {
            SubsidyApplication open = applications.find(existing);
            // another employer's case number is not this employer's to know: only that one is open
            throw new ConflictException(open != null && !open.employerCreditCode().equals(employer.creditCode())
                    ? "An application for this employee and child is already open with another employer."
                    : "An application for this employee and child is already open: " + existing + ".");
        }
        SubsidyEligibility.Result r = eligibility.check(a, employer.creditCode(), workingDays.today());
        BigDecimal amount = amount(a, r);
        String caseNo = caseNumbers.next(Procedure.EMPLOYER_SUBSIDY);
        String queryCode = QueryCodes.generate();
        Instant now = Instant.now();
        applications.insert(new SubsidyApplication(caseNo, null, SubsidyStatus.SUBMITTED, me.getUsername(),
                employer.creditCode(), employer.name(), employer.districtCode(), a.employee().name().strip(),
                ResidentIds.normalize(a.employee().residentId()), a.childBirthDate(), a.childOrder(),
                a.employeeConfirmedChildOrder(), blankToNull(a.birthCertificateNo()),
                a.babies() == null ? 1 : a.babies(), Boolean.TRUE.equals(a.difficultBirth()), a.leaveStart(),
                a.leaveEnd(), a.dispatch() != null, a.dispatch() == null ? null : a.dispatch().userUnitCreditCode(),
                a.dispatch() == null ? null : a.dispatch().userUnitName().strip(), a.noOtherSubsidy(),
                a.bankAccount().bankName().strip(), a.bankAccount().accountName().strip(),
                a.bankAccount().accountNo().replace(" ", ""), amount, cases.write(r.checks()), r.eligible(), null, null,
                null, null, null, null, null, null, null, null, null, null, null, now, now), activeKey);
        for (MonthlyContribution c : a.contributions()) {
            applications.insertContribution(caseNo, c);
        }
        registry.open(new NewCase(caseNo, Procedure.EMPLOYER_SUBSIDY, employer.districtCode(), employer.creditCode(),
                me.getUsername(), SubsidyStatus.SUBMITTED.name(),
                employer.name() + " · " + a.employee().name().strip() + " · " + amount.toPlainString() + " 元", true,
                queryCode));
        String pi = process.start(caseNo, employer.districtCode(), employer.creditCode(),
                settings.reviewDays(caseNo));
        applications.setProcessInstance(caseNo, pi);
        registry.processStarted(caseNo, pi);
        timeline.record(caseNo, "APPLIED", null, SubsidyStatus.SUBMITTED.name(), Visibility.PUBLIC,
                Note.of("timeline.note.subsidy.applied", amount,
                        r.eligible() ? Note.none() : Note.of("timeline.note.subsidy.checksFailed")));
        cases.toEmployer(caseNo, Notice.of("SUBSIDY_APPLIED", "notice.subsidy.applied", caseNo, amount,
                settings.reviewDays(caseNo), queryCode));
        return new Answer(caseNo, SubsidyStatus.SUBMITTED, SubsidyStatus.SUBMITTED.label(), amount, r.eligible(),
                r.checks(), r.window(), r.months(), queryCode);
    }

    private static BigDecimal amount(ApplySubsidy a, SubsidyEligibility.Result r) {
        int rate = r.terms().map(SubsidyPolicy.Terms::ratePercent).orElse(0);
        return SubsidyCalculation.amount(SubsidyCalculation.byMonth(a.contributions()), r.window(), rate);
    }

    /** The employer of the signed-in employer account, as registered. */
    private Employer employerOf(FfwUser me) {
        if (!me.has(Role.EMPLOYER) || me.employerCreditCode() == null) {
            throw new ForbiddenException("Only an employer account may apply for the subsidy.");
        }
        return employers.find(me.employerCreditCode()).orElseThrow(() -> new ForbiddenException(
                "Your organisation is not in the employer registry yet."));
    }

    /** Domain checks after Bean Validation: dates in order, months distinct. */
    private void validate(ApplySubsidy a) {
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate today = workingDays.today();
        if (a.childBirthDate().isAfter(today)) {
            errors.add(new FieldProblem("childBirthDate", "must not be in the future"));
        }
        if (a.leaveEnd().isBefore(a.leaveStart())) {
            errors.add(new FieldProblem("leaveEnd", "must not be before leaveStart"));
        }
        if (a.leaveStart().isBefore(a.childBirthDate().minusDays(15))) {
            errors.add(new FieldProblem("leaveStart", "may be at most 15 days before childBirthDate"));
        }
        Set<String> months = new HashSet<>();
        for (int i = 0; i < a.contributions().size(); i++) {
            MonthlyContribution c = a.contributions().get(i);
            if (!months.add(c.month())) {
                errors.add(new FieldProblem("contributions[" + i + "].month", c.month() + " is listed more than once"));
            } else if (YearMonth.parse(c.month()).isAfter(YearMonth.from(today))) {
                errors.add(new FieldProblem("contributions[" + i + "].month", "must not be in the future"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static String activeKey(ApplySubsidy a) {
        return ResidentIds.normalize(a.employee().residentId()) + ":" + a.childBirthDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
