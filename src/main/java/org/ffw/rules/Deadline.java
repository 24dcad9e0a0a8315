package org.ffw.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A date reached by counting working days, and whether it is <em>provisional</em>: some day that was counted lies in
 * a year whose holiday schedule is not loaded, so it was counted on the statutory holidays alone
 * ({@link StatutoryHolidays}) and may move when the State Council's schedule (its 调休) is loaded.
 *
 * @param provisionalYears the years counted provisionally, in order; empty when the date is final
 */
public record Deadline(LocalDate date, boolean provisional, List<Integer> provisionalYears) {

    public Deadline {
        Objects.requireNonNull(date, "date");
        provisionalYears = List.copyOf(provisionalYears);
        if (provisional != !provisionalYears.isEmpty()) {
            throw new IllegalArgumentException("provisional must be true exactly when there are provisional years");
        }
    }

    public static Deadline of(LocalDate date, List<Integer> provisionalYears) {
        return new Deadline(date, !provisionalYears.isEmpty(), provisionalYears);
    }
}
