package org.ffw.rules;

import java.util.List;

import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Statutory leave entitlements after a birth or a miscarriage: what other features (subsidy periods, complaint
 * judgement) and the public calculator use. Lengths from {@code bpmn/leave-entitlements.dmn}, arithmetic in
 * {@link LeaveCalculator}, statutory holidays from the working-day calendar.
 */
@Service
public class LeaveEntitlements {

    private final LeaveRules rules;
    private final WorkCalendarService calendars;

    LeaveEntitlements(LeaveRules rules, WorkCalendarService calendars) {
        this.rules = rules;
        this.calendars = calendars;
    }

    /**
     * @throws InvalidInputException          bad parameters (400, naming each)
     * @throws CalendarYearNotLoadedException the 生育假 period reaches a year whose holidays are not loaded and
     *                                        not in {@link StatutoryHolidays} (after 2035; 422). A year of that
     *                                        table that is not loaded gives a provisional answer instead.
     */
    public LeaveEntitlement calculate(LeaveQuery query) {
        List<FieldProblem> problems = LeaveCalculator.problems(query);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<LeaveRule> applicable = rules.applicable(query.event(), query.birthDate(), query.lawfulBirth(),
                query.pregnancyMonths());
        return LeaveCalculator.calculate(query, applicable, calendars.calendar());
    }
}
