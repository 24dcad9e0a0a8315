package org.ffw.rules;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The leave lengths from the decision table {@code bpmn/leave-entitlements.dmn} (decision {@code leaveEntitlements}),
 * as deployed in Camunda: the latest deployed version is used, so a redeployed table takes effect on every node.
 * <p>
 * Evaluated through {@link DeployedDecisions}. An evaluation depends on the table and the inputs alone, so its rows
 * are kept per (parsed table, inputs): the Scala FEEL engine's evaluation was about a quarter of the CPU of lodging a
 * complaint (docs/benchmarks.md "Intake"), and a city's cases share few distinct inputs (event, date, two flags). A
 * redeployed table is a new parsed decision, hence new keys; the old entries age out of the bounded cache.
 */
@Component
class DmnLeaveRules implements LeaveRules {

    static final String DECISION_KEY = "leaveEntitlements";

    /** The inputs of one evaluation of one parsed table (a {@link DmnDecision} is compared by identity). */
    private record Inputs(DmnDecision decision, LeaveEvent event, LocalDate eventDate, boolean lawfulBirth,
                          Integer pregnancyMonths) {
    }

    private final DeployedDecisions decisions;
    private final Cache<Inputs, List<LeaveRule>> evaluated = Caffeine.newBuilder().maximumSize(50_000).build();

    DmnLeaveRules(DeployedDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public List<LeaveRule> applicable(LeaveEvent event, LocalDate eventDate, boolean lawfulBirth,
                                      Integer pregnancyMonths) {
        DmnDecision table = decisions.latest(DECISION_KEY);
        return evaluated.get(new Inputs(table, event, eventDate, lawfulBirth, pregnancyMonths),
                in -> evaluate(decisions.engine(), table, event, eventDate, lawfulBirth, pregnancyMonths));
    }

    static List<LeaveRule> evaluate(DmnEngine dmn, DmnDecision decision, LeaveEvent event, LocalDate eventDate,
                                    boolean lawfulBirth, Integer pregnancyMonths) {
        VariableMap variables = Variables.createVariables()
                .putValue("event", event.name())
                .putValue("eventDate", eventDate)
                .putValue("lawfulBirth", lawfulBirth)
                .putValue("pregnancyMonths", pregnancyMonths);
        return dmn.evaluateDecisionTable(decision, variables).getResultList().stream()
                .map(row -> new LeaveRule((String) row.get("entitlement"), ((Number) row.get("amount")).intValue(),
                        (String) row.get("unit"), (String) row.get("source")))
                .toList();
    }

    static DmnDecision parse(DmnEngine dmn, InputStream model) {
        return dmn.parseDecision(DECISION_KEY, model);
    }
}
