package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.BrowserTest;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task queue at a desk, in a real (headless) Chromium (issue 15): the inspector moves through the queue with
 * j / k, claims a complaint's triage with c, opens it with Enter, and completes the triage — refused first, beside
 * the field and with nothing completed, then done. The compact rows survive a reload. Screenshots
 * worktable-queue-keys*.png and worktable-queue-dense*.png at 1280 and 375 px.
 */
class QueueKeyboardBrowserTest extends BrowserTest {

    @Autowired
    ComplaintMapper mapper;
    @Autowired
    TaskService tasks;
    @Autowired
    WorkCalendarService calendars;

    @BeforeEach
    void calendar() {
        TestCalendars.ensureLoaded(calendars, 2027);
    }

    void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    List<WebElement> rows() {
        return findAll(By.cssSelector("#queue tbody tr[id^='task-']"));
    }

    String selectedId() {
        List<WebElement> selected = findAll(By.cssSelector("#queue tbody tr[aria-selected='true']"));
        assertThat(selected).as("one row is selected").hasSize(1);
        return selected.get(0).getAttribute("id");
    }

    String focusedId() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.activeElement.id");
    }

    @Test
    void the_inspector_claims_a_complaint_with_the_keyboard_and_completes_triage_after_a_refusal() {
        String first = Complaints.lodge(api);
        String caseNo = Complaints.lodge(api);
        String id = Complaints.taskId(tasks, caseNo, "triage");
        assertThat(Complaints.taskId(tasks, first, "triage")).isNotEqualTo(id);

        login("inspector");
        open("/tasks?view=group&process=leave-complaint");
        List<WebElement> rows = rows();
        assertThat(rows.size()).isGreaterThanOrEqualTo(2);
        // from page load the first row is selected, with the hint that keys exist
        assertThat(selectedId()).isEqualTo(rows.get(0).getAttribute("id"));
        assertThat(rows.get(0).getAttribute("class")).contains("selected");
        assertThat(find(By.id("queue-keys-hint")).getText()).contains("j").contains("认领").contains("Enter");
        press("j");
        assertThat(selectedId()).isEqualTo(rows.get(1).getAttribute("id"));
        assertThat(focusedId()).isEqualTo(rows.get(1).getAttribute("id"));
        press("k");
        assertThat(selectedId()).isEqualTo(rows.get(0).getAttribute("id"));
        press(Keys.ARROW_DOWN);
        assertThat(selectedId()).isEqualTo(rows.get(1).getAttribute("id"));
        press(Keys.ARROW_UP);
        assertThat(selectedId()).isEqualTo(rows.get(0).getAttribute("id"));

        // typed into a field the keys are letters, not commands
        find(By.id("filter-caseNo")).sendKeys("jjc");
        assertThat(find(By.id("filter-caseNo")).getAttribute("value")).isEqualTo("jjc");
        assertThat(selectedId()).isEqualTo(rows.get(0).getAttribute("id"));
        find(By.id("filter-caseNo")).clear();
        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur()");

        // ? shows the keys, Escape closes them
        press("?");
        assertThat(visible(By.id("queue-keys-help"))).isTrue();
        assertThat(find(By.id("queue-keys-help")).getText()).contains("下一项任务").contains("认领选中的任务");
        screenshot("worktable-queue-keys");
        press(Keys.ESCAPE);
        assertThat(visible(By.id("queue-keys-help"))).isFalse();

        // down to the complaint's triage task, claimed with c: the user stays in the queue with the task selected.
        // Tasks other tests left open may push it to a later page (sorted by due date): the inspector pages on.
        while (findAll(By.id("task-" + id)).isEmpty() && !findAll(By.id("next")).isEmpty()) {
            clickAndWait(By.id("next"));
        }
        rows = rows();
        for (int i = 0; i < rows.size() && !("task-" + id).equals(selectedId()); i++) {
            press("j");
        }
        assertThat(selectedId()).isEqualTo("task-" + id);
        assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isNull();
        press("c");
        waitUrl("view=mine");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> ("task-" + id).equals(focusedId()));
        assertWordsOnly();
        assertThat(find(By.id("notice")).getText()).contains("已认领");
        assertThat(selectedId()).isEqualTo("task-" + id);
        assertThat(find(By.id("task-" + id)).getText()).contains(caseNo).contains("我");
        assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo("inspector");
        screenshot("worktable-queue-keys-claimed");
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).focus()", "task-" + id);

        // Enter opens it
        press(Keys.ENTER);
        waitUrl("/tasks/" + id);
        waitFor(By.id("complete"));
        assertWordsOnly();
        assertThat(find(By.id("task-assignee")).getText()).isEqualTo("我");

        // refused first: no decision — explained beside the field, nothing completed
        clickAndWait(By.id("complete"));
        assertThat(find(By.id("err-triageDecision")).getText()).contains("此项必填");
        assertThat(find(By.id("f-triageDecision")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(tasks.createTaskQuery().taskId(id).singleResult()).isNotNull();
        assertThat(mapper.find(caseNo).status()).isEqualTo(Status.SUBMITTED);

        // then correctly: accepted with the allegation for the employer
        find(By.cssSelector("input[name=triageDecision][value=ACCEPT]")).click();
        type(By.id("f-allegation"), "职工反映：单位仅批准98天产假，未依法给予60天生育假。");
        clickAndWait(By.id("complete"));
        assertThat(find(By.id("notice")).getText()).contains("已办结").contains(caseNo);
        assertThat(tasks.createTaskQuery().taskId(id).singleResult()).isNull();
        var complaint = api.as("inspector").get("/api/v1/complaints/" + caseNo);
        assertThat(complaint.status()).isEqualTo(200);
        assertThat(complaint.json().path("complaint").path("status").asText()).isEqualTo("INVESTIGATING");
        open("/tasks?view=all&caseNo=" + caseNo);
        assertThat(find(By.id("queue")).getText()).contains("调查取证");
    }

    @Test
    void the_compact_rows_are_remembered_across_a_reload() {
        Complaints.lodge(api);
        login("inspector");
        open("/tasks?view=group&process=leave-complaint");
        WebElement toggle = find(By.id("queue-dense"));
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(find(By.id("queue")).getAttribute("class")).doesNotContain("dense");
        screenshot("worktable-queue-normal");
        long roomy = height();

        toggle.click();
        assertThat(find(By.id("queue")).getAttribute("class")).contains("dense");
        assertThat(find(By.id("queue-dense")).getAttribute("aria-pressed")).isEqualTo("true");
        browser.navigate().refresh();
        waitFor(By.id("queue-dense"));
        assertWordsOnly();
        assertThat(find(By.id("queue")).getAttribute("class")).as("compact after a reload").contains("dense");
        assertThat(find(By.id("queue-dense")).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(height()).as("compact rows take less room").isLessThan(roomy);
        screenshot("worktable-queue-dense");

        find(By.id("queue-dense")).click();
        browser.navigate().refresh();
        waitFor(By.id("queue-dense"));
        assertThat(find(By.id("queue")).getAttribute("class")).doesNotContain("dense");
        assertThat(find(By.id("queue-dense")).getAttribute("aria-pressed")).isEqualTo("false");
    }

    /** The height of the first task row, in pixels. */
    long height() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('#queue tbody tr[id^=\"task-\"]').getBoundingClientRect().height"))
                .longValue();
    }
}
