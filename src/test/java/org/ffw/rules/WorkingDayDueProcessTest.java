package org.ffw.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * User-task due dates and timers written in working days, in the real engine with the seeded calendar: the
 * {@code ${workingDays.due(5)}} expression and the {@code 5WD} business calendar. Shares the application context
 * of the API tests; deploys its own test-only process and removes it afterwards.
 */
class WorkingDayDueProcessTest extends ApiTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    private String deploymentId;

    @BeforeEach
    void deploy() {
        AbstractAssertions.init(engine);
        deploymentId = repository.createDeployment().name("working-day-due test")
                .addClasspathResource("bpmn-test/working-day-due.bpmn").deploy().getId();
    }

    @AfterEach
    void undeploy() {
        ClockUtil.reset();
        repository.deleteDeployment(deploymentId, true);
    }

    @Test
    void a_task_received_before_national_day_is_due_at_the_end_of_the_5th_working_day() {
        // Wednesday 30 Sep 2026, 10:00 in Shanghai; 1–7 Oct off, Sat 10 Oct worked → due Tue 13 Oct 23:59:59
        ClockUtil.setCurrentTime(shanghai(2026, 9, 30, 10, 0));
        ProcessInstance pi = runtime.startProcessInstanceByKey("test-working-day-due");
        assertThat(pi).isWaitingAt("triageByBean", "triageByCalendar");

        Instant due = endOfDayInShanghai(LocalDate.of(2026, 10, 13));
        assertThat(dueOf(task(pi, "triageByBean"))).isEqualTo(due);
        assertThat(dueOf(task(pi, "triageByCalendar"))).isEqualTo(due);
        assertThat(dueOf(timer(pi, "beanOverdue"))).isEqualTo(due);
        assertThat(dueOf(timer(pi, "calendarOverdue"))).isEqualTo(due);
    }

    @Test
    void today_is_counted_in_shanghai_not_in_utc() {
        // 29 Sep 2026 17:30 UTC is already Wednesday 30 Sep 01:30 in Shanghai: same deadline as above.
        // (Counted from 29 Sep it would be Mon 12 Oct.)
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-09-29T17:30:00Z")));
        ProcessInstance pi = runtime.startProcessInstanceByKey("test-working-day-due");
        assertThat(dueOf(task(pi, "triageByBean"))).isEqualTo(endOfDayInShanghai(LocalDate.of(2026, 10, 13)));
    }

    @Test
    void the_timer_fires_once_the_5th_working_day_is_over() {
        // a make-up Saturday counts: received Fri 8 May 2026 → Sat 9 (worked), Mon 11 … Thu 14 May
        ClockUtil.setCurrentTime(shanghai(2026, 5, 8, 9, 0));
        ProcessInstance pi = runtime.startProcessInstanceByKey("test-working-day-due");
        Job timer = timer(pi, "beanOverdue");
        assertThat(dueOf(timer)).isEqualTo(endOfDayInShanghai(LocalDate.of(2026, 5, 14)));

        ClockUtil.setCurrentTime(shanghai(2026, 5, 14, 23, 0));
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().duedateLowerThan(
                ClockUtil.getCurrentTime()).count()).isZero();
        ClockUtil.setCurrentTime(shanghai(2026, 5, 15, 0, 0));
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().duedateLowerThan(
                ClockUtil.getCurrentTime()).count()).isEqualTo(2);
        management.executeJob(timer.getId());
        assertThat(pi).hasPassed("beanOverdueNoted");
        assertThat(pi).isWaitingAt("triageByBean", "triageByCalendar");
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void a_deadline_in_a_year_not_loaded_is_counted_on_its_statutory_holidays() {
        // 2033 is not loaded (no test loads it): Thursday 29 Sep 2033 → Fri 30 Sep, 国庆 1–3 Oct (Sat–Mon),
        // Tue 4 … Fri 7 Oct; provisional, with no 调休
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        org.ffw.support.TestCalendars.forget(jdbc, 2033);
        ClockUtil.setCurrentTime(shanghai(2033, 9, 29, 10, 0));
        ProcessInstance pi = runtime.startProcessInstanceByKey("test-working-day-due");
        assertThat(pi).isWaitingAt("triageByBean", "triageByCalendar");
        Instant due = endOfDayInShanghai(LocalDate.of(2033, 10, 7));
        assertThat(dueOf(task(pi, "triageByBean"))).isEqualTo(due);
        assertThat(dueOf(task(pi, "triageByCalendar"))).isEqualTo(due);
        assertThat(dueOf(timer(pi, "beanOverdue"))).isEqualTo(due);
        assertThat(dueOf(timer(pi, "calendarOverdue"))).isEqualTo(due);
        runtime.deleteProcessInstance(pi.getId(), "test");
    }

    @Test
    void a_deadline_in_a_year_not_loaded_is_not_guessed() {
        // 2089 is outside the table of statutory holidays (2021–2035): no provisional count either
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2089-12-28T02:00:00Z")));
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("test-working-day-due"))
                .satisfies(e -> assertThat(CalendarYearNotLoadedException.findIn(e))
                        .hasValueSatisfying(notLoaded -> assertThat(notLoaded.year()).isEqualTo(2089)));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("test-working-day-due").count())
                .isZero();
    }

    private Task task(ProcessInstance pi, String key) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    private Job timer(ProcessInstance pi, String activityId) {
        return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    }

    /** Seconds only: MySQL stores DATETIME without the milliseconds (sendFractionalSeconds=false). */
    private static Instant dueOf(Task task) {
        return task.getDueDate().toInstant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static Instant dueOf(Job job) {
        return job.getDuedate().toInstant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static Instant endOfDayInShanghai(LocalDate day) {
        return day.atTime(23, 59, 59).atZone(WorkingDays.ZONE).toInstant();
    }

    private static Date shanghai(int y, int m, int d, int h, int min) {
        return Date.from(LocalDateTime.of(y, m, d, h, min).atZone(WorkingDays.ZONE).toInstant());
    }
}
