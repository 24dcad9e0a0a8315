package org.ffw.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.ffw.complaint.LeaveType;
import org.ffw.inspection.InspectionCases.OpenInspection;
import org.ffw.support.BrowserTest;
import org.ffw.support.ProcessDriver;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An inspection in a real browser: the employer adds its leave records one row at a time on its report task's page,
 * the statutory days appearing live beside what it typed; the pair's case page shows each row's gap. Screenshots at
 * 1280 and 375 px (target/screenshots/inspection-*.png).
 */
class InspectionBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InspectionCases cases;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TaskService tasks;

    @Test
    void the_employer_reports_row_by_row_and_the_pair_sees_the_gaps() {
        new ProcessDriver(context).user("supervisor");
        String caseNo = tx.execute(s -> cases.open(new OpenInspection(88_001L, "2027年第一季度生育假落实专项检查",
                "91310115MA1H8R7C41", "310115", List.of(LeaveType.MATERNITY, LeaveType.BIRTH),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 30), List.of("inspector", "inspector2"), "RANDOM")));
        SecurityContextHolder.clearContext();
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNo)
                .taskDefinitionKey("reportLeaveRecords").singleResult().getId();

        login("employer");
        open("/tasks/" + taskId);
        waitFor(By.id("record-form"));
        type(By.id("employeeName"), "李娜");
        select(By.id("leaveType"), "MATERNITY");
        setValue(By.id("childBirthDate"), "2026-03-02");
        type(By.id("daysGranted"), "98");
        // the birth date's change shows the entitlement at once, the days granted 250 ms after the last key: wait
        // for the verdict, not for the first answer (which came before the days once the leave rules answered fast)
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("live-entitlement")).getText().contains("符合"));
        assertThat(find(By.id("live-entitlement")).getText()).contains("98").contains("符合");
        clickAndWait(By.id("add-row"));
        waitFor(By.id("records-table"));

        type(By.id("employeeName"), "王芳");
        select(By.id("leaveType"), "BIRTH");
        setValue(By.id("childBirthDate"), "2026-04-20");
        type(By.id("daysGranted"), "30");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("live-entitlement")).getText().contains("少给"));
        assertThat(find(By.id("live-entitlement")).getText()).contains("60", "30");
        assertAccessible();
        screenshot("inspection-employer-task");
        clickAndWait(By.id("add-row"));
        waitFor(By.id("records-table"));
        assertThat(find(By.id("records-summary")).getText()).contains("共 2 行", "1 人");
        assertThat(findAll(By.cssSelector("#records-table tr.has-gap"))).hasSize(1);
        screenshot("inspection-employer-rows");

        login("inspector");
        open("/inspections/" + caseNo);
        assertThat(find(By.id("pair")).getText()).contains("张伟（浦东监察）", "陈静（浦东监察）");
        assertThat(find(By.cssSelector("#records-table tr.has-gap")).getText()).contains("王芳", "30 天");
        assertAccessible();
        screenshot("inspection-staff");
    }
}
