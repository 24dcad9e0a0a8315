package org.ffw.subsidy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.rules.ResidentIds;
import org.ffw.rules.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * What the new-application page fills in for the employer: from the resident ID, what the number says (birth date,
 * sex), the employee's name from the employer's earlier applications, and the contributions the agency recorded
 * for the term's months (先缴后补: what was paid is what is declared); the payee account of its last application.
 */
@Component
class SubsidyPrefill {

    /** What FFW knows of an employee of the signed-in employer. */
    record Employee(String residentId, boolean female, LocalDate bornOn, String name,
                    Map<YearMonth, RecordedContribution> recorded) {
    }

    private final SubsidyMapper mapper;
    private final ContributionRecords records;
    private final SubsidyPolicy policy;
    private final WorkingDays workingDays;

    SubsidyPrefill(SubsidyMapper mapper, ContributionRecords records, SubsidyPolicy policy, WorkingDays workingDays) {
        this.mapper = mapper;
        this.records = records;
        this.policy = policy;
        this.workingDays = workingDays;
    }

    /** 400 for a resident ID that does not check; the recorded months are those of the term of a birth, if given. */
    Employee employee(FfwUser me, String residentId, LocalDate childBirthDate) {
        String code = employerOf(me);
        String id = ResidentIds.normalize(residentId == null ? "" : residentId);
        ResidentIds.problem(id, workingDays.today()).ifPresent(p -> {
            throw new InvalidInputException("residentId", p);
        });
        String name = mapper.forEmployer(code).stream().filter(a -> a.employeeResidentId().equals(id))
                .max(Comparator.comparing(SubsidyApplication::createdAt)).map(SubsidyApplication::employeeName)
                .orElse(null);
        Map<YearMonth, RecordedContribution> recorded = childBirthDate == null ? Map.of()
                : records.recorded(code, id, SubsidyCalculation.window(childBirthDate,
                        policy.forBirth(childBirthDate).map(SubsidyPolicy.Terms::months).orElse(6)));
        return new Employee(id, ResidentIds.isFemale(id), ResidentIds.birthDate(id).orElse(null), name, recorded);
    }

    /** The employer's last application, for the payee account. */
    Optional<SubsidyApplication> last(FfwUser me) {
        List<SubsidyApplication> mine = mapper.forEmployer(employerOf(me));
        return mine.stream().findFirst();
    }

    private static String employerOf(FfwUser me) {
        if (!me.has(Role.EMPLOYER) || me.employerCreditCode() == null) {
            throw new ForbiddenException("This is the employer's.");
        }
        return me.employerCreditCode();
    }
}
