package org.ffw.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * The decision tables of {@code bpmn/*.dmn} as deployed in Camunda, evaluated with a plain DMN engine: the latest
 * deployed version is used, so a redeployed table takes effect on every node. Not the process engine's
 * DecisionService: the tables back public, anonymous calculators, and with history level "full" every evaluation
 * there would write decision history. Parsed versions are kept per decision-definition id (immutable once deployed).
 */
@Component
public class DeployedDecisions {

    private final RepositoryService repository;
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

    DeployedDecisions(RepositoryService repository) {
        this.repository = repository;
    }

    /** The rows of the latest deployed table with this decision key that match the variables. */
    public List<Map<String, Object>> evaluate(String decisionKey, VariableMap variables) {
        return dmn.evaluateDecisionTable(latest(decisionKey), variables).getResultList();
    }

    DmnEngine engine() {
        return dmn;
    }

    DmnDecision latest(String decisionKey) {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
                .withoutTenantId().latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("decision '" + decisionKey + "' (bpmn/*.dmn) is not deployed");
        }
        return parsed.computeIfAbsent(definition.getId(), id -> {
            try (InputStream in = repository.getDecisionModel(id)) {
                return dmn.parseDecision(decisionKey, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
