package org.ffw.subsidy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.ffw.subsidy.ApplySubsidy.MonthlyContribution;
import org.ffw.subsidy.SubsidyCheck.Phrase;
import org.ffw.subsidy.SubsidyViews.MonthRow;

/**
 * The calculation month by month, declared against what the social-insurance agency recorded (先缴后补), and the
 * check that follows from it: a month of the term whose record differs fails it; a month without a record does not
 * (it is "not verifiable from records" and the officer checks the attached statement). Pure.
 */
final class SubsidyMonths {

    private SubsidyMonths() {
    }

    /** The declared months and the months of the term, in month order, each against its record. */
    static List<MonthRow> rows(List<MonthlyContribution> declared, List<YearMonth> term,
                               Map<YearMonth, RecordedContribution> recorded) {
        Map<YearMonth, MonthlyContribution> byMonth = SubsidyCalculation.byMonth(declared);
        TreeSet<YearMonth> months = new TreeSet<>(byMonth.keySet());
        months.addAll(term);
        List<MonthRow> rows = new ArrayList<>();
        for (YearMonth m : months) {
            MonthlyContribution c = byMonth.get(m);
            RecordedContribution r = recorded.get(m);
            Boolean matches = c == null || r == null ? null : matches(c, r);
            Phrase note = r == null ? Phrase.of("work.month.noRecord") : c == null ? Phrase.of("work.month.notDeclared")
                    : matches ? Phrase.of("work.month.matches") : Phrase.of("work.month.differs", r.pension(),
                    r.medical(), r.unemployment(), r.workInjury());
            rows.add(new MonthRow(m.toString(), c == null ? null : c.pension(), c == null ? null : c.medical(),
                    c == null ? null : c.unemployment(), c == null ? null : c.workInjury(),
                    c == null ? null : c.total(), term.contains(m), r == null ? null : r.total(), matches,
                    SubsidyText.chinese(List.of(note)), List.of(note)));
        }
        return rows;
    }

    /** The RECORDS check over the term's declared months. */
    static SubsidyCheck check(List<MonthRow> rows) {
        List<String> differ = new ArrayList<>();
        List<String> unverified = new ArrayList<>();
        int verified = 0;
        for (MonthRow row : rows) {
            if (!row.inTerm() || row.total() == null) {
                continue;
            }
            if (row.matchesRecord() == null) {
                unverified.add(row.month());
            } else if (row.matchesRecord()) {
                verified++;
            } else {
                differ.add(row.month());
            }
        }
        if (!differ.isEmpty()) {
            return SubsidyCheck.fail("RECORDS", "实际缴费", Phrase.of("work.check.records.differ", differ));
        }
        if (!unverified.isEmpty()) {
            Phrase notVerifiable = Phrase.of("work.check.records.notVerifiable", unverified);
            return verified > 0 ? SubsidyCheck.warn("RECORDS", "实际缴费",
                    Phrase.of("work.check.records.someVerified", verified), notVerifiable)
                    : SubsidyCheck.warn("RECORDS", "实际缴费", notVerifiable);
        }
        return SubsidyCheck.pass("RECORDS", "实际缴费", Phrase.of("work.check.records.allVerified", verified));
    }

    private static boolean matches(MonthlyContribution c, RecordedContribution r) {
        return c.pension().compareTo(r.pension()) == 0 && c.medical().compareTo(r.medical()) == 0
                && c.unemployment().compareTo(r.unemployment()) == 0 && c.workInjury().compareTo(r.workInjury()) == 0;
    }
}
