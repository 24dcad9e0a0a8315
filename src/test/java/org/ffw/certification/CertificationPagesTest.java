package org.ffw.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.ffw.employer.EmployerService;
import org.ffw.identity.UserService;
import org.ffw.platform.security.Role;
import org.ffw.rules.CreditCodes;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The certification pages without a browser: the employer applies through the form (再加一个岗位 without JavaScript),
 * problems by field with nothing stored, the receipt and the case pages, who opens which page, the task page's case
 * block, and the public pages (verification verdicts, the register with its filters, the notices and an objection).
 * Each test applies as an employer of its own: one open application per employer, and the shared database keeps
 * every other test's.
 */
class CertificationPagesTest extends ApiTest {

    static final String PASSWORD = "Cert-pages-1";
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    EmployerService employers;
    @Autowired
    UserService users;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    /** A valid unified social credit code of Pudong no other data uses. */
    static String creditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder sb = new StringBuilder("9131011");
        for (int i = 0; i < 10; i++) {
            sb.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return sb.append(CreditCodes.checkCharacter(sb.toString())).toString();
    }

    /** A Pudong employer of its own with an account; returns the account name. */
    static String newEmployer(EmployerService employers, UserService users, String name) {
        String code = creditCode();
        employers.register(new EmployerService.NewEmployer(code, name, "310115", null, null));
        String username = "cert-" + code.substring(8).toLowerCase();
        users.create(new UserService.NewAccount(username, PASSWORD, name, Set.of(Role.EMPLOYER), null, code, null,
                null, null), false);
        return username;
    }

    static String formToken(String html) {
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("the form's one-time token").isTrue();
        return m.group(1);
    }

    /** The application form filled in as an employer would, with {@code posts} posts. */
    static List<String> filled(String page, int posts, String action) {
        List<String> f = new ArrayList<>(List.of("_csrf", PageSession.token(page), "token", formToken(page),
                "action", action, "writtenInContract", "true", "_writtenInContract", "on",
                "consultationDate", LocalDate.now().minusDays(30).toString(), "consultationBody", "职工代表大会",
                "consultationSummary", "职工代表 42 人参加，一致同意岗位方案", "contactName", "张敏",
                "contactPhone", "13900000000"));
        for (int i = 0; i < posts; i++) {
            String p = "posts[" + i + "].";
            f.addAll(List.of(p + "title", i == 0 ? "软件测试工程师" : "客户服务专员", p + "department", "质量部",
                    p + "headcount", "3", p + "workingTime", "核心时间10:00-16:00，其余弹性",
                    p + "measures", "FLEXIBLE_HOURS", p + "measures", "REMOTE_WORK",
                    p + "eligibility", "抚育12周岁以下子女的职工"));
        }
        return f;
    }

    static void set(List<String> form, String name, String value) {
        form.set(form.indexOf(name) + 1, value);
    }

    int applicationsOf(String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM certification_application WHERE applicant_username = ?",
                Integer.class, username);
    }

    @Test
    void the_employer_adds_a_post_without_javascript_applies_and_reads_its_case_which_others_may_not() {
        String username = newEmployer(employers, users, "上海友好岗页面测试有限公司");
        PageSession employer = new PageSession(port).login(username, PASSWORD);
        HttpResponse<String> page = employer.get("/employer/certifications/new");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("申请生育友好岗认定", "再加一个岗位", "弹性上下班", Measure.REMOTE_WORK.explanation())
                .doesNotContain("name=\"posts[1].title\"");

        // 再加一个岗位 without JavaScript: the same form, what was typed kept, one more blank post
        HttpResponse<String> more = employer.postForm("/employer/certifications/new",
                PageSession.form(filled(page.body(), 1, "addPost").toArray(String[]::new)));
        assertThat(more.statusCode()).isEqualTo(200);
        assertThat(more.body()).contains("name=\"posts[1].title\"", "岗位 2", "value=\"软件测试工程师\"")
                .doesNotContain("提交未成功");
        assertThat(applicationsOf(username)).isZero();

        HttpResponse<String> applied = employer.postForm("/employer/certifications/new",
                PageSession.form(filled(more.body(), 2, "submit").toArray(String[]::new)));
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(302);
        String receiptPath = PageSession.location(applied);
        assertThat(receiptPath).matches(".*/employer/certifications/FP-\\d{4}-\\d{6}/submitted");
        String caseNo = receiptPath.replaceAll(".*/(FP-[^/]+)/submitted", "$1");
        HttpResponse<String> receipt = employer.get(receiptPath);
        assertThat(receipt.body()).contains("请保存查询码", caseNo, "2 个", "审核中");
        assertThat(applicationsOf(username)).isEqualTo(1);

        // the same form render sent again is the same application
        HttpResponse<String> again = employer.postForm("/employer/certifications/new",
                PageSession.form(filled(more.body(), 2, "submit").toArray(String[]::new)));
        assertThat(again.statusCode()).isIn(302, 409);
        assertThat(applicationsOf(username)).isEqualTo(1);

        HttpResponse<String> mine = employer.get("/employer/certifications/" + caseNo);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains(caseNo, "审核中", "软件测试工程师", "客户服务专员", "居家或远程办公", "人社局审核",
                "工会审核", "申请生育友好岗认定", "2 个，共 6 人");
        assertThat(employer.get("/employer/certifications").body()).contains(caseNo, "审核中");

        // another employer and another district are refused; the district's reviewers read the case
        assertThat(new PageSession(port).login("employer2", "demo").get("/employer/certifications/" + caseNo)
                .statusCode()).isEqualTo(403);
        assertThat(new PageSession(port).login("inspector-xuhui", "demo").get("/certifications/" + caseNo)
                .statusCode()).isEqualTo(403);
        assertThat(new PageSession(port).get("/employer/certifications/" + caseNo).statusCode())
                .as("anonymous → login").isEqualTo(302);
        PageSession inspector = new PageSession(port).login("inspector", "demo");
        HttpResponse<String> staff = inspector.get("/certifications/" + caseNo);
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.body()).contains("单位守法情况", "审核意见", "尚未审核", "软件测试工程师", "区总工会");
        assertThat(inspector.get("/certifications").body()).contains(caseNo);

        // both task pages show the posts and the other side's answer
        String hrbTask = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("hrbReview")
                .singleResult().getId();
        HttpResponse<String> task = inspector.get("/tasks/" + hrbTask);
        assertThat(task.statusCode()).isEqualTo(200);
        assertThat(task.body()).contains("软件测试工程师", "单位守法情况", "区总工会", "尚未审核")
                .doesNotContain("此业务的案件详情请在案件页面查看");
        String unionTask = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("unionReview")
                .singleResult().getId();
        assertThat(new PageSession(port).login("union", "demo").get("/tasks/" + unionTask).body())
                .contains("软件测试工程师", "区人社局");

        // the posts can be changed only on a change request: the page has no form for it now
        assertThat(mine.body()).doesNotContain("id=\"revise-form\"");

        // the notice: objections only during a notice (409 in words)
        PageSession anyone = new PageSession(port);
        String notices = anyone.get("/public/certification-notices").body();
        HttpResponse<String> objected = anyone.postForm("/public/certification-notices/" + caseNo + "/objections",
                PageSession.form("_csrf", PageSession.csrf(notices), "reason", "该单位实际上并未安排弹性工作时间，请核实。"));
        assertThat(objected.statusCode()).isEqualTo(409);
        assertThat(objected.body()).contains("此申请已不在公示期内");
    }

    @Test
    void the_form_names_every_problem_by_its_field_and_stores_nothing() {
        String username = newEmployer(employers, users, "上海友好岗表单测试有限公司");
        PageSession employer = new PageSession(port).login(username, PASSWORD);
        String page = employer.get("/employer/certifications/new").body();
        List<String> f = filled(page, 1, "submit");
        set(f, "posts[0].headcount", "0");
        f.removeAll(List.of("FLEXIBLE_HOURS", "REMOTE_WORK"));
        f.removeAll(List.of("posts[0].measures"));
        set(f, "writtenInContract", "false");
        set(f, "contactPhone", "12345");
        HttpResponse<String> r = employer.postForm("/employer/certifications/new",
                PageSession.form(f.toArray(String[]::new)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("提交未成功", "不能小于 1", "至少选择一项灵活措施", "灵活安排须写入劳动合同",
                "应为 11 位手机号码或带区号的固定电话", "id=\"err-posts[0].headcount\"", "id=\"err-posts[0].measures\"",
                "id=\"err-writtenInContract\"", "id=\"err-contactPhone\"", "岗位 1 · 岗位人数")
                .doesNotContain("must ", "填写有误");
        assertThat(r.body()).contains("value=\"12345\"", "value=\"软件测试工程师\"");
        assertThat(applicationsOf(username)).isZero();

        // "other" without saying what it is; a consultation in the future (the service's check): beside their fields
        List<String> g = filled(employer.get("/employer/certifications/new").body(), 1, "submit");
        g.addAll(List.of("posts[0].measures", "OTHER"));
        HttpResponse<String> other = employer.postForm("/employer/certifications/new",
                PageSession.form(g.toArray(String[]::new)));
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(other.body()).contains("选择“其他措施”时须写明是什么安排", "id=\"err-posts[0].otherMeasure\"");
        List<String> h = filled(employer.get("/employer/certifications/new").body(), 1, "submit");
        set(h, "consultationDate", LocalDate.now().plusDays(30).toString());
        HttpResponse<String> future = employer.postForm("/employer/certifications/new",
                PageSession.form(h.toArray(String[]::new)));
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("不能晚于今天", "id=\"err-consultationDate\"");
        assertThat(applicationsOf(username)).isZero();
    }

    /** The user claims the case's open task with this key and completes it through the worktable API. */
    void complete(String caseNo, String key, String user, String password, java.util.Map<String, Object> values) {
        String id = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(key).singleResult()
                .getId();
        api.as(user, password).post("/api/v1/tasks/" + id + "/claim", null);
        var r = api.as(user, password).post("/api/v1/tasks/" + id + "/complete", java.util.Map.of("values", values));
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
    }

    @Test
    void on_a_change_request_the_employer_edits_its_posts_on_the_page_and_resubmits_on_its_task() {
        String username = newEmployer(employers, users, "上海友好岗修改测试有限公司");
        PageSession employer = new PageSession(port).login(username, PASSWORD);
        String page = employer.get("/employer/certifications/new").body();
        HttpResponse<String> applied = employer.postForm("/employer/certifications/new",
                PageSession.form(filled(page, 2, "submit").toArray(String[]::new)));
        String caseNo = PageSession.location(applied).replaceAll(".*/(FP-[^/]+)/submitted", "$1");
        complete(caseNo, "hrbReview", "inspector", "demo", java.util.Map.of("decision", "REQUEST_CHANGES",
                "comments", "客户服务专员岗位请写明每周可居家办公的天数"));
        complete(caseNo, "unionReview", "union", "demo", java.util.Map.of("decision", "APPROVE"));

        HttpResponse<String> changes = employer.get("/employer/certifications/" + caseNo);
        assertThat(changes.body()).contains("待修改", "客户服务专员岗位请写明每周可居家办公的天数", "id=\"revise-form\"",
                "修改岗位方案", "value=\"客户服务专员\"", "要求修改岗位方案");
        String csrf = PageSession.token(changes.body());

        // 再加一个岗位 and a bad headcount: the form comes back, nothing changed
        List<String> f = new ArrayList<>(List.of("_csrf", csrf, "action", "addPost"));
        f.addAll(filled(page, 2, "x").subList(filled(page, 2, "x").indexOf("posts[0].title"), filled(page, 2, "x").size()));
        HttpResponse<String> more = employer.postForm("/employer/certifications/" + caseNo + "/posts",
                PageSession.form(f.toArray(String[]::new)));
        assertThat(more.statusCode()).isEqualTo(200);
        assertThat(more.body()).contains("name=\"posts[2].title\"");
        set(f, "action", "save");
        set(f, "posts[1].headcount", "0");
        HttpResponse<String> bad = employer.postForm("/employer/certifications/" + caseNo + "/posts",
                PageSession.form(f.toArray(String[]::new)));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("不能小于 1", "id=\"err-posts[1].headcount\"", "岗位 2 · 岗位人数");

        set(f, "posts[1].headcount", "2");
        set(f, "posts[1].workingTime", "每周二、四可居家办公，其余弹性");
        HttpResponse<String> saved = employer.postForm("/employer/certifications/" + caseNo + "/posts",
                PageSession.form(f.toArray(String[]::new)));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(employer.get(PageSession.location(saved)).body()).contains("岗位方案已保存",
                "每周二、四可居家办公，其余弹性", "修改岗位方案");

        // the revise task page: what was asked, a link to the posts; RESUBMIT starts a new round of both reviews
        String revise = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("revise")
                .singleResult().getId();
        assertThat(changes.body()).as("the case page links to the revise task itself, not to the queue")
                .containsPattern("href=\"/tasks/" + revise + "\" id=\"to-revise-task\"");
        HttpResponse<String> task = employer.get("/tasks/" + revise);
        assertThat(task.statusCode()).isEqualTo(200);
        assertThat(task.body()).contains("客户服务专员岗位请写明每周可居家办公的天数", "申请页面修改岗位",
                "每周二、四可居家办公，其余弹性");
        complete(caseNo, "revise", username, PASSWORD, java.util.Map.of("reviseAction", "RESUBMIT",
                "changeNote", "写明了客户服务专员每周居家办公两天"));
        HttpResponse<String> again = employer.get("/employer/certifications/" + caseNo);
        assertThat(again.body()).contains("审核中", "修改后重新提交", "第 2 轮").doesNotContain("id=\"revise-form\"");
        assertThat(new PageSession(port).login("employer2", "demo").postForm("/employer/certifications/" + caseNo
                + "/posts", PageSession.form(f.toArray(String[]::new))).statusCode()).isIn(403);
    }

    @Test
    void anyone_verifies_a_number_and_reads_the_register_and_the_notices() {
        PageSession anyone = new PageSession(port);
        HttpResponse<String> form = anyone.get("/public/certificates");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("核验生育友好岗证书", "证书编号");

        String neverIssued = "FC-2099-999999-" + CertificateNumbers.check("2099999999");
        HttpResponse<String> never = anyone.get("/public/certificates/" + neverIssued);
        assertThat(never.statusCode()).isEqualTo(404);
        assertThat(never.body()).contains("未颁发过此编号的证书", "本市未颁发过此编号的生育友好岗证书")
                .doesNotContain("NEVER_ISSUED");
        char wrong = CertificateNumbers.check("2099999999") == '0' ? '1' : '0';
        HttpResponse<String> forged = anyone.get("/public/certificates/FC-2099-999999-" + wrong);
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(forged.body()).contains("编号不正确，证书可能系伪造", "校验位不符").doesNotContain("FORGED");
        HttpResponse<String> typed = anyone.get("/public/certificates?number=hello");
        assertThat(typed.statusCode()).isEqualTo(404);
        assertThat(typed.body()).contains("这不是证书编号").doesNotContain("MALFORMED");

        HttpResponse<String> register = anyone.get("/public/certified-employers?district=310115&measure=REMOTE_WORK");
        assertThat(register.statusCode()).isEqualTo(200);
        assertThat(register.body()).contains("上海市生育友好岗单位名单", "家单位",
                "<option value=\"310115\" selected=\"selected\">浦东新区</option>",
                "<option value=\"REMOTE_WORK\" selected=\"selected\">居家或远程办公</option>");
        assertThat(anyone.get("/public/certified-employers?district=x&measure=NOPE&page=-3").statusCode())
                .as("unknown filters are ignored").isEqualTo(200);

        HttpResponse<String> notices = anyone.get("/public/certification-notices");
        assertThat(notices.statusCode()).isEqualTo(200);
        assertThat(notices.body()).contains("生育友好岗认定公示");
        HttpResponse<String> tooShort = anyone.postForm("/public/certification-notices/FP-2026-999999/objections",
                PageSession.form("_csrf", PageSession.csrf(notices.body()), "reason", "太短"));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = anyone.postForm("/public/certification-notices/FP-2026-999999/objections",
                PageSession.form("_csrf", PageSession.csrf(notices.body()), "reason", "这家单位的岗位与公示内容不符，请核实。"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("没有这份公示中的申请");
    }

    @Test
    void the_supervisor_reads_the_holder_and_the_finding_on_the_revocation_review_page() {
        CertificationEmployers.Fresh fresh = CertificationEmployers.create(employers, users);
        String number = Certifications.certify(api, api.as(fresh.username(), CertificationEmployers.PASSWORD), tasks,
                runtime, management);
        // a substantiated finding on the holder's record, and the complaint's message
        String complaint = "LC-PAGES-" + System.nanoTime() % 1_000_000;
        jdbc.update("INSERT INTO employer_violation (credit_code, case_no, kind, found_on, summary, created_at) "
                + "VALUES (?, ?, 'LEAVE_VIOLATION_MATERNITY', ?, '产假权益投诉属实', ?)", fresh.creditCode(), complaint,
                java.sql.Date.valueOf(java.time.LocalDate.now(org.ffw.platform.Shanghai.ZONE)),
                new java.sql.Timestamp(System.currentTimeMillis()));
        runtime.createMessageCorrelation("Message_ComplaintSubstantiated")
                .processInstanceVariableEquals("employerCreditCode", fresh.creditCode()).correlateAllWithResult();
        String review = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey("revocationReview").singleResult().getId();
        HttpResponse<String> page = new PageSession(port).login("supervisor", "demo").get("/tasks/" + review);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(number, fresh.name(), complaint, "产假权益投诉属实", "待审查", "撤销证书",
                "警示并保留").doesNotContain(">REVOKE<", ">WARN<", ">VALID<");
        // the holder reads the finding on its certificate page, not the task
        HttpResponse<String> holder = new PageSession(port).login(fresh.username(), CertificationEmployers.PASSWORD)
                .get("/employer/certificates/" + number);
        assertThat(holder.body()).contains(complaint, "待审查");
        assertThat(new PageSession(port).login(fresh.username(), CertificationEmployers.PASSWORD)
                .get("/tasks/" + review).statusCode()).isIn(403, 404);
    }
}
