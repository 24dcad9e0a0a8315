package org.ffw.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ffw.certification.CertificationEmployers;
import org.ffw.employer.EmployerService;
import org.ffw.identity.UserService;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The portal's pages through the door a visitor uses: the public home, the calculator, the lookup, the employer's home. */
class PortalPagesTest extends ApiTest {

    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    EmployerService employers;
    @Autowired
    UserService users;

    PageSession visitor() {
        return new PageSession(port);
    }

    HttpResponse<String> getIn(String language, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    // ------------------------------------------------------------------------------------------- the public home

    @Test
    void an_anonymous_visitor_reads_the_public_home_at_the_root() {
        var r = visitor().get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        String page = r.body();
        assertThat(page).contains("生育友好职场监管平台", "面向在上海工作的职工");
        // each thing one can do, one click away
        assertThat(page).contains("href=\"/complaints/new\"", "href=\"/register\"", "href=\"/public/report\"",
                "href=\"/public/leave-entitlements\"", "href=\"/public/certificates\"",
                "href=\"/public/certified-employers\"", "href=\"/public/case-status\"");
        // the time limits as configured: complaint 5 + 60 (+30) working days, subsidy review 20, certification 15 / 5 / 2 years
        assertThat(page).contains("id=\"limit-complaint-acceptance\"").contains("5 个工作日", "60 个工作日",
                "30 个工作日", "20 个工作日", "15 个工作日", "2 年", "若干规定》第十八条", "《劳动保障监察条例》第十七条");
        // contacts: the hotline, and every district's bureau
        assertThat(page).contains("12333", "浦东新区人力资源和社会保障局", "崇明区人力资源和社会保障局", "请拨打 12333 转接");
        assertThat(page.split("id=\"bureau-", -1)).hasSize(17);
        assertThat(visitor().get("/public").body()).contains("id=\"portal-actions\"");
    }

    @Test
    void the_public_home_in_english() throws Exception {
        String page = getIn("en", "/").body();
        assertThat(page).contains("What you can do here", "Complain about your employer", "5 working days",
                "20 working days", "Pudong New Area Human Resources and Social Security Bureau", "Call 12333");
    }

    @Test
    void signed_in_users_keep_their_home_and_the_employer_gets_its_home_across_procedures() {
        var inspector = visitor().login("inspector", "demo");
        assertThat(inspector.get("/").body()).contains("张伟", "id=\"dashboard\"");
        var employer = visitor().login("employer", "demo");
        var r = employer.get("/");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/employer/home");
        assertThat(employer.get("/employer/home").body()).contains("id=\"display-name\"", "id=\"employer-subsidies\"");
    }

    // ------------------------------------------------------------------------------------------- the calculator

    @Test
    void the_calculator_answers_a_bookmarkable_query_with_each_line_and_its_basis() {
        var r = visitor().get("/public/leave-entitlements?event=BIRTH&birthDate=2026-03-10");
        assertThat(r.statusCode()).isEqualTo(200);
        String page = r.body();
        assertThat(page).contains("id=\"leave-result\"", "产假", "98 天", "2026-03-10 至 2026-06-15", "生育假", "60 天",
                "配偶陪产假", "10 天", "父母每人每年 5 天", "每天 1 小时", "依据：女职工劳动保护特别规定",
                "依据：上海市人口与计划生育条例");
        // the inputs keep what was asked
        assertThat(page).contains("value=\"2026-03-10\"");
        assertThat(visitor().get("/public/leave-entitlements").body()).doesNotContain("id=\"leave-result\"",
                "field-error");
    }

    @Test
    void the_holiday_extension_is_explained_when_it_applies() {
        String page = visitor().get("/public/leave-entitlements?event=BIRTH&birthDate=2025-11-01&babies=2"
                + "&difficultBirth=true").body();
        assertThat(page).contains("id=\"extension-explained\"", "生育假期间有 3 天法定节假日", "128 天",
                "2026-05-10");
        // 生育假 from 2026-10-21 to 2026-12-19 holds no statutory holiday
        assertThat(visitor().get("/public/leave-entitlements?event=BIRTH&birthDate=2026-07-15").body())
                .contains("2026-10-21 至 2026-12-19").doesNotContain("id=\"extension-explained\"");
    }

    @Test
    void a_miscarriage_gets_its_days_only() {
        String page = visitor().get("/public/leave-entitlements?event=MISCARRIAGE&birthDate=2026-03-10"
                + "&pregnancyMonths=5").body();
        assertThat(page).contains("流产产假", "42 天").doesNotContain("id=\"line-birth\"", "id=\"line-paternity\"");
    }

    @Test
    void bad_input_is_a_400_shown_beside_its_field() {
        var early = visitor().get("/public/leave-entitlements?event=BIRTH&birthDate=2020-01-01");
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("id=\"err-birthDate\"", "2021 年 5 月 31 日以后").doesNotContain("leave-result");
        var garbage = visitor().get("/public/leave-entitlements?event=BIRTH&birthDate=10.3.2026&babies=x");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).contains("id=\"err-birthDate\"", "请填写有效的日期", "id=\"err-babies\"",
                "value=\"10.3.2026\"");
        var months = visitor().get("/public/leave-entitlements?event=MISCARRIAGE&birthDate=2026-03-10");
        assertThat(months.statusCode()).isEqualTo(400);
        assertThat(months.body()).contains("id=\"err-pregnancyMonths\"");
        var babies = visitor().get("/public/leave-entitlements?event=BIRTH&birthDate=2026-03-10&babies=12");
        assertThat(babies.statusCode()).isEqualTo(400);
        assertThat(babies.body()).contains("id=\"err-babies\"");
        var start = visitor().get("/public/leave-entitlements?event=BIRTH&birthDate=2026-03-10&leaveStart=2026-03-20");
        assertThat(start.statusCode()).isEqualTo(400);
        assertThat(start.body()).contains("id=\"err-leaveStart\"");
        var event = visitor().get("/public/leave-entitlements?event=WEDDING&birthDate=2026-03-10");
        assertThat(event.statusCode()).isEqualTo(400);
        assertThat(event.body()).contains("id=\"err-event\"");
    }

    @Test
    void the_calculator_in_english() throws Exception {
        String page = getIn("en", "/public/leave-entitlements?event=BIRTH&birthDate=2026-03-10").body();
        assertThat(page).contains("Maternity leave", "98 days", "Birth leave", "Legal basis:",
                "Special Provisions on Labour Protection of Female Employees, Art. 7(1)",
                "Shanghai Municipal Regulations on Population and Family Planning, Art. 31", "by 1 day",
                "1 public holiday falls").doesNotContain("第七条", "1 days", "1 hours");
    }

    // ------------------------------------------------------------------------------------------- the lookup, the employer

    @Test
    void every_procedure_s_case_shows_its_status_and_what_happens_next_by_query_code() {
        PortalCases cases = PortalCases.create(api, tasks, runtime, management, employers, users);
        String complaint = lookup(cases.complaintCase(), cases.complaintCode());
        assertThat(complaint).contains("调查中", "id=\"status-next\"", "劳动监察员正在调查").doesNotContain(
                PortalCases.COMPLAINANT, cases.employer().name());
        assertThat(lookup(cases.subsidyCase(), cases.subsidyCode())).contains("审核中", "id=\"status-next\"",
                "区人社局补贴窗口正在审核");
        assertThat(lookup(cases.certificationCase(), cases.certificationCode())).contains("已认定",
                cases.certificateNo());
        // a wrong code and missing fields: the same clear answers, nothing found
        var s = visitor();
        String token = PageSession.token(s.get("/public/case-status").body());
        var wrong = s.postForm("/public/case-status", PageSession.form("caseNo", cases.complaintCase(), "queryCode",
                "WRONGCODE1", "_csrf", token));
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.body()).contains("未找到").doesNotContain("status-result");
        var missing = s.postForm("/public/case-status", PageSession.form("caseNo", "", "queryCode", "", "_csrf", token));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("id=\"err-caseNo\"", "id=\"err-queryCode\"");
    }

    private String lookup(String caseNo, String code) {
        var s = visitor();
        String token = PageSession.token(s.get("/public/case-status").body());
        var r = s.postForm("/public/case-status", PageSession.form("caseNo", caseNo, "queryCode", code, "_csrf", token));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    @Test
    void the_employer_s_home_lists_its_cases_of_every_procedure_without_the_complainant() {
        PortalCases cases = PortalCases.create(api, tasks, runtime, management, employers, users);
        var s = visitor().login(cases.employer().username(), CertificationEmployers.PASSWORD);
        var r = s.get("/employer/home");
        assertThat(r.statusCode()).isEqualTo(200);
        String page = r.body();
        assertThat(page).contains("id=\"case-" + cases.subsidyCase() + "\"", "id=\"case-" + cases.certificationCase()
                + "\"", "id=\"case-" + cases.certificateNo() + "\"", "id=\"case-" + cases.complaintCase() + "\"");
        assertThat(page).contains("审核中", "已认定", "有效", "调查中", "有效期至", "调查期限", "还有");
        // the employer answers the complaint: its task, with its due date, also on the home page
        assertThat(page).contains("id=\"task-" + cases.complaintCase() + "\"", "单位陈述申辩");
        assertThat(page).doesNotContain(PortalCases.COMPLAINANT, PortalCases.COMPLAINANT_PHONE, "employee");
        // another employer sees none of it; an employee and a visitor do not get the page
        String other = visitor().login("employer", "demo").get("/employer/home").body();
        assertThat(other).doesNotContain(cases.subsidyCase(), cases.complaintCase(), cases.certificateNo());
        assertThat(visitor().login("employee", "demo").get("/employer/home").statusCode()).isEqualTo(403);
        var anonymous = visitor().get("/employer/home");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
