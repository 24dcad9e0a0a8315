package org.ffw.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.ffw.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 统计报表 in a real browser: Pudong's supervisor opens the reports from the menu for the spring of 2022 (the known
 * cases of {@link KnownCases}) and ECharts draws every figure, a table under each; the administrator picks a
 * district; a wrong date is said beside its field. Screenshots at 1280 and 375 px (target/screenshots/reports*.png).
 */
class ReportsBrowserTest extends BrowserTest {

    @Autowired
    DataSource dataSource;

    private List<WebElement> drawnCharts(int expected) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b ->
                b.findElements(By.cssSelector(".chart[data-drawn] svg")).size() >= expected);
        return findAll(By.cssSelector(".chart[data-drawn]"));
    }

    @Test
    void a_supervisor_sees_every_figure_as_a_chart_with_its_table() throws Exception {
        KnownCases known = new KnownCases();
        known.load(dataSource);
        try {
            drawsEveryFigure();
        } finally {
            known.remove(dataSource);
        }
    }

    private void drawsEveryFigure() throws Exception {
        login("supervisor");
        find(By.id("nav-reports")).click();
        waitFor(By.id("report-filter"));
        setValue(By.id("from"), "2022-03-01");
        setValue(By.id("to"), "2022-06-30");
        clickAndWait(By.id("show-report"));
        List<WebElement> charts = drawnCharts(7);
        assertThat(charts).hasSize(7);
        // ECharts drew bars (paths) with the words of the bundles in its legend
        assertThat(find(By.cssSelector("#chart-complaints svg")).getText()).contains("投诉属实");
        assertThat(findAll(By.cssSelector("#chart-cases svg path")).size()).isGreaterThan(5);
        assertThat(find(By.id("report-scope")).getText()).contains("浦东新区", "2022-03-01");
        assertThat(find(By.id("table-campaigns")).getText()).contains(KnownCases.CAMPAIGN_TITLE);
        assertThat(find(By.id("table-complaints")).getText()).contains("产假", "尚无调查结论");
        assertThat(find(By.id("csv-cases")).getAttribute("href"))
                .endsWith("/reports/cases.csv?district=310115&from=2022-03-01&to=2022-06-30");
        assertThat(findAll(By.id("district"))).isEmpty(); // a supervisor has no district to choose
        screenshot("reports");
        // the page is longer than a full-page screenshot holds: the last figures as the screen shows them
        lowerFigures("reports-lower");
    }

    /** Screenshots of the window scrolled to the certificates' figure, at 1280 and 375 px. */
    private void lowerFigures(String name) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        for (int width : new int[] {1280, 375}) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1400));
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "window.dispatchEvent(new Event('resize'));"
                    + "document.getElementById('fig-certificates').scrollIntoView();");
            Thread.yield();
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(
                    org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(dir.resolve(name + (width == 1280 ? "" : "-375") + ".png"), png);
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }

    @Test
    void the_administrator_chooses_a_district_and_a_wrong_date_is_beside_its_field() {
        login("admin");
        open("/reports?from=2022-03-01&to=2022-06-30");
        select(By.id("district"), "310104");
        clickAndWait(By.id("show-report"));
        drawnCharts(1);
        assertThat(find(By.id("report-scope")).getText()).contains("徐汇区");
        screenshot("reports-admin");
        open("/reports?from=2022-02-30&to=2022-01-01");
        assertThat(find(By.id("err-from")).getText()).isEqualTo("日期格式不正确（年-月-日）");
        assertThat(find(By.id("error-summary")).getText()).contains("统计期间自");
        assertThat(findAll(By.cssSelector(".chart"))).isEmpty();
        screenshot("reports-error");
    }
}
