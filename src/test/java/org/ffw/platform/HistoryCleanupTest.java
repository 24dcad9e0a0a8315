package org.ffw.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Camunda's history does not grow for ever: each process keeps it for its historyTimeToLive after its end, then the
 * engine's history cleanup removes it, at night (application.yml; docs/operations.md "History"). FFW's own case
 * records and timelines are not Camunda history and stay.
 */
class HistoryCleanupTest extends ApiTest {

    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;

    String deployment;

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        if (deployment != null) {
            repository.deleteDeployment(deployment, true);
        }
    }

    @Test
    void the_cleanup_runs_at_night_by_removal_time_in_batches() {
        assertThat(engine.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(engine.getHistoryRemovalTimeStrategy()).isEqualTo("end");
        assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(engine.getHistoryCleanupBatchSize()).isEqualTo(500);
        assertThat(history.findHistoryCleanupJobs()).as("scheduled when the engine started").isNotEmpty();
    }

    @Test
    void a_case_whose_time_to_live_passed_loses_its_engine_history_and_a_recent_one_keeps_it() {
        deployment = repository.createDeployment().addModelInstance("history-cleanup-test.bpmn",
                Bpmn.createExecutableProcess("history-cleanup-test").camundaHistoryTimeToLive(1)
                        .startEvent().endEvent().done()).deploy().getId();
        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(3))));
        String old = runtime.startProcessInstanceByKey("history-cleanup-test").getId();
        ClockUtil.reset();
        String recent = runtime.startProcessInstanceByKey("history-cleanup-test").getId();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(old).singleResult()
                .getRemovalTime()).isBefore(new Date());

        Job cleanup = history.cleanUpHistoryAsync(true);
        management.executeJob(cleanup.getId());

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(old).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(old).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(recent).count()).isOne();
    }
}
