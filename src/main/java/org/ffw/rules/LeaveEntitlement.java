package org.ffw.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The statutory leaves following a birth or a miscarriage (REFERENCE.md §1). Days are calendar days; the Shanghai
 * additions are 0 and their dates null when they do not apply (a birth that is not lawful, a miscarriage).
 *
 * @param totalDays             产假 + 生育假 as granted, without the holiday postponement
 * @param holidayExtensionDays  statutory holiday days inside the 生育假 period, by which it is postponed (顺延)
 * @param childcareLeaveUntil   last day 育儿假 may be taken (the day before the child's third birthday)
 * @param nursingUntil          last day of nursing time (the day before the child's first birthday)
 * @param provisional           the 生育假 runs into a year whose holiday schedule is not loaded: its end was counted
 *                              on the statutory holidays the law fixes and is confirmed when the schedule is loaded
 * @param provisionalYears      those years, in order (empty when nothing is provisional)
 */
public record LeaveEntitlement(
        LeaveEvent event,
        LocalDate birthDate,
        int maternityLeaveDays,
        int birthLeaveDays,
        int totalDays,
        LocalDate leaveStart,
        LocalDate maternityLeaveEnd,
        LocalDate birthLeaveStart,
        LocalDate birthLeaveEnd,
        int holidayExtensionDays,
        int paternityLeaveDays,
        int childcareLeaveDaysPerYear,
        LocalDate childcareLeaveUntil,
        int nursingHoursPerDay,
        LocalDate nursingUntil,
        boolean provisional,
        List<Integer> provisionalYears,
        List<Basis> basis) {

    /** A rule applied and where it comes from. */
    public record Basis(String rule, String source) {
    }
}
