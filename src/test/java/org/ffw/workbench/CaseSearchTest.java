package org.ffw.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.ffw.platform.Shanghai;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.cases.CaseRegistry.NewCase;
import org.ffw.platform.cases.Procedure;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The staff's case search through its two doors, GET /api/v1/cases and the page /cases: district and role scoping,
 * the filters, paging, and the 4xx for what cannot be asked. Its cases are registry rows of the year 2099, so that
 * other tests' cases never match the case-number filter used here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseSearchTest extends ApiTest {

    static final String PUDONG_EMPLOYER = "91310115MA1H8R7C41";
    static final String XUHUI_EMPLOYER = "91310104MA1K3P5Q2X";

    @Autowired
    CaseRegistry registry;
    @Autowired
    TransactionTemplate tx;

    @BeforeAll
    void cases() throws InterruptedException {
        open("LC-2099-900001", Procedure.LEAVE_COMPLAINT, "310115", PUDONG_EMPLOYER);
        Thread.sleep(5);
        open("LC-2099-900002", Procedure.LEAVE_COMPLAINT, "310115", PUDONG_EMPLOYER);
        Thread.sleep(5);
        open("LC-2099-900003", Procedure.LEAVE_COMPLAINT, "310115", XUHUI_EMPLOYER);
        open("ES-2099-900001", Procedure.EMPLOYER_SUBSIDY, "310115", PUDONG_EMPLOYER);
        open("LC-2099-900004", Procedure.LEAVE_COMPLAINT, "310104", XUHUI_EMPLOYER);
    }

    private void open(String caseNo, Procedure p, String district, String employer) {
        tx.executeWithoutResult(s -> registry.open(new NewCase(caseNo, p, district, employer, null, "SUBMITTED",
                "检索测试 " + caseNo, false, null)));
    }

    private static List<String> numbers(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().path("items").findValuesAsText("caseNo");
    }

    @Test
    void an_inspector_finds_the_complaints_of_the_district_newest_first_and_nothing_else() {
        Api.Response r = api.as("inspector").get("/api/v1/cases?caseNo=LC-2099-9");
        // not the subsidy (an inspector does not work subsidies), not Xuhui's complaint
        assertThat(numbers(r)).containsExactly("LC-2099-900003", "LC-2099-900002", "LC-2099-900001");
        JsonNode first = r.json().path("items").get(0);
        assertThat(first.path("page").asText()).isEqualTo("/complaints/LC-2099-900003");
        assertThat(first.path("employerName").asText()).isEqualTo("上海样本餐饮有限公司");
        assertThat(first.path("openedOn").asText()).isEqualTo(LocalDate.now(Shanghai.ZONE).toString());
        assertThat(r.json().path("total").asLong()).isEqualTo(3);
    }

    @Test
    void another_districts_staff_do_not_see_the_case_even_by_its_number() {
        assertThat(numbers(api.as("inspector-xuhui").get("/api/v1/cases?caseNo=LC-2099-900001"))).isEmpty();
        assertThat(numbers(api.as("inspector-xuhui").get("/api/v1/cases?caseNo=LC-2099-9")))
                .containsExactly("LC-2099-900004");
    }

    @Test
    void a_subsidy_officer_sees_the_subsidies_and_an_administrator_every_case() {
        assertThat(numbers(api.as("officer").get("/api/v1/cases?caseNo=2099"))).isEmpty(); // a prefix, not a part
        assertThat(numbers(api.as("officer").get("/api/v1/cases?caseNo=ES-2099-9")))
                .containsExactly("ES-2099-900001");
        assertThat(numbers(api.as("officer").get("/api/v1/cases?caseNo=LC-2099-9"))).isEmpty();
        assertThat(numbers(api.as("admin").get("/api/v1/cases?caseNo=LC-2099-9"))).hasSize(4);
    }

    @Test
    void by_employer_name_or_credit_code_procedure_and_state() {
        String name = URLEncoder.encode("示例科技", StandardCharsets.UTF_8);
        assertThat(numbers(api.as("supervisor").get("/api/v1/cases?caseNo=2099&employer=" + name))).isEmpty();
        assertThat(numbers(api.as("supervisor").get("/api/v1/cases?employer=" + name + "&caseNo=LC-2099-9")))
                .containsExactly("LC-2099-900002", "LC-2099-900001");
        assertThat(numbers(api.as("supervisor").get("/api/v1/cases?employer=" + PUDONG_EMPLOYER
                + "&procedure=EMPLOYER_SUBSIDY&caseNo=ES-2099"))).containsExactly("ES-2099-900001");
        assertThat(numbers(api.as("supervisor").get("/api/v1/cases?caseNo=LC-2099-9&procedure=LEAVE_COMPLAINT"
                + "&status=SUBMITTED&closed=false"))).hasSize(3);
        assertThat(numbers(api.as("supervisor").get("/api/v1/cases?caseNo=LC-2099-9&closed=true"))).isEmpty();
        String yesterday = LocalDate.now(Shanghai.ZONE).minusDays(1).toString();
        assertThat(numbers(api.as("supervisor").get("/api/v1/cases?caseNo=LC-2099-9&openedTo=" + yesterday)))
                .isEmpty();
        assertThat(numbers(api.as("supervisor").get("/api/v1/cases?caseNo=LC-2099-9&openedFrom=" + yesterday)))
                .hasSize(3);
    }

    @Test
    void pages_of_the_answer() {
        Api.Response first = api.as("inspector").get("/api/v1/cases?caseNo=LC-2099-9&size=2");
        assertThat(numbers(first)).containsExactly("LC-2099-900003", "LC-2099-900002");
        assertThat(first.json().path("pages").asLong()).isEqualTo(2);
        assertThat(numbers(api.as("inspector").get("/api/v1/cases?caseNo=LC-2099-9&size=2&page=1")))
                .containsExactly("LC-2099-900001");
    }

    @Test
    void what_cannot_be_asked_is_a_4xx() {
        assertProblem(api.as("inspector").get("/api/v1/cases?size=201"), 400, "size");
        assertProblem(api.as("inspector").get("/api/v1/cases?openedFrom=2026-13-01"), 400, "openedFrom");
        assertProblem(api.as("inspector").get("/api/v1/cases?procedure=NOPE"), 400, "procedure");
        assertProblem(api.as("inspector").get("/api/v1/cases?openedFrom=2026-12-02&openedTo=2026-12-01"), 400,
                "openedTo");
        assertProblem(api.as("inspector").get("/api/v1/cases?employer=%E7%A4%BA"), 400, "employer");
        assertProblem(api.as("inspector").get("/api/v1/cases?status=SUBMITTED"), 400, "status");
        assertProblem(api.as("inspector").get("/api/v1/cases?procedure=EMPLOYER_SUBSIDY"), 403);
        assertThat(api.as("employee").get("/api/v1/cases").status()).isEqualTo(403);
        assertThat(api.anonymous().get("/api/v1/cases").status()).isEqualTo(401);
    }

    @Test
    void the_page_lists_the_cases_in_words_and_a_wrong_date_beside_its_field() {
        PageSession page = new PageSession(port).login("inspector", "demo");
        var found = page.get("/cases?caseNo=LC-2099-9&employer=" + URLEncoder.encode("样本", StandardCharsets.UTF_8));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("LC-2099-900003", "上海样本餐饮有限公司", "休假权益投诉", "共找到 1 件",
                "href=\"/complaints/LC-2099-900003\"").doesNotContain("LC-2099-900001", "SUBMITTED");
        var wrong = page.get("/cases?openedFrom=2026-02-30");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("日期格式不正确", "err-openedFrom", "value=\"2026-02-30\"")
                .doesNotContain("id=\"search-total\"");
        assertThat(page.get("/").body()).contains("id=\"nav-case-search\"");
    }
}
