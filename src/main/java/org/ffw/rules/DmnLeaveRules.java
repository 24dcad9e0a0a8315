package org.ffw.rules;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The leave lengths from the decision table {@code bpmn/leave-entitlements.dmn} (decision {@code leaveEntitlements}),
 * as deployed in Camunda: the latest deployed version is used, so a redeployed table takes effect on every node.
 * <p>
 * Evaluated through {@link DeployedDecisions}.
 */
@Component
class DmnLeaveRules implements LeaveRules {

    static final String DECISION_KEY = "leaveEntitlements";

    private final DeployedDecisions decisions;

    DmnLeaveRules(DeployedDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public List<LeaveRule> applicable(LeaveEvent event, LocalDate eventDate, boolean lawfulBirth,
                                      Integer pregnancyMonths) {
        return evaluate(decisions.engine(), decisions.latest(DECISION_KEY), event, eventDate, lawfulBirth,
                pregnancyMonths);
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
