package org.ffw.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ffw.employer.EmployerService;
import org.ffw.identity.UserService;
import org.ffw.support.ApiTest;
import org.ffw.support.EnglishPages;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The certification pages for a reader whose browser asks for English: the employer's list, application and
 * certificate, the printed certificate, the staff's case page and the public verification, list and notices —
 * English words (fertility-friendly post, public notice, district HRSS bureau) and no Chinese besides what the
 * employer entered.
 */
class CertificationPagesEnglishTest extends ApiTest {

    @Autowired
    TaskService tasks;
    @Autowired
    EmployerService employers;
    @Autowired
    UserService users;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    static final String[] POSTS = {"软件测试工程师", "质量部", "核心时间10:00-16:00，其余弹性", "抚育12周岁以下子女的职工",
            "职工代表大会审议通过了生育友好岗方案。", "职工代表大会", "张敏", "岗位设置与申报一致，职工知晓弹性安排。"};

    static String[] data(String name) {
        String[] d = new String[POSTS.length + 1];
        d[0] = name;
        System.arraycopy(POSTS, 0, d, 1, POSTS.length);
        return d;
    }

    /** The public lists' entries: every certified employer of the suite, with the posts it entered. */
    static String withoutList(String html) {
        return html.replaceAll("(?s)<ol class=\"register\" id=\"(register|notices)\">.*</ol>", "");
    }

    @Test
    void the_employer_the_staff_and_the_public_read_the_certification_pages_in_english() {
        CertificationEmployers.Fresh fresh = CertificationEmployers.create(employers, users);
        String[] data = data(fresh.name());
        String number = Certifications.certify(api, api.as(fresh.username(), CertificationEmployers.PASSWORD), tasks,
                runtime, management);
        EnglishPages employer = new EnglishPages(port).login(fresh.username(), CertificationEmployers.PASSWORD);

        HttpResponse<String> list = employer.get("/employer/certifications");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Our fertility-friendly post certification", "Certified", number,
                "Apply for fertility-friendly post certification", "valid until");
        assertThat(EnglishPages.chinese(list.body(), data)).as("the list in English").isEmpty();

        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/employer/certifications/(FP-[0-9-]+)")
                .matcher(list.body());
        assertThat(link.find()).as("the application on the list").isTrue();
        String caseNo = link.group(1);
        HttpResponse<String> application = employer.get("/employer/certifications/" + caseNo);
        assertThat(application.statusCode()).as(caseNo).isEqualTo(200);
        assertThat(application.body()).contains("Fertility-friendly post certification", "Certificate issued:",
                "Pudong", "Flexible start and finish times", "Working from home or remotely",
                "Written agreement and consultation", "Public notice");
        assertThat(EnglishPages.chinese(application.body(), data)).as("the application in English")
                .isEmpty();

        HttpResponse<String> certificate = employer.get("/employer/certificates/" + number);
        assertThat(certificate.body()).contains("Fertility-friendly post certificate", "Valid", "days left",
                "Mention it in your job postings", "[Fertility-friendly post]", "Surrender the certificate");
        assertThat(EnglishPages.chinese(certificate.body(), data)).as("the certificate in English")
                .isEmpty();
        HttpResponse<String> print = employer.get("/employer/certificates/" + number + "/print");
        assertThat(print.body()).contains("Fertility-friendly Post Certificate",
                "Shanghai Municipal Human Resources and Social Security Bureau", "certified as fertility-friendly posts");
        assertThat(EnglishPages.chinese(print.body(), data)).as("the printed certificate in English").isEmpty();

        HttpResponse<String> newForm = employer.get("/employer/certifications/new");
        assertThat(newForm.statusCode()).isEqualTo(200);
        assertThat(newForm.body()).contains("Post title", "Flexible measures", "Choose at least one",
                "+ Add another post", "Consultation of employees",
                "Outside the core hours, employees choose when to start and finish work");
        assertThat(EnglishPages.chinese(newForm.body(), data)).as("the form in English").isEmpty();

        HttpResponse<String> staff = new EnglishPages(port).login("inspector", "demo").get("/certifications/" + caseNo);
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.body()).contains("District HRSS bureau", "District trade union", "Approved", "Site visit",
                "Matches the application", "No objections received", "First application");
        assertThat(EnglishPages.chinese(staff.body(), data)).as("the staff's case page in English")
                .isEmpty();

        EnglishPages anyone = new EnglishPages(port);
        HttpResponse<String> verified = anyone.get("/public/certificates?number=" + number);
        assertThat(verified.body()).contains("Verify a fertility-friendly post certificate", "Certificate: Valid",
                "The certificate is valid until", "Flexible start and finish times");
        assertThat(EnglishPages.chinese(verified.body(), data)).as("the verification in English").isEmpty();
        assertThat(anyone.get("/public/certificates?number=FC-2026-000001-0").body())
                .contains("The check character does not match");
        HttpResponse<String> register = anyone.get("/public/certified-employers?district=310115");
        assertThat(register.body()).contains("Shanghai employers with fertility-friendly posts", "Whole city",
                "Pudong");
        assertThat(EnglishPages.chinese(withoutList(register.body()), data)).as("the city list in English").isEmpty();
        HttpResponse<String> notices = anyone.get("/public/certification-notices");
        assertThat(notices.body()).contains("Public notices of certification");
        assertThat(EnglishPages.chinese(withoutList(notices.body()), data)).as("the notices in English").isEmpty();

        // without Accept-Language: Chinese, the default
        assertThat(new PageSession(port).get("/public/certificates?number=" + number).body())
                .contains("证书有效", "弹性上下班").doesNotContain("Flexible start");
    }
}
