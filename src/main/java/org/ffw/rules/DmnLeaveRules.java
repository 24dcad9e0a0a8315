package org.ffw.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The leave lengths from the decision table {@code bpmn/leave-entitlements.dmn} (decision {@code leaveEntitlements}),
 * as deployed in Camunda: the latest deployed version is used, so a redeployed table takes effect on every node.
 * <p>
 * The table is evaluated with a plain DMN engine rather than the process engine's DecisionService: the entitlement
 * calculator is public and anonymous, and with history level "full" every DecisionService evaluation would write
 * decision-instance history rows. Parsed versions are kept per decision-definition id (immutable once deployed).
 */
@Component
class DmnLeaveRules implements LeaveRules {

    static final String DECISION_KEY = "leaveEntitlements";

    private final RepositoryService repository;
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

    DmnLeaveRules(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public List<LeaveRule> applicable(LeaveEvent event, LocalDate eventDate, boolean lawfulBirth,
                                      Integer pregnancyMonths) {
        return evaluate(dmn, latest(), event, eventDate, lawfulBirth, pregnancyMonths);
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

    private DmnDecision latest() {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
                .withoutTenantId().latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("decision '" + DECISION_KEY + "' (bpmn/leave-entitlements.dmn) is not deployed");
        }
        return parsed.computeIfAbsent(definition.getId(), id -> {
            try (InputStream in = repository.getDecisionModel(id)) {
                return parse(dmn, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
