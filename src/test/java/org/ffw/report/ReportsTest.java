package org.ffw.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ffw.report.KnownCases.FROM;
import static org.ffw.report.KnownCases.PUDONG;
import static org.ffw.report.KnownCases.TO;
import static org.ffw.report.KnownCases.XUHUI;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import org.ffw.complaint.LeaveType;
import org.ffw.identity.UserService;
import org.ffw.identity.UserService.NewAccount;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.report.Reports.All;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reports against a known set of cases ({@link KnownCases}, spring 2022, Pudong and Xuhui): each figure read
 * before and after the set is loaded, and the difference asserted exactly — through the assembler, the JSON API, the
 * CSV downloads and the page; the scoping (a supervisor reads their district only), the 403s and the 400s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsTest extends ApiTest {

    static final String PASSWORD = "reports test password 7";

    @Autowired
    Reports reports;
    @Autowired
    DataSource dataSource;
    @Autowired
    UserService users;

    final KnownCases known = new KnownCases();
    final String xuhuiLead = "report-lead-xh-" + UUID.randomUUID().toString().substring(0, 6);
    All pudongBefore;
    All pudongAfter;
    All xuhuiBefore;
    All xuhuiAfter;
    All cityBefore;
    All cityAfter;

    static FfwUser user(String name, Role role, String district) {
        return new FfwUser(name, "x", name, Set.of(role), district, null, null, null, null, true);
    }

    @BeforeAll
    void load() throws Exception {
        FfwUser pudong = user("supervisor", Role.SUPERVISOR, PUDONG);
        FfwUser xuhui = user("xh", Role.SUPERVISOR, XUHUI);
        FfwUser admin = user("admin", Role.ADMIN, null);
        pudongBefore = reports.all(pudong, FROM, TO);
        xuhuiBefore = reports.all(xuhui, FROM, TO);
        cityBefore = reports.all(admin, FROM, TO);
        known.load(dataSource);
        pudongAfter = reports.all(pudong, FROM, TO);
        xuhuiAfter = reports.all(xuhui, FROM, TO);
        cityAfter = reports.all(admin, FROM, TO);
        users.create(new NewAccount(xuhuiLead, PASSWORD, "徐汇测试科长", Set.of(Role.SUPERVISOR), XUHUI, null, null, null,
                null), false);
    }

    @org.junit.jupiter.api.AfterAll
    void remove() {
        known.remove(dataSource);
    }

    /** The figure's numbers per key, after minus before. */
    static <T> Map<String, List<Number>> diff(List<T> before, List<T> after, Function<T, String> key,
                                              Function<T, List<Number>> numbers) {
        Map<String, List<Number>> out = new HashMap<>();
        Map<String, List<Number>> old = new HashMap<>();
        before.forEach(t -> old.put(key.apply(t), numbers.apply(t)));
        for (T t : after) {
            List<Number> now = numbers.apply(t);
            List<Number> was = old.get(key.apply(t));
            List<Number> d = new java.util.ArrayList<>();
            for (int i = 0; i < now.size(); i++) {
                d.add(now.get(i) instanceof BigDecimal b ? b.subtract(was == null ? BigDecimal.ZERO : (BigDecimal) was.get(i))
                        : now.get(i).longValue() - (was == null ? 0 : was.get(i).longValue()));
            }
            if (d.stream().anyMatch(n -> n instanceof BigDecimal b ? b.signum() != 0 : n.longValue() != 0)) {
                out.put(key.apply(t), d);
            }
        }
        return out;
    }

    @Test
    void cases_opened_and_closed_per_week_by_procedure_in_shanghai_weeks() {
        var d = diff(pudongBefore.cases(), pudongAfter.cases(), w -> w.monday() + " " + w.procedure(),
                w -> List.of(w.opened(), w.closed()));
        // the subsidy opened on Monday 14 March at 00:30 in Shanghai (still Sunday in UTC) counts in the second week
        assertThat(d).containsOnly(Map.entry("2022-03-07 LEAVE_COMPLAINT", List.of(2L, 1L)),
                Map.entry("2022-03-14 EMPLOYER_SUBSIDY", List.of(1L, 0L)));
        assertThat(diff(xuhuiBefore.cases(), xuhuiAfter.cases(), w -> w.monday() + " " + w.procedure(),
                w -> List.of(w.opened(), w.closed()))).containsOnly(
                Map.entry("2022-03-07 LEAVE_COMPLAINT", List.of(1L, 0L)));
        assertThat(diff(cityBefore.cases(), cityAfter.cases(), w -> w.monday() + " " + w.procedure(),
                w -> List.of(w.opened(), w.closed()))).containsOnly(
                Map.entry("2022-03-07 LEAVE_COMPLAINT", List.of(3L, 1L)),
                Map.entry("2022-03-14 EMPLOYER_SUBSIDY", List.of(1L, 0L)));
    }

    @Test
    void complaints_by_leave_type_and_finding() {
        var d = diff(pudongBefore.complaints(), pudongAfter.complaints(), c -> c.leaveType() + " " + c.finding(),
                c -> List.of(c.complaints()));
        assertThat(d).containsOnly(Map.entry("MATERNITY SUBSTANTIATED", List.of(1L)),
                Map.entry("MATERNITY null", List.of(1L)), Map.entry("PATERNITY NOT_SUBSTANTIATED", List.of(1L)),
                Map.entry("PATERNITY SUBSTANTIATED", List.of(1L)));
        assertThat(diff(xuhuiBefore.complaints(), xuhuiAfter.complaints(), c -> c.leaveType() + " " + c.finding(),
                c -> List.of(c.complaints()))).containsOnly(Map.entry("CHILDCARE SUBSTANTIATED", List.of(1L)));
        assertThat(pudongAfter.complaints()).allMatch(c -> c.leaveType() != LeaveType.CHILDCARE
                || pudongBefore.complaints().contains(c));
    }

    @Test
    void working_days_from_acceptance_to_finding_per_month() {
        var d = diff(pudongBefore.findingTime(), pudongAfter.findingTime(), m -> m.month().toString(),
                m -> List.of(m.complaints()));
        assertThat(d).containsOnly(Map.entry("2022-03", List.of(1L)), Map.entry("2022-05", List.of(2L)));
        // the same known set loaded again on a kept database leaves the averages as they are
        assertThat(pudongAfter.findingTime()).filteredOn(m -> m.month().equals(YearMonth.of(2022, 3)))
                .singleElement().satisfies(m -> assertThat(m.averageWorkingDays()).isEqualTo(5.0));
        assertThat(pudongAfter.findingTime()).filteredOn(m -> m.month().equals(YearMonth.of(2022, 5)))
                .singleElement().satisfies(m -> assertThat(m.averageWorkingDays()).isEqualTo(10.0));
        assertThat(xuhuiAfter.findingTime()).filteredOn(m -> m.month().equals(YearMonth.of(2022, 3)))
                .singleElement().satisfies(m -> assertThat(m.averageWorkingDays()).isEqualTo(15.0));
    }

    @Test
    void tasks_completed_within_their_deadline() {
        var d = diff(pudongBefore.deadlines(), pudongAfter.deadlines(), t -> t.procedure().name(),
                t -> List.of(t.completed(), t.withinDeadline()));
        // the deleted task and the one without a deadline are not counted; the called process's task is the complaint's
        assertThat(d).containsOnly(Map.entry("LEAVE_COMPLAINT", List.of(3L, 2L)));
        assertThat(diff(xuhuiBefore.deadlines(), xuhuiAfter.deadlines(), t -> t.procedure().name(),
                t -> List.of(t.completed(), t.withinDeadline()))).containsOnly(
                Map.entry("LEAVE_COMPLAINT", List.of(1L, 1L)));
        assertThat(diff(cityBefore.deadlines(), cityAfter.deadlines(), t -> t.procedure().name(),
                t -> List.of(t.completed(), t.withinDeadline()))).containsOnly(
                Map.entry("LEAVE_COMPLAINT", List.of(4L, 3L)));
    }

    @Test
    void subsidy_amounts_approved_and_paid_per_month() {
        var d = diff(pudongBefore.subsidies(), pudongAfter.subsidies(), m -> m.month().toString(),
                m -> List.of(m.approved(), m.approvedAmount(), m.paid(), m.paidAmount()));
        assertThat(d).containsOnly(
                Map.entry("2022-03", List.of(1L, new BigDecimal("1000.50"), 0L, new BigDecimal("0.00"))),
                Map.entry("2022-04", List.of(1L, new BigDecimal("2000.00"), 1L, new BigDecimal("1000.50"))));
        assertThat(diff(xuhuiBefore.subsidies(), xuhuiAfter.subsidies(), m -> m.month().toString(),
                m -> List.of(m.approved(), m.approvedAmount()))).containsOnly(
                Map.entry("2022-03", List.of(1L, new BigDecimal("500.00"))));
    }

    @Test
    void certificates_valid_expired_and_revoked_by_district() {
        var d = diff(cityBefore.certificates(), cityAfter.certificates(), c -> c.district(),
                c -> List.of(c.valid(), c.expired(), c.revoked(), c.surrendered()));
        // the certificate that expired in 2012 does not meet the period
        assertThat(d).containsOnly(Map.entry(PUDONG, List.of(1L, 1L, 1L, 0L)), Map.entry(XUHUI,
                List.of(1L, 0L, 0L, 0L)));
        assertThat(pudongAfter.certificates()).extracting(c -> c.district()).containsOnly(PUDONG);
    }

    @Test
    void campaigns_employers_inspected_violations_found_and_put_right() {
        assertThat(pudongBefore.campaigns()).noneMatch(c -> c.campaignId() == known.campaignId);
        assertThat(pudongAfter.campaigns()).filteredOn(c -> c.campaignId() == known.campaignId).singleElement()
                .satisfies(c -> {
                    assertThat(c.title()).isEqualTo(KnownCases.CAMPAIGN_TITLE);
                    assertThat(List.of(c.inspected(), c.violations(), c.rectified())).containsExactly(3L, 2L, 1L);
                });
        assertThat(xuhuiAfter.campaigns()).filteredOn(c -> c.campaignId() == known.campaignId).singleElement()
                .satisfies(c -> assertThat(List.of(c.inspected(), c.violations(), c.rectified()))
                        .containsExactly(1L, 1L, 0L));
        assertThat(cityAfter.campaigns()).filteredOn(c -> c.campaignId() == known.campaignId).singleElement()
                .satisfies(c -> assertThat(List.of(c.inspected(), c.violations(), c.rectified()))
                        .containsExactly(4L, 3L, 1L));
    }

    @Test
    void who_reads_which_district() {
        FfwUser pudong = user("supervisor", Role.SUPERVISOR, PUDONG);
        assertThat(reports.scope(pudong, null, FROM, TO).district()).isEqualTo(PUDONG);
        assertThatThrownBy(() -> reports.scope(pudong, XUHUI, FROM, TO)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reports.all(user("inspector", Role.INSPECTOR, PUDONG), FROM, TO))
                .isInstanceOf(ForbiddenException.class);
        assertThat(reports.scope(user("admin", Role.ADMIN, null), XUHUI, FROM, TO).district()).isEqualTo(XUHUI);
        assertThat(reports.scope(user("admin", Role.ADMIN, null), null, null, null).to())
                .isEqualTo(LocalDate.now(org.ffw.platform.Shanghai.ZONE));
        assertThatThrownBy(() -> reports.scope(pudong, null, TO, FROM)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reports.scope(pudong, null, FROM, FROM.plusYears(3).plusDays(1)))
                .isInstanceOf(InvalidInputException.class);
    }

    private static final String PERIOD = "from=2022-03-01&to=2022-06-30";

    private JsonNode campaignRow(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        for (JsonNode row : r.json().path("rows")) {
            if (row.path("campaignId").asLong() == known.campaignId) {
                return row;
            }
        }
        return null;
    }

    @Test
    void the_api_scopes_the_figures_to_the_readers_district() {
        Api.Response pudong = api.as("supervisor").get("/api/v1/reports/campaigns?" + PERIOD);
        assertThat(pudong.json().path("district").asText()).isEqualTo(PUDONG);
        assertThat(pudong.json().path("from").asText()).isEqualTo("2022-03-01");
        JsonNode row = campaignRow(pudong);
        assertThat(row.path("inspected").asLong()).isEqualTo(3);
        assertThat(row.path("violations").asLong()).isEqualTo(2);
        assertThat(row.path("rectified").asLong()).isEqualTo(1);
        assertThat(row.path("campaign").asText()).isEqualTo(KnownCases.CAMPAIGN_TITLE);
        // the Xuhui supervisor does not see Pudong's inspections, and may not ask for them
        JsonNode xuhui = campaignRow(api.as(xuhuiLead, PASSWORD).get("/api/v1/reports/campaigns?" + PERIOD));
        assertThat(xuhui.path("inspected").asLong()).isEqualTo(1);
        assertProblem(api.as(xuhuiLead, PASSWORD).get("/api/v1/reports/campaigns?district=310115&" + PERIOD), 403);
        assertProblem(api.as("supervisor").get("/api/v1/reports/campaigns?district=310104&" + PERIOD), 403);
        // the administrator: the city, or one district
        assertThat(campaignRow(api.as("admin").get("/api/v1/reports/campaigns?" + PERIOD)).path("inspected")
                .asLong()).isEqualTo(4);
        assertThat(campaignRow(api.as("admin").get("/api/v1/reports/campaigns?district=310104&" + PERIOD))
                .path("inspected").asLong()).isEqualTo(1);
        Api.Response words = api.as("supervisor").header("Accept-Language", "zh-CN")
                .get("/api/v1/reports/complaints?" + PERIOD);
        assertThat(words.text()).contains("\"leaveTypeName\":\"产假\"", "\"findingName\":\"尚无调查结论\"",
                "\"findingName\":\"投诉属实\"");
    }

    @Test
    void who_may_not_read_reports_and_what_cannot_be_asked() {
        assertProblem(api.as("inspector").get("/api/v1/reports/cases"), 403);
        assertProblem(api.as("officer").get("/api/v1/reports/cases"), 403);
        assertProblem(api.as("employee").get("/api/v1/reports/cases"), 403);
        assertThat(api.anonymous().get("/api/v1/reports/cases").status()).isEqualTo(401);
        assertProblem(api.as("supervisor").get("/api/v1/reports/cases?from=2022-06-30&to=2022-03-01"), 400, "from");
        assertProblem(api.as("supervisor").get("/api/v1/reports/cases?from=2022-13-01"), 400, "from");
        assertProblem(api.as("supervisor").get("/api/v1/reports/cases?from=2015-01-01&to=2022-01-01"), 400, "to");
        assertProblem(api.as("admin").get("/api/v1/reports/cases?district=999999"), 400, "district");
        assertProblem(api.as("admin").get("/api/v1/reports/cases?format=xlsx"), 400, "format");
        assertProblem(api.as("admin").get("/api/v1/reports/nope"), 404);
        assertThat(api.as("admin").get("/api/v1/reports").json().path("figures").size())
                .isEqualTo(Reports.Figure.values().length);
    }

    @Test
    void the_csv_is_utf8_with_a_bom_and_a_header_in_the_readers_language() {
        Api.Response zh = api.as("supervisor").header("Accept-Language", "zh-CN")
                .get("/api/v1/reports/certificates?format=csv&" + PERIOD);
        assertThat(zh.status()).as(zh.toString()).isEqualTo(200);
        assertThat(zh.contentType()).startsWith("text/csv");
        assertThat(Arrays.copyOf(zh.bytes(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(zh.header("Content-Disposition")).startsWith("attachment")
                .contains("ffw-certificates-310115-2022-03-01-2022-06-30.csv");
        String text = new String(zh.bytes(), StandardCharsets.UTF_8).substring(1);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("区,有效,已过期,已撤销,已交回");
        assertThat(text.lines()).anyMatch(l -> l.startsWith("浦东新区,"));
        Api.Response en = api.as("supervisor").header("Accept-Language", "en")
                .get("/api/v1/reports/subsidies?format=csv&" + PERIOD);
        String english = new String(en.bytes(), StandardCharsets.UTF_8);
        assertThat(english).startsWith("\uFEFFMonth,Approved,Amount approved (yuan),Paid,Amount paid (yuan)\r\n")
                .contains("2022-04,");
    }

    @Test
    void the_page_shows_each_figure_as_a_chart_and_a_table_in_words() {
        PageSession page = new PageSession(port).login("supervisor", "demo");
        var r = page.get("/reports?" + PERIOD);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("每周新立与办结案件", "data-chart=", "/webjars/echarts/5.3.1/dist/echarts.min.js",
                "/js/reports.js", "浦东新区", "2022-03-07", "休假权益投诉", "尚无调查结论", "2022年4月", ">10.0<",
                KnownCases.CAMPAIGN_TITLE, "href=\"/reports/cases.csv?district=310115&amp;from=2022-03-01&amp;to=2022-06-30\"")
                .doesNotContain("LEAVE_COMPLAINT</td>", "MATERNITY</td>", "id=\"district\"");
        var csv = page.get("/reports/cases.csv?" + PERIOD);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFF周（起始日）,事项,新立,办结").contains("2022-03-07,休假权益投诉,");
        var wrong = page.get("/reports?from=2022-02-30&to=2022-01-01");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("id=\"err-from\"", "日期格式不正确", "value=\"2022-02-30\"")
                .doesNotContain("data-chart=");
        var inverted = page.get("/reports?from=2022-06-30&to=2022-03-01");
        assertThat(inverted.body()).contains("id=\"err-from\"", "开始日期不能晚于结束日期");
        assertThat(page.get("/reports?district=310104").statusCode()).isEqualTo(403);
        PageSession admin = new PageSession(port).login("admin", "demo");
        assertThat(admin.get("/reports?district=310104&" + PERIOD).body()).contains("id=\"district\"", "徐汇区");
        assertThat(new PageSession(port).login("inspector", "demo").get("/reports").statusCode()).isEqualTo(403);
    }

    @Test
    void the_page_in_english_words_every_label() {
        PageSession page = new PageSession(port).login("supervisor", "demo");
        try {
            inEnglish(page);
        } finally {
            page.get("/reports?lang=zh"); // the demo supervisor reads Chinese again (the choice is kept per account)
        }
    }

    private void inEnglish(PageSession page) {
        var r = page.get("/reports?lang=en&" + PERIOD);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Cases opened and closed per week", "Leave complaint", "Maternity leave",
                "No finding yet", "Substantiated", "7 Mar 2022", "Apr 2022", "Employers inspected")
                .doesNotContain("每周新立与办结案件", "尚无调查结论");
        var csv = page.get("/reports/complaints.csv?lang=en&" + PERIOD);
        assertThat(csv.body()).startsWith("\uFEFFLeave type,Finding,Complaints\r\n").contains("Maternity leave,");
    }
}
