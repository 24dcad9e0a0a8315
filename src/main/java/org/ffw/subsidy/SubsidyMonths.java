package org.ffw.subsidy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.ffw.subsidy.ApplySubsidy.MonthlyContribution;
import org.ffw.subsidy.SubsidyViews.MonthRow;

/**
 * The calculation month by month, declared against what the social-insurance agency recorded (先缴后补), and the
 * check that follows from it: a month of the term whose record differs fails it; a month without a record does not
 * (it is "not verifiable from records" and the officer checks the attached statement). Pure.
 */
final class SubsidyMonths {

    /** The note of a month without a record (the check's reason; the month table says it shortly). */
    static final String NOT_VERIFIABLE = "未导入缴费记录，无法核对（not verifiable from records），请核对单位上传的缴费凭证";

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
            String note = r == null ? "无记录，无法核对"
                    : c == null ? "单位未申报此月" : matches ? "与缴费记录一致" : "与缴费记录不一致：记录为 " + words(r);
            rows.add(new MonthRow(m.toString(), c == null ? null : c.pension(), c == null ? null : c.medical(),
                    c == null ? null : c.unemployment(), c == null ? null : c.workInjury(),
                    c == null ? null : c.total(), term.contains(m), r == null ? null : r.total(), matches, note));
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
            return SubsidyCheck.fail("RECORDS", "实际缴费", "申报的单位缴费与社保缴费记录不一致：" + String.join("、", differ)
                    + "（补贴按实际缴纳部分计算）");
        }
        if (!unverified.isEmpty()) {
            return SubsidyCheck.warn("RECORDS", "实际缴费", (verified > 0 ? verified + " 个月与缴费记录一致；" : "")
                    + String.join("、", unverified) + " " + NOT_VERIFIABLE);
        }
        return SubsidyCheck.pass("RECORDS", "实际缴费", "申报的 " + verified + " 个月单位缴费均与社保缴费记录一致");
    }

    private static boolean matches(MonthlyContribution c, RecordedContribution r) {
        return c.pension().compareTo(r.pension()) == 0 && c.medical().compareTo(r.medical()) == 0
                && c.unemployment().compareTo(r.unemployment()) == 0 && c.workInjury().compareTo(r.workInjury()) == 0;
    }

    private static String words(RecordedContribution r) {
        return "养老 " + r.pension().toPlainString() + "、医疗 " + r.medical().toPlainString() + "、失业 "
                + r.unemployment().toPlainString() + "、工伤 " + r.workInjury().toPlainString() + " 元";
    }
}
