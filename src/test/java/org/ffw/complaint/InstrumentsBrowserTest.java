package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.BrowserTest;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 文书 card of the case pages in a real Chromium: the complainant's, the staff's and the employer's pages list the
 * instruments each may read in words (title, version, date of issue, served or not), at 1280 and 375 px.
 */
class InstrumentsBrowserTest extends BrowserTest {

    @Autowired
    TaskService tasks;
    @Autowired
    WorkCalendarService calendars;

    @Test
    void the_case_pages_list_their_readers_instruments_in_words() {
        TestCalendars.ensureLoaded(calendars, 2027);
        String caseNo = Complaints.lodge(api);
        Complaints.accept(api, tasks, caseNo);

        login("employee");
        open("/complaints/" + caseNo);
        String card = find(By.id("instruments")).getText();
        assertThat(card).contains("文书", "受理通知书", "第 1 版", "制作", "尚未送达").doesNotContain("ACCEPTANCE_NOTICE");
        screenshot("instruments-complainant");
        // the download from the page is the service: the card says so
        Object fetched = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "fetch(arguments[0]).then(r => arguments[1](r.status + ' ' + r.headers.get('content-type')))",
                find(By.cssSelector("#instrument-list a")).getAttribute("href"));
        assertThat(fetched.toString()).startsWith("200 application/pdf");
        open("/complaints/" + caseNo);
        assertThat(find(By.id("instruments")).getText()).contains("已送达", "在案件页面下载");

        login("inspector");
        open("/complaints/" + caseNo);
        assertThat(find(By.id("instruments")).getText()).contains("受理通知书", "送达对象：投诉人", "已送达");
        screenshot("instruments-staff");

        login("employer");
        open("/employer/complaints/" + caseNo);
        assertThat(find(By.id("instruments")).getText()).contains("暂无文书").doesNotContain("受理通知书");
        screenshot("instruments-employer");
    }
}
