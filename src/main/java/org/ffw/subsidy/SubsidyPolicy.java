package org.ffw.subsidy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.variable.Variables;
import org.ffw.rules.DeployedDecisions;
import org.springframework.stereotype.Component;

/** The terms of the subsidy for a birth, from the decision table {@code bpmn/subsidy-policy.dmn}. */
@Component
class SubsidyPolicy {

    static final String DECISION_KEY = "subsidyPolicy";

    /** The share of the employer's contributions, the months from the birth month, the application window. */
    record Terms(int ratePercent, int months, int applyWithinMonths, String source) {
    }

    private final DeployedDecisions decisions;

    SubsidyPolicy(DeployedDecisions decisions) {
        this.decisions = decisions;
    }

    /** The terms for a birth on this date; empty when no policy covers it. */
    Optional<Terms> forBirth(LocalDate birthDate) {
        List<Map<String, Object>> rows = decisions.evaluate(DECISION_KEY,
                Variables.createVariables().putValue("birthDate", birthDate));
        return rows.stream().findFirst().map(r -> new Terms(((Number) r.get("ratePercent")).intValue(),
                ((Number) r.get("months")).intValue(), ((Number) r.get("applyWithinMonths")).intValue(),
                (String) r.get("source")));
    }
}
