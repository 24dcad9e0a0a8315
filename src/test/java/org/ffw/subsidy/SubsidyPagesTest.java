package org.ffw.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The subsidy pages without a browser, as the employer, the officer and finance: applying through the form with
 * 计算 and 根据身份证号填写 (the page without JavaScript), problems by field, the receipt, who opens which page, the
 * payment page and its CSV, the public status page.
 */
class SubsidyPagesTest extends ApiTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;

    static String formToken(String html) {
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("the form's one-time token").isTrue();
        return m.group(1);
    }

    /** The new-application form, filled in as an employer would, months as the page lays them out. */
    static List<String> filled(String page, String residentId, String action) {
        List<String> f = new ArrayList<>(List.of("_csrf", PageSession.token(page), "token", formToken(page),
                "action", action, "residentId", residentId, "employeeName", "王芳", "childBirthDate", "2026-03-10",
                "babies", "1", "childOrder", "2", "employeeConfirmedChildOrder", "true",
                "_employeeConfirmedChildOrder", "on", "birthCertificateNo", "P310000002", "leaveStart", "2026-03-10",
                "leaveEnd", "2026-08-15", "noOtherSubsidy", "true", "_noOtherSubsidy", "on", "_dispatch", "on",
                "_difficultBirth", "on", "bankName", "中国工商银行上海浦东分行", "accountName", "上海示例科技有限公司",
                "accountNo", "1001234567890123"));
        for (int i = 0; i < 6; i++) {
            String p = "contributions[" + i + "].";
            f.addAll(List.of(p + "month", "2026-0" + (3 + i), p + "pension", "2000.00", p + "medical", "1000.00",
                    p + "unemployment", "50.00", p + "workInjury", "20.00"));
        }
        return f;
    }

    int rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM subsidy_application", Integer.class);
    }

    @Test
    void the_employer_calculates_without_javascript_then_applies_and_keeps_the_query_code() {
        PageSession employer = new PageSession(port).login("employer", "demo");
        HttpResponse<String> page = employer.get("/employer/subsidies/new");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("申请生育社保补贴", "计算补贴金额", "根据身份证号填写", "data-subsidy-calculate");
        String id = Contributions.residentId();

        int before = rows();
        HttpResponse<String> calculated = employer.postForm("/employer/subsidies/new",
                PageSession.form(filled(page.body(), id, "calculate").toArray(String[]::new)));
        assertThat(calculated.statusCode()).isEqualTo(200);
        assertThat(calculated.body()).contains("9210.00 元", "政策范围", "not verifiable from records", "✓ 通过");
        assertThat(rows()).as("calculating stores nothing").isEqualTo(before);

        HttpResponse<String> applied = employer.postForm("/employer/subsidies/new",
                PageSession.form(filled(calculated.body(), id, "submit").toArray(String[]::new)));
        assertThat(applied.statusCode()).isEqualTo(302);
        String receiptPath = PageSession.location(applied);
        assertThat(receiptPath).matches(".*/employer/subsidies/ES-\\d{4}-\\d{6}/submitted");
        HttpResponse<String> receipt = employer.get(receiptPath);
        assertThat(receipt.body()).contains("请保存查询码", "9210.00 元", "出生医学证明");
        String caseNo = receiptPath.replaceAll(".*/(ES-[^/]+)/submitted", "$1");
        assertThat(rows()).isEqualTo(before + 1);

        // the double submission of the same form render is the same application
        HttpResponse<String> again = employer.postForm("/employer/subsidies/new",
                PageSession.form(filled(calculated.body(), id, "submit").toArray(String[]::new)));
        assertThat(again.statusCode()).isIn(302, 409);
        assertThat(rows()).isEqualTo(before + 1);

        HttpResponse<String> mine = employer.get("/employer/subsidies/" + caseNo);
        assertThat(mine.body()).contains(caseNo, "审核中", "区人社局补贴窗口", "王芳", "P310000002", "2026-08");
        assertThat(employer.get("/employer/subsidies").body()).contains(caseNo);

        // the officer's case page; others get a friendly refusal
        PageSession officer = new PageSession(port).login("officer", "demo");
        HttpResponse<String> staff = officer.get("/subsidies/" + caseNo);
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.body()).contains("单位守法情况", "违法记录", "缴费记录", "未导入");
        assertThat(officer.get("/subsidies").body()).contains(caseNo);
        assertThat(new PageSession(port).login("employer2", "demo").get("/employer/subsidies/" + caseNo).statusCode())
                .isEqualTo(403);
        assertThat(new PageSession(port).login("inspector", "demo").get("/subsidies/" + caseNo).statusCode())
                .isEqualTo(403);

        // the officer's review task page shows the calculation and the checks
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("review")
                .singleResult().getId();
        HttpResponse<String> task = officer.get("/tasks/" + taskId);
        assertThat(task.body()).contains("资格条件", "每月单位缴费", "9210.00 元", "单位守法情况");
    }

    @Test
    void the_form_names_every_problem_by_its_field_and_stores_nothing() {
        PageSession employer = new PageSession(port).login("employer", "demo");
        String page = employer.get("/employer/subsidies/new").body();
        List<String> f = filled(page, "310101198808080024", "submit");
        f.set(f.indexOf("leaveEnd") + 1, "2026-02-01");
        f.set(f.indexOf("contributions[1].pension") + 1, "两千");
        f.set(f.indexOf("accountNo") + 1, "abc");
        int before = rows();
        HttpResponse<String> r = employer.postForm("/employer/subsidies/new", PageSession.form(f.toArray(String[]::new)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("提交未成功", "公民身份号码", "应为金额", "银行账号应为 8 至 40 位数字",
                "id=\"err-residentId\"", "id=\"err-contributions[1].pension\"", "id=\"err-accountNo\"");
        // what was typed is kept
        assertThat(r.body()).contains("value=\"两千\"", "value=\"2026-02-01\"");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void filling_in_from_the_resident_id_brings_the_recorded_contributions() {
        String id = Contributions.residentId();
        var imported = api.as("admin").upload("/api/v1/contribution-records?replace=EMPLOYER_MONTHS", "r.csv",
                "text/csv", Contributions.csv(Contributions.row(Contributions.DEMO_EMPLOYER, id, "2026-05")));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        PageSession employer = new PageSession(port).login("employer", "demo");
        String page = employer.get("/employer/subsidies/new").body();
        HttpResponse<String> r = employer.postForm("/employer/subsidies/new", PageSession.form("_csrf",
                PageSession.token(page), "token", formToken(page), "action", "lookup", "residentId", id,
                "childBirthDate", "2026-03-10"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("女，1990", "找到 1 个月的社保缴费记录", "value=\"2026-05\"", "value=\"1600.00\"");
        var prefill = api.as("employer").get("/api/v1/subsidy-applications/prefill?residentId=" + id
                + "&childBirthDate=2026-03-10");
        assertThat(prefill.json().path("recorded").path("2026-05").path("pension").decimalValue())
                .isEqualByComparingTo("1600.00");
        assertThat(api.as("employer").get("/api/v1/subsidy-applications/prefill?residentId=123").status())
                .isEqualTo(400);
    }

    @Test
    void finance_pays_from_its_page_and_the_public_status_page_shows_it() {
        Map<String, Object> body = Subsidies.application();
        var applied = Subsidies.apply(api, body).json();
        String caseNo = applied.path("caseNo").asText();
        Subsidies.approve(api, tasks, caseNo);

        PageSession finance = new PageSession(port).login("admin", "demo");
        HttpResponse<String> page = finance.get("/finance/subsidy-payments");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(caseNo, "下载当天的支付文件", "9210.00");
        String approvedOn = api.as("employer").get("/api/v1/subsidy-applications/" + caseNo).json()
                .path("approvedOn").asText();
        HttpResponse<String> csv = finance.get("/finance/subsidy-payments.csv?approvedOn=" + approvedOn);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains(caseNo);

        HttpResponse<String> bad = finance.postForm("/finance/subsidy-payments/" + caseNo, PageSession.form("_csrf",
                PageSession.token(page.body()), "reference", "", "paidOn", approvedOn));
        assertThat(bad.statusCode()).isEqualTo(302);
        assertThat(finance.get(PageSession.location(bad)).body()).contains("银行流水号此项必填");
        HttpResponse<String> ok = finance.postForm("/finance/subsidy-payments/" + caseNo, PageSession.form("_csrf",
                PageSession.token(page.body()), "reference", "ICBC-PAGE-1", "paidOn", approvedOn));
        assertThat(finance.get(PageSession.location(ok)).body()).contains("已确认支付 9210.00 元")
                .doesNotContain("id=\"pay-" + caseNo + "\"");
        assertThat(new PageSession(port).login("employer", "demo").get("/finance/subsidy-payments").statusCode())
                .isEqualTo(403);

        PageSession anyone = new PageSession(port);
        String form = anyone.get("/public/case-status").body();
        HttpResponse<String> status = anyone.postForm("/public/case-status", PageSession.form("_csrf",
                PageSession.token(form), "caseNo", caseNo, "queryCode", applied.path("queryCode").asText()));
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("已支付", "产假及生育假期间社保补贴").doesNotContain("王芳");
    }
}
