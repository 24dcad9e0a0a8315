package org.ffw.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bpmn/certification-site-visit.dmn in isolation: when an application is visited on site. */
class SiteVisitDecisionTest {

    static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    @ParameterizedTest(name = "first {0}, {1} posts, warning {2} → visit {3}")
    @CsvSource({
            "true,  1,  false, true",   // a first application is always visited
            "true,  30, true,  true",
            "false, 1,  false, false",  // a renewal of a few posts without violations: on paper
            "false, 20, false, false",
            "false, 21, false, true",   // more than 20 posts
            "false, 3,  true,  true",   // a substantiated violation in the look-back period
    })
    void site_visit(boolean first, int posts, boolean warning, boolean visit) throws Exception {
        DmnDecision decision;
        try (InputStream in = Files.newInputStream(Path.of("bpmn/certification-site-visit.dmn"))) {
            decision = DMN.parseDecision("certification-site-visit", in);
        }
        Object result = DMN.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("firstApplication", first).putValue("postCount", posts)
                .putValue("complianceWarning", warning)).getSingleEntry();
        assertThat(result).isEqualTo(visit);
    }
}
