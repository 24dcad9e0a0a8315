package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.ffw.certification.CertificationEmployers;
import org.ffw.employer.EmployerService;
import org.ffw.identity.UserService;
import org.ffw.identity.UserService.NewAccount;
import org.ffw.platform.security.Role;
import org.ffw.registration.Registrations;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A notice is worded in its recipient's language, whatever the language of the request that causes it: an account
 * that switched to English with {@code ?lang=en} while signed in reads its notices in English, one that did not in
 * Chinese — the complainant's and, for the same case, the employer's accounts each in their own.
 */
class NoticeLanguagesTest extends ApiTest {

    static final String PASSWORD = "Notice-lang-1";
    /** dd Mon yyyy, as the English pages write a date. */
    static final String ENGLISH_DATE = ".*\\b\\d{1,2} [A-Z][a-z]{2} \\d{4}\\b.*";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserService users;
    @Autowired
    EmployerService employers;
    @Autowired
    TaskService tasks;
    @Autowired
    WorkCalendarService calendars;

    @BeforeEach
    void calendar() {
        TestCalendars.ensureLoaded(calendars, 2027);
    }

    record Person(String username, String name, String residentId, String phone) {
    }

    Person employee(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Person p = new Person(username, "测试" + prefix, Registrations.residentId(), Registrations.phone());
        users.create(new NewAccount(username, PASSWORD, p.name(), Set.of(Role.EMPLOYEE), null, null, p.name(),
                p.residentId(), p.phone()), false);
        return p;
    }

    String lodge(Person who, CertificationEmployers.Fresh employer, String acceptLanguage) {
        Map<String, Object> body = ComplaintApiTest.complaint();
        body.put("employerCreditCode", employer.creditCode());
        body.put("employerName", employer.name());
        body.put("phone", who.phone());
        body.put("facts", "公司只批准98天产假，拒绝60天生育假。");
        Api as = api.as(who.username(), PASSWORD).header("Idempotency-Key", UUID.randomUUID().toString());
        var r = (acceptLanguage == null ? as : as.header("Accept-Language", acceptLanguage))
                .post("/api/v1/complaints", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("caseNo").asText();
    }

    Map<String, Object> notice(String caseNo, String recipient, String template) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT subject, body FROM notification_outbox"
                + " WHERE case_no = ? AND recipient = ? AND template = ?", caseNo, recipient, template);
        assertThat(rows).as(template + " to " + recipient).hasSize(1);
        return rows.get(0);
    }

    @Test
    void each_account_reads_its_notices_in_the_language_it_chose() {
        CertificationEmployers.Fresh employer = CertificationEmployers.create(employers, users);
        String chineseEmployer = employer.username() + "-zh";
        users.create(new NewAccount(chineseEmployer, PASSWORD, employer.name(), Set.of(Role.EMPLOYER), null,
                employer.creditCode(), null, null, null), false);
        Person english = employee("notice-en");
        Person chinese = employee("notice-zh");

        // switching to English while signed in is the account's language from then on; a new account is Chinese
        assertThat(api.as(chinese.username(), PASSWORD).get("/api/v1/me").json().path("language").asText())
                .isEqualTo("zh");
        var switched = api.as(english.username(), PASSWORD).get("/api/v1/me?lang=en");
        assertThat(switched.status()).as(switched.toString()).isEqualTo(200);
        assertThat(switched.json().path("language").asText()).isEqualTo("en");
        assertThat(api.as(english.username(), PASSWORD).header("Accept-Language", "zh-CN").get("/api/v1/me").json()
                .path("language").asText()).as("a request's language alone changes nothing").isEqualTo("en");
        assertThat(api.as(employer.username(), CertificationEmployers.PASSWORD).get("/api/v1/me?lang=en").status())
                .isEqualTo(200);

        // the English account lodges from a Chinese request, the Chinese one from an English one (an API client
        // that states no language): each notice follows its recipient, not the request
        String enCase = lodge(english, employer, "zh-CN");
        String zhCase = lodge(chinese, employer, null);

        Map<String, Object> en = notice(enCase, english.username(), "COMPLAINT_LODGED");
        assertThat(en.get("subject")).isEqualTo("Complaint submitted");
        assertThat((String) en.get("body")).startsWith("Your complaint " + enCase + " has been submitted.")
                .contains("Query code: ").matches(ENGLISH_DATE);
        Map<String, Object> zh = notice(zhCase, chinese.username(), "COMPLAINT_LODGED");
        assertThat(zh.get("subject")).isEqualTo("投诉已提交");
        assertThat((String) zh.get("body")).startsWith("您的投诉 " + zhCase + " 已提交，将在 20")
                .contains("查询码：").doesNotContain("Your", "Query");

        // accepted (in the inspector's request): the complainant in English; the employer's two accounts each in
        // their own language, and neither learns who complained
        String triage = Complaints.taskId(tasks, enCase, "triage");
        Api inspector = api.as("inspector");
        assertThat(inspector.post("/api/v1/tasks/" + triage + "/claim", null).status()).isEqualTo(204);
        var done = inspector.post("/api/v1/tasks/" + triage + "/complete", Map.of("values", Map.of(
                "triageDecision", "ACCEPT", "allegation", "职工反映：单位仅批准98天产假，未依法给予60天生育假。")));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);

        Map<String, Object> accepted = notice(enCase, english.username(), "COMPLAINT_ACCEPTED");
        assertThat(accepted.get("subject")).isEqualTo("Complaint accepted");
        assertThat((String) accepted.get("body")).startsWith("Your complaint " + enCase + " was accepted for"
                + " investigation on ").matches(ENGLISH_DATE).doesNotContainPattern("\\p{IsHan}");
        Map<String, Object> toEnglishEmployer = notice(enCase, employer.username(), "COMPLAINT_INVESTIGATION");
        assertThat(toEnglishEmployer.get("subject")).isEqualTo("Labour inspection: investigation opened");
        assertThat((String) toEnglishEmployer.get("body")).contains("(case " + enCase + ")");
        Map<String, Object> toChineseEmployer = notice(enCase, chineseEmployer, "COMPLAINT_INVESTIGATION");
        assertThat(toChineseEmployer.get("subject")).isEqualTo("劳动保障监察立案通知");
        assertThat((String) toChineseEmployer.get("body")).isEqualTo("劳动保障监察机构已就休假权益问题立案调查（案件 "
                + enCase + "）。请在 10 个工作日内登录平台陈述申辩。");
        for (Map<String, Object> n : List.of(toEnglishEmployer, toChineseEmployer)) {
            assertThat(n.get("subject") + " " + n.get("body")).doesNotContain(english.name(), english.residentId(),
                    english.phone(), english.username());
        }
    }

    /** A registration: the account reads notices in the language it registered in; the code, in the page's. */
    @Test
    void a_new_account_reads_its_notices_in_the_language_it_registered_in() {
        for (String language : List.of("en", "zh")) {
            String phone = Registrations.phone();
            Api page = api.anonymous().header("Accept-Language", language.equals("en") ? "en-GB,en" : "zh-CN,zh");
            var sent = page.post("/api/v1/public/accounts/phone-codes", Map.of("phone", phone, "purpose", "REGISTER"));
            assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
            String sms = jdbc.queryForObject("SELECT body FROM notification_outbox WHERE recipient = ?"
                    + " AND template = 'phone-code' ORDER BY id DESC LIMIT 1", String.class, phone);
            assertThat(sms).startsWith(language.equals("en") ? "[FFW] Your registration code is " : "【生育友好职场】");
            var registered = page.post("/api/v1/public/accounts/employees", Map.of("realName", "韩梅梅",
                    "residentId", Registrations.residentId(), "phone", phone,
                    "code", Registrations.codeSentTo(jdbc, phone), "password", PASSWORD));
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            assertThat(jdbc.queryForObject("SELECT language FROM app_user WHERE username = ?", String.class, phone))
                    .isEqualTo(language);
        }
    }
}
