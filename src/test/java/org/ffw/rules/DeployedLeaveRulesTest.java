package org.ffw.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The leave rules as the application evaluates them (the deployed table, evaluations kept per table and inputs):
 * the same rows as the shipped table evaluated afresh, for every event, flag and a date each quarter around the
 * tables' dates of effect, asked twice; and a redeployed table takes effect at once, kept evaluations of the old one
 * notwithstanding.
 */
class DeployedLeaveRulesTest extends ApiTest {

    @Autowired
    DmnLeaveRules rules;
    @Autowired
    RepositoryService repository;

    @Test
    void kept_evaluations_are_the_tables_own_answers() {
        int compared = 0;
        for (LocalDate d = LocalDate.of(2015, 1, 15); d.isBefore(LocalDate.of(2028, 1, 1)); d = d.plusMonths(3)) {
            for (LeaveEvent event : LeaveEvent.values()) {
                for (boolean lawful : new boolean[] {true, false}) {
                    for (Integer months : new Integer[] {null, 3, 8}) {
                        List<LeaveRule> fresh = TableLeaveRules.INSTANCE.applicable(event, d, lawful, months);
                        assertThat(rules.applicable(event, d, lawful, months)).as(event + " " + d).isEqualTo(fresh);
                        assertThat(rules.applicable(event, d, lawful, months)).as("asked again").isEqualTo(fresh);
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(600);
    }

    @Test
    void a_redeployed_table_takes_effect_at_once() throws IOException {
        LocalDate birth = LocalDate.of(2026, 3, 10);
        assertThat(maternityDays(birth)).isEqualTo(98); // and now kept
        String table;
        try (InputStream in = getClass().getResourceAsStream("/bpmn/leave-entitlements.dmn")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = table.replace("<outputEntry id=\"Out_maternity_amount\"><text>98</text>",
                "<outputEntry id=\"Out_maternity_amount\"><text>128</text>");
        assertThat(changed).isNotEqualTo(table);
        Deployment d = repository.createDeployment().name("test: a changed leave table")
                .addString("leave-entitlements.dmn", changed).deploy();
        try {
            assertThat(maternityDays(birth)).isEqualTo(128);
        } finally {
            repository.deleteDeployment(d.getId(), true);
        }
        assertThat(maternityDays(birth)).isEqualTo(98);
    }

    private int maternityDays(LocalDate birth) {
        return rules.applicable(LeaveEvent.BIRTH, birth, true, null).stream()
                .filter(r -> r.entitlement().equals("MATERNITY")).findFirst().orElseThrow().amount();
    }
}
