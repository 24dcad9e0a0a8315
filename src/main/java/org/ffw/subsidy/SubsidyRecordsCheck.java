package org.ffw.subsidy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.ffw.subsidy.ApplySubsidy.MonthlyContribution;
import org.ffw.subsidy.SubsidyViews.MonthRow;
import org.springframework.stereotype.Component;

/**
 * Declared contributions against the agency's records ({@link ContributionRecords}, imported by ADMIN), for a draft
 * or a stored application. Records are looked up under the applying employer's credit code (the unit that pays
 * the insurance) and the employee's resident ID, for the declared months and the term's.
 */
@Component
class SubsidyRecordsCheck {

    private final ContributionRecords records;
    private final SubsidyPolicy policy;
    private final SubsidyMapper mapper;

    SubsidyRecordsCheck(ContributionRecords records, SubsidyPolicy policy, SubsidyMapper mapper) {
        this.records = records;
        this.policy = policy;
        this.mapper = mapper;
    }

    /** The month rows of a stored application, against the records as they stand now. */
    List<MonthRow> rows(SubsidyApplication a) {
        int months = policy.forBirth(a.childBirthDate()).map(SubsidyPolicy.Terms::months).orElse(6);
        return rows(a.employerCreditCode(), a.employeeResidentId(), mapper.contributions(a.caseNo()),
                SubsidyCalculation.window(a.childBirthDate(), months));
    }

    List<MonthRow> rows(String creditCode, String residentId, List<MonthlyContribution> declared,
                        List<YearMonth> term) {
        TreeSet<YearMonth> months = new TreeSet<>(term);
        declared.forEach(c -> months.add(YearMonth.parse(c.month())));
        Map<YearMonth, RecordedContribution> recorded = records.recorded(creditCode, residentId, months);
        return SubsidyMonths.rows(declared, term, recorded);
    }
}
