package org.ffw.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.ffw.rules.WorkingDays;
import org.ffw.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A visitor without an account follows the footer to the public statistics, chooses 2022 ({@link StatisticsFixture})
 * and reads the districts' figures in words, the withheld ones as "fewer than 5"; a wrong year in the address is shown
 * beside the year. Screenshots public-statistics*.png at 1280 and 375 px.
 */
class PublicStatisticsBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    WorkingDays workingDays;

    @Test
    void a_visitor_reads_a_years_figures_with_small_numbers_withheld() {
        StatisticsFixture.ensure(api, jdbc, runtime, workingDays);
        open("/public/campaigns");
        find(By.id("nav-public-statistics")).click();
        waitFor(By.id("statistics-year"));
        select(By.id("year"), "2022");
        clickAndWait(By.id("show"));
        assertThat(find(By.id("certified-310104")).getText()).contains("徐汇区", "5", "10");
        assertThat(find(By.id("certified-310105")).getText()).contains("长宁区", "少于5");
        assertThat(find(By.id("complaints-310104")).getText()).contains("60%");
        assertThat(find(By.id("complaints-city")).getText()).contains("全市合计", "10", "70%", "5.5");
        screenshot("public-statistics");
    }

    @Test
    void a_wrong_year_is_shown_beside_the_year() {
        open("/public/statistics?year=1999");
        assertThat(find(By.id("err-year")).getText()).contains("2021");
        assertThat(findAll(By.id("certified-table"))).isEmpty();
        screenshot("public-statistics-error");
    }
}
