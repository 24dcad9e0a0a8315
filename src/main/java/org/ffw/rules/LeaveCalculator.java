package org.ffw.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.rules.LeaveEntitlement.Basis;

/**
 * The arithmetic of the leave entitlements (REFERENCE.md §1.1–1.2); the lengths come in as {@link LeaveRule}s from
 * the decision table, the statutory holidays from the {@link WorkCalendar}. Pure: no Spring, no database.
 * <ul>
 * <li>产假 (maternity leave) runs from {@code leaveStart} for its length in calendar days, holidays included.</li>
 * <li>生育假 (birth leave) follows right after 产假. When the table says so, it is postponed (顺延) by each
 * statutory holiday day (STATUTORY_HOLIDAY only — not adjusted rest days or weekends) that falls inside it, including
 * statutory days the postponement itself reaches: it ends on the day its n-th non-statutory day is reached.</li>
 * <li>陪产假, 育儿假 and nursing time are reported as the table gives them; "until" dates are the last day before
 * the child's n-th birthday.</li>
 * </ul>
 */
public final class LeaveCalculator {

    static final int MAX_BABIES = 9;
    static final int MAX_PREGNANCY_MONTHS = 10;

    private LeaveCalculator() {
    }

    /** Problems that need no rules: missing or out-of-range parameters. */
    public static List<FieldProblem> problems(LeaveQuery q) {
        List<FieldProblem> errors = new ArrayList<>();
        if (q.event() == null) {
            errors.add(new FieldProblem("event", "is required (BIRTH or MISCARRIAGE)"));
        }
        if (q.birthDate() == null) {
            errors.add(new FieldProblem("birthDate", "is required"));
        }
        if (q.babies() < 1) {
            errors.add(new FieldProblem("babies", "must be at least 1"));
        } else if (q.babies() > MAX_BABIES) {
            errors.add(new FieldProblem("babies", "must be at most " + MAX_BABIES));
        }
        if (q.pregnancyMonths() == null) {
            if (q.event() == LeaveEvent.MISCARRIAGE) {
                errors.add(new FieldProblem("pregnancyMonths",
                        "is required for a MISCARRIAGE (completed months of pregnancy)"));
            }
        } else if (q.pregnancyMonths() < 0 || q.pregnancyMonths() > MAX_PREGNANCY_MONTHS) {
            errors.add(new FieldProblem("pregnancyMonths", "must be between 0 and " + MAX_PREGNANCY_MONTHS));
        }
        if (q.leaveStart() != null && q.birthDate() != null && q.leaveStart().isAfter(q.birthDate())) {
            errors.add(new FieldProblem("leaveStart", "must not be after birthDate"));
        }
        return errors;
    }

    /**
     * The entitlements. Throws {@link InvalidInputException} for bad parameters (including a date no rule covers and
     * a leave start earlier than the table allows) and {@link CalendarYearNotLoadedException} when the 生育假 period
     * reaches a year that is neither loaded nor in {@link StatutoryHolidays}. A 生育假 that runs into a year that is
     * not loaded but in that table is counted on its statutory holidays and marked provisional, with a basis line.
     */
    public static LeaveEntitlement calculate(LeaveQuery q, List<LeaveRule> rows, WorkCalendar calendar) {
        List<FieldProblem> problems = problems(q);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Rules rules = Rules.of(rows);
        LocalDate birth = q.birthDate();
        if (!rules.has(LeaveRule.MATERNITY)) {
            throw new InvalidInputException("birthDate", "no leave rules cover a " + q.event() + " on " + birth
                    + " (the rules in leave-entitlements.dmn start on 2021-05-31; earlier events fall under older"
                    + " rules that are not implemented)");
        }
        int maxBefore = rules.amount(LeaveRule.MATERNITY_BEFORE_BIRTH_MAX);
        LocalDate leaveStart = q.leaveStart() == null ? birth : q.leaveStart();
        if (leaveStart.isBefore(birth.minusDays(maxBefore))) {
            throw new InvalidInputException("leaveStart", maxBefore == 0
                    ? "must be " + birth + ": this leave starts on the day the pregnancy ended"
                    : "may be at most " + maxBefore + " days before birthDate (" + birth.minusDays(maxBefore) + ")");
        }

        List<Basis> basis = new ArrayList<>();
        int maternity = rules.amount(LeaveRule.MATERNITY);
        basis.add(rules.basis(LeaveRule.MATERNITY,
                (q.event() == LeaveEvent.MISCARRIAGE ? "流产产假 " : "产假 ") + maternity + " 天（自然日，含节假日）"));
        if (leaveStart.isBefore(birth)) {
            basis.add(rules.basis(LeaveRule.MATERNITY_BEFORE_BIRTH_MAX, "产前休假 "
                    + ChronoUnit.DAYS.between(leaveStart, birth) + " 天（至多 " + maxBefore + " 天），计入产假"));
        }
        if (q.difficultBirth() && rules.has(LeaveRule.MATERNITY_DIFFICULT_BIRTH)) {
            int extra = rules.amount(LeaveRule.MATERNITY_DIFFICULT_BIRTH);
            maternity += extra;
            basis.add(rules.basis(LeaveRule.MATERNITY_DIFFICULT_BIRTH, "难产增加产假 " + extra + " 天"));
        }
        if (q.babies() > 1 && rules.has(LeaveRule.MATERNITY_PER_ADDITIONAL_BABY)) {
            int per = rules.amount(LeaveRule.MATERNITY_PER_ADDITIONAL_BABY);
            maternity += per * (q.babies() - 1);
            basis.add(rules.basis(LeaveRule.MATERNITY_PER_ADDITIONAL_BABY,
                    "多胞胎每多生育 1 个婴儿增加产假 " + per + " 天 × " + (q.babies() - 1)));
        }
        LocalDate maternityEnd = leaveStart.plusDays(maternity - 1L);

        int birthLeave = rules.amount(LeaveRule.BIRTH);
        LocalDate birthLeaveStart = null;
        LocalDate birthLeaveEnd = null;
        int extension = 0;
        List<Integer> provisionalYears = List.of();
        if (birthLeave > 0) {
            birthLeaveStart = maternityEnd.plusDays(1);
            basis.add(rules.basis(LeaveRule.BIRTH, "生育假 " + birthLeave + " 天，紧接产假"));
            if (rules.amount(LeaveRule.BIRTH_POSTPONED_BY_STATUTORY_HOLIDAYS) == 1) {
                birthLeaveEnd = endSkippingStatutoryHolidays(birthLeaveStart, birthLeave, calendar);
                extension = (int) ChronoUnit.DAYS.between(birthLeaveStart, birthLeaveEnd) + 1 - birthLeave;
                basis.add(rules.basis(LeaveRule.BIRTH_POSTPONED_BY_STATUTORY_HOLIDAYS,
                        "生育假遇法定节假日顺延 " + extension + " 天"));
                provisionalYears = calendar.provisionalYears(birthLeaveStart, birthLeaveEnd);
                for (int year : provisionalYears) {
                    basis.add(new Basis(year + " 年节假日安排尚未公布或尚未载入，生育假结束日期暂按该年法定节假日计算，"
                            + "待国务院办公厅公布的安排载入后确认", StatutoryHolidays.legalBasis(year)));
                }
            } else {
                birthLeaveEnd = birthLeaveStart.plusDays(birthLeave - 1L);
            }
        }

        int paternity = rules.amount(LeaveRule.PATERNITY);
        if (paternity > 0) {
            basis.add(rules.basis(LeaveRule.PATERNITY, "配偶陪产假 " + paternity + " 天"));
        }
        int childcare = rules.amount(LeaveRule.CHILDCARE_PER_YEAR);
        LocalDate childcareUntil = null;
        if (childcare > 0) {
            int age = rules.amount(LeaveRule.CHILDCARE_UNTIL_AGE);
            childcareUntil = birth.plusYears(age).minusDays(1);
            basis.add(rules.basis(LeaveRule.CHILDCARE_PER_YEAR,
                    "育儿假父母双方各每年 " + childcare + " 天，至子女年满 " + age + " 周岁"));
        }
        int nursing = rules.amount(LeaveRule.NURSING_PER_DAY);
        LocalDate nursingUntil = null;
        if (nursing > 0) {
            int age = rules.amount(LeaveRule.NURSING_UNTIL_AGE);
            nursingUntil = birth.plusYears(age).minusDays(1);
            basis.add(rules.basis(LeaveRule.NURSING_PER_DAY,
                    "哺乳时间每天 " + nursing + " 小时，至婴儿满 " + age + " 周岁"));
            if (q.babies() > 1 && rules.has(LeaveRule.NURSING_PER_ADDITIONAL_BABY)) {
                int per = rules.amount(LeaveRule.NURSING_PER_ADDITIONAL_BABY);
                nursing += per * (q.babies() - 1);
                basis.add(rules.basis(LeaveRule.NURSING_PER_ADDITIONAL_BABY,
                        "多哺乳 1 个婴儿每天增加哺乳时间 " + per + " 小时 × " + (q.babies() - 1)));
            }
        }

        return new LeaveEntitlement(q.event(), birth, maternity, birthLeave, maternity + birthLeave, leaveStart,
                maternityEnd, birthLeaveStart, birthLeaveEnd, extension, paternity, childcare, childcareUntil,
                nursing, nursingUntil, !provisionalYears.isEmpty(), List.copyOf(provisionalYears), List.copyOf(basis));
    }

    /** The day on which the days-th day that is not a statutory holiday is reached, counting from start. */
    static LocalDate endSkippingStatutoryHolidays(LocalDate start, int days, WorkCalendar calendar) {
        LocalDate day = start;
        int counted = 0;
        while (true) {
            if (!calendar.isStatutoryHoliday(day)) {
                counted++;
                if (counted == days) {
                    return day;
                }
            }
            day = day.plusDays(1);
        }
    }

    /** The applicable rows by entitlement; a table giving the same entitlement twice is a broken table. */
    private record Rules(Map<String, LeaveRule> byName) {

        static Rules of(List<LeaveRule> rows) {
            Map<String, LeaveRule> byName = new HashMap<>();
            for (LeaveRule row : rows) {
                if (byName.putIfAbsent(row.entitlement(), row) != null) {
                    throw new IllegalStateException("leave-entitlements.dmn gives " + row.entitlement()
                            + " more than once for the same event; its rows overlap");
                }
            }
            return new Rules(byName);
        }

        boolean has(String entitlement) {
            return byName.containsKey(entitlement);
        }

        int amount(String entitlement) {
            LeaveRule rule = byName.get(entitlement);
            return rule == null ? 0 : rule.amount();
        }

        Basis basis(String entitlement, String text) {
            return new Basis(text, byName.get(entitlement).source());
        }
    }
}
