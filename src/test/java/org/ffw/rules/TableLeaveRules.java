package org.ffw.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** The production decision table bpmn/leave-entitlements.dmn, read from the classpath and evaluated without Camunda. */
final class TableLeaveRules implements LeaveRules {

    static final TableLeaveRules INSTANCE = new TableLeaveRules();

    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final DmnDecision decision;

    private TableLeaveRules() {
        try (InputStream in = TableLeaveRules.class.getResourceAsStream("/bpmn/leave-entitlements.dmn")) {
            decision = DmnLeaveRules.parse(dmn, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<LeaveRule> applicable(LeaveEvent event, LocalDate eventDate, boolean lawfulBirth,
                                      Integer pregnancyMonths) {
        return DmnLeaveRules.evaluate(dmn, decision, event, eventDate, lawfulBirth, pregnancyMonths);
    }

    /** What the service does, with the table and the seeded calendar. */
    static LeaveEntitlement calculate(LeaveQuery q) {
        List<LeaveRule> rows = INSTANCE.applicable(q.event(), q.birthDate(), q.lawfulBirth(), q.pregnancyMonths());
        return LeaveCalculator.calculate(q, rows, SeededCalendar.calendar());
    }
}
