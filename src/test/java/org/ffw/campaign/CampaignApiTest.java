package org.ffw.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ffw.employer.EmployerService;
import org.ffw.employer.EmployerService.NewEmployer;
import org.ffw.employer.Sector;
import org.ffw.employer.SizeBand;
import org.ffw.identity.UserService;
import org.ffw.identity.UserService.NewAccount;
import org.ffw.inspection.InspectionCases;
import org.ffw.inspection.InspectionCases.InspectionClosed;
import org.ffw.platform.security.Role;
import org.ffw.rules.CreditCodes;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The campaign API per role. Pudong (310115) has the demo data (≥ 31 employers, inspectors "inspector" and
 * "inspector2"); Jing'an (310106) gets three inspectors, a supervisor and three employers of its own here, so that a
 * recusal can be replaced and a small campaign closed without touching the demo district.
 */
class CampaignApiTest extends ApiTest {

    static final String JINGAN = "310106";
    static final String STAFF_PASSWORD = "campaign staff password 1";
    static final List<String> JINGAN_INSPECTORS = List.of("camp-insp-a", "camp-insp-b", "camp-insp-c");

    @Autowired
    UserService users;
    @Autowired
    EmployerService employers;
    @Autowired
    InspectionCases inspections;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void jingan() {
        for (String u : JINGAN_INSPECTORS) {
            account(u, Role.INSPECTOR);
        }
        account("camp-sup", Role.SUPERVISOR);
        for (int i = 1; i <= 3; i++) {
            String first17 = "91310106MA1CMP00" + i;
            String code = first17 + CreditCodes.checkCharacter(first17);
            if (!employers.exists(code)) {
                employers.register(new NewEmployer(code, "上海静安抽查测试" + i + "有限公司", JINGAN, null, null,
                        Sector.Q, SizeBand.FROM_20_TO_99));
            }
        }
    }

    private void account(String username, Role role) {
        if (!users.exists(username)) {
            users.create(new NewAccount(username, STAFF_PASSWORD, "测试 " + username, Set.of(role), JINGAN, null,
                    null, null, null), false);
        }
    }

    static Map<String, Object> body(String title, List<String> districts, int sample, Object riskShare) {
        Map<String, Object> b = new HashMap<>();
        b.put("title", title);
        b.put("leaveTypes", List.of("MATERNITY", "BIRTH"));
        b.put("districts", districts);
        b.put("sectors", null);
        b.put("sizeBands", null);
        b.put("periodFrom", "2026-01-01");
        b.put("periodTo", "2026-09-30");
        b.put("sampleSize", sample);
        b.put("riskShare", riskShare);
        return b;
    }

    static String title() {
        return "2027年第一季度生育假落实专项检查 " + UUID.randomUUID().toString().substring(0, 8);
    }

    int stored(String title) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM campaign WHERE title = ?", Integer.class, title);
    }

    int all() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM campaign", Integer.class);
    }

    @Test
    void a_supervisor_draws_in_pudong_with_cases_pairs_and_a_verifiable_seed() {
        String title = title();
        var r = api.as("supervisor").post("/api/v1/campaigns", body(title, List.of("310115"), 20, 0.5));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode c = r.json();
        long id = c.path("id").asLong();
        assertThat(r.header("Location")).isEqualTo("/api/v1/campaigns/" + id);
        assertThat(c.path("status").asText()).isEqualTo("DRAWN");
        assertThat(c.path("statusLabel").asText()).isNotBlank();
        assertThat(c.path("draw").path("seed").isNumber()).isTrue();
        assertThat(c.path("draw").path("method").asText()).isEqualTo(Draw.METHOD);
        assertThat(c.path("draw").path("populationSize").asInt()).isGreaterThanOrEqualTo(31)
                .isEqualTo(c.path("population").size());
        assertThat(c.path("draw").path("riskTarget").asInt()).isEqualTo(10);
        assertThat(c.path("picks")).hasSize(20);
        List<String> cases = new ArrayList<>();
        java.util.Map<String, Integer> load = new java.util.HashMap<>();
        for (JsonNode p : c.path("picks")) {
            assertThat(p.path("caseNo").asText()).startsWith("LI");
            assertThat(p.path("employerName").asText()).isNotBlank();
            assertThat(CreditCodes.isValid(p.path("creditCode").asText())).isTrue();
            assertThat(p.path("why").get(0).path("label").asText()).isNotBlank();
            assertThat(p.path("inspectors").findValuesAsText("")).isEmpty();
            List<String> pair = new ArrayList<>();
            p.path("inspectors").forEach(u -> pair.add(u.asText()));
            assertThat(pair).hasSize(2).doesNotHaveDuplicates().isSubsetOf("inspector", "inspector2", "inspector3");
            pair.forEach(u -> load.merge(u, 1, Integer::sum));
            cases.add(p.path("caseNo").asText());
        }
        // the pairs spread the work: each of Pudong's three inspectors goes on 13 or 14 of the 20 cases
        assertThat(load.values()).allSatisfy(n -> assertThat(n).isBetween(13, 14));
        assertThat(cases).doesNotHaveDuplicates();
        // the cases are the inspection procedure's, read through its port
        assertThat(inspections.ofCampaign(id)).extracting(InspectionCases.InspectionSummary::caseNo)
                .containsExactlyInAnyOrderElementsOf(cases);
        int inPairs = 0;
        for (JsonNode pair : c.path("pairs")) {
            inPairs += pair.path("cases").asInt();
        }
        assertThat(inPairs).isEqualTo(20);
        assertThat(c.path("pairs").size()).isBetween(1, 3);
        assertThat(c.path("leaveTypes").findValuesAsText("label")).containsExactly("产假", "生育假");

        var verification = api.as("inspector2").get("/api/v1/campaigns/" + id + "/draw/verification");
        assertThat(verification.status()).as(verification.toString()).isEqualTo(200);
        assertThat(verification.json().path("matches").asBoolean()).as(verification.text()).isTrue();

        // inspectors of the district read it; another district's do not
        assertThat(api.as("inspector").get("/api/v1/campaigns/" + id).status()).isEqualTo(200);
        assertProblem(api.as("inspector-xuhui").get("/api/v1/campaigns/" + id), 403);
        assertThat(api.as("inspector").get("/api/v1/campaigns").json().findValuesAsText("title")).contains(title);
        assertThat(api.as("admin").get("/api/v1/campaigns?size=200").json().findValuesAsText("title")).contains(title);
        assertThat(api.as("inspector-xuhui").get("/api/v1/campaigns").json().findValuesAsText("title"))
                .doesNotContain(title);

        // published at creation: no redraw
        assertProblem(api.as("supervisor").post("/api/v1/campaigns/" + id + "/draw", Map.of()), 409);
        // Pudong has three inspectors: the first recusal on a case takes the third, the second has no one left
        String caseNo = cases.get(0);
        List<String> onCase = inspections.ofCampaign(id).stream().filter(s -> s.caseNo().equals(caseNo)).findFirst()
                .orElseThrow().inspectors();
        var first = api.as(onCase.get(0)).post("/api/v1/campaigns/" + id + "/cases/" + caseNo + "/recusal",
                Map.of("inspector", onCase.get(0), "reason", "与该单位负责人系亲属关系"));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertProblem(api.as(onCase.get(1)).post("/api/v1/campaigns/" + id + "/cases/" + caseNo + "/recusal",
                Map.of("inspector", onCase.get(1), "reason", "曾在该单位任职")), 409);
        // and it is not closed: the public sees nothing
        assertProblem(api.anonymous().get("/api/v1/public/campaigns/" + id), 404);
    }

    @Test
    void a_supervisor_draws_only_in_their_own_district() {
        String title = title();
        assertProblem(api.as("supervisor").post("/api/v1/campaigns", body(title, List.of("310104"), 5, 0)), 403);
        assertProblem(api.as("supervisor").post("/api/v1/campaigns", body(title, List.of("310115", "310104"), 5, 0)),
                403);
        assertThat(stored(title)).isZero();
    }

    @Test
    void only_supervisors_and_admins_create_and_only_hrb_staff_read() {
        String title = title();
        var b = body(title, List.of("310115"), 5, 0);
        assertProblem(api.as("inspector").post("/api/v1/campaigns", b), 403);
        assertProblem(api.as("employer").post("/api/v1/campaigns", b), 403);
        assertProblem(api.as("employee").post("/api/v1/campaigns", b), 403);
        assertProblem(api.as("union").post("/api/v1/campaigns", b), 403);
        assertProblem(api.anonymous().post("/api/v1/campaigns", b), 401);
        assertProblem(api.as("employer").get("/api/v1/campaigns"), 403);
        assertProblem(api.as("employee").get("/api/v1/campaigns"), 403);
        assertProblem(api.as("union").get("/api/v1/campaigns"), 403);
        assertProblem(api.anonymous().get("/api/v1/campaigns"), 401);
        assertProblem(api.as("employer").post("/api/v1/campaigns/preview", b), 403);
        assertThat(stored(title)).isZero();
        var created = api.as("admin").post("/api/v1/campaigns", body(title, List.of(JINGAN), 1, 0));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertProblem(api.as("employer").get("/api/v1/campaigns/" + id), 403);
        assertProblem(api.anonymous().get("/api/v1/campaigns/" + id), 401);
        assertProblem(api.as("supervisor").get("/api/v1/campaigns/" + id), 403);
        assertThat(api.as("camp-sup", STAFF_PASSWORD).get("/api/v1/campaigns/" + id).status()).isEqualTo(200);
    }

    @Test
    void every_bad_input_is_400_naming_the_field_and_stores_nothing() {
        int before = all();
        String t = title();
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        List<Map<String, Object>> bodies = new ArrayList<>();
        var b = body(" ", List.of("310115"), 5, 0);
        bodies.add(b);
        cases.put("0", "title");
        b = body(t, List.of("310115"), 5, 0);
        b.put("leaveTypes", List.of("MATERNITY", "HOLIDAY"));
        bodies.add(b);
        cases.put("1", "leaveTypes[1]");
        bodies.add(body(t, List.of("999999"), 5, 0));
        cases.put("2", "districts[0]");
        b = body(t, List.of("310115"), 5, 0);
        b.put("sectors", List.of("Z"));
        bodies.add(b);
        cases.put("3", "sectors[0]");
        b = body(t, List.of("310115"), 5, 0);
        b.put("sizeBands", List.of("HUGE"));
        bodies.add(b);
        cases.put("4", "sizeBands[0]");
        b = body(t, List.of("310115"), 5, 0);
        b.put("periodFrom", "2026-10-01");
        bodies.add(b);
        cases.put("5", "periodFrom");
        bodies.add(body(t, List.of("310115"), 0, 0));
        cases.put("6", "sampleSize");
        bodies.add(body(t, List.of("310115"), 501, 0));
        cases.put("7", "sampleSize");
        bodies.add(body(t, List.of("310115"), 5, 1.5));
        cases.put("8", "riskShare");
        bodies.add(body(t, List.of("310115"), 5, -0.1));
        cases.put("9", "riskShare");
        for (int i = 0; i < bodies.size(); i++) {
            String field = cases.get(String.valueOf(i));
            assertProblem(api.as("supervisor").post("/api/v1/campaigns", bodies.get(i)), 400, field);
            assertProblem(api.as("supervisor").post("/api/v1/campaigns/preview", bodies.get(i)), 400, field);
        }
        assertThat(all()).isEqualTo(before);
    }

    @Test
    void a_substantiated_violation_weighs_an_employer_in_the_preview() {
        String first17 = "91310106MA1CMP002";
        String code = first17 + CreditCodes.checkCharacter(first17);
        employers.recordViolation(code, "LC-CAMPAIGN-TEST", "MATERNITY", java.time.LocalDate.now().minusMonths(3),
                "产假不足");
        var b = body(title(), List.of(JINGAN), 2, 1);
        b.put("sectors", List.of("Q"));
        var p = api.as("camp-sup", STAFF_PASSWORD).post("/api/v1/campaigns/preview", b);
        assertThat(p.status()).as(p.toString()).isEqualTo(200);
        JsonNode weighted = null;
        for (JsonNode c : p.json().path("candidates")) {
            if (c.path("creditCode").asText().equals(code)) {
                weighted = c;
            }
        }
        assertThat(weighted).isNotNull();
        assertThat(weighted.path("weight").asDouble()).isGreaterThanOrEqualTo(2.0);
        assertThat(weighted.path("signals").findValuesAsText("code")).contains("SUBSTANTIATED_COMPLAINT");
        // the risk part draws it whatever the seed: it is the only weighted employer
        var created = api.as("camp-sup", STAFF_PASSWORD).post("/api/v1/campaigns", b);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("picks").get(0).path("creditCode").asText()).isEqualTo(code);
        assertThat(created.json().path("picks").get(0).path("part").asText()).isEqualTo("RISK");
    }

    @Test
    void a_replayed_key_returns_the_same_campaign() {
        String title = title();
        String key = UUID.randomUUID().toString();
        var first = api.as("supervisor").header("Idempotency-Key", key)
                .post("/api/v1/campaigns", body(title, List.of("310115"), 3, 0.5));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        var retry = api.as("supervisor").header("Idempotency-Key", key)
                .post("/api/v1/campaigns", body(title, List.of("310115"), 3, 0.5));
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().path("id").asLong()).isEqualTo(first.json().path("id").asLong());
        assertThat(stored(title)).isEqualTo(1);
    }

    @Test
    void the_preview_shows_the_population_and_stores_nothing() {
        int before = all();
        var b = body(title(), List.of("310115"), 20, 0.5);
        var r = api.as("supervisor").post("/api/v1/campaigns/preview", b);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode p = r.json();
        assertThat(p.path("populationSize").asInt()).isGreaterThanOrEqualTo(31).isEqualTo(p.path("candidates").size());
        assertThat(p.path("riskTarget").asInt()).isEqualTo(10);
        int split = 0;
        for (JsonNode n : p.path("expectedSplit")) {
            split += n.asInt();
        }
        assertThat(split).isEqualTo(20);
        assertThat(p.path("candidates").get(0).has("weight")).isTrue();
        b.put("sectors", List.of("C"));
        var manufacturing = api.as("supervisor").post("/api/v1/campaigns/preview", b).json();
        assertThat(manufacturing.path("populationSize").asInt()).isBetween(4, p.path("populationSize").asInt() - 1);
        assertThat(all()).isEqualTo(before);
    }

    @Test
    void a_recusal_is_replaced_by_a_draw_then_refused_when_no_one_is_left_and_the_public_sees_the_closed_result() {
        var created = api.as("camp-sup", STAFF_PASSWORD).post("/api/v1/campaigns",
                body(title(), List.of(JINGAN), 1, 0));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        JsonNode pick = created.json().path("picks").get(0);
        String caseNo = pick.path("caseNo").asText();
        List<String> pair = new ArrayList<>();
        pick.path("inspectors").forEach(u -> pair.add(u.asText()));
        assertThat(pair).hasSize(2);
        String recused = pair.get(0);
        String third = JINGAN_INSPECTORS.stream().filter(u -> !pair.contains(u)).findFirst().orElseThrow();
        String url = "/api/v1/campaigns/" + id + "/cases/" + caseNo + "/recusal";

        // another inspector may not declare it for them; the inspector themself may
        assertProblem(api.as(pair.get(1), STAFF_PASSWORD).post(url,
                Map.of("inspector", recused, "reason", "曾在该单位任职")), 403);
        assertProblem(api.as(recused, STAFF_PASSWORD).post(url, Map.of("inspector", recused, "reason", " ")), 400,
                "reason");
        var r = api.as(recused, STAFF_PASSWORD).post(url, Map.of("inspector", recused, "reason", "曾在该单位任职"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("replacement").asText()).isEqualTo(third);
        // deterministic: the published rule gives the same replacement
        long seed = created.json().path("draw").path("seed").asLong();
        assertThat(Draw.replacement(seed, caseNo, 1, List.of(third))).contains(third);
        var detail = api.as("camp-sup", STAFF_PASSWORD).get("/api/v1/campaigns/" + id).json();
        List<String> now = new ArrayList<>();
        detail.path("picks").get(0).path("inspectors").forEach(u -> now.add(u.asText()));
        assertThat(now).containsExactlyInAnyOrder(pair.get(1), third);
        assertThat(detail.path("picks").get(0).path("recusals").get(0).path("inspector").asText()).isEqualTo(recused);
        assertThat(inspections.ofCampaign(id).get(0).inspectors()).containsExactlyInAnyOrder(pair.get(1), third);

        // the supervisor declares one for the replacement: everyone of the district has been on the case
        assertProblem(api.as("camp-sup", STAFF_PASSWORD).post(url, Map.of("inspector", third, "reason", "亲属")), 409);
        // Pudong's supervisor does not see Jing'an's campaign
        assertProblem(api.as("supervisor").post(url, Map.of("inspector", third, "reason", "亲属")), 404);

        // closed: the case closes, then the campaign, then the public record
        assertProblem(api.anonymous().get("/api/v1/public/campaigns/" + id), 404);
        tx.executeWithoutResult(s -> events.publishEvent(new InspectionClosed(id, caseNo)));
        var closed = api.as("camp-sup", STAFF_PASSWORD).get("/api/v1/campaigns/" + id).json();
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("closedAt").asText()).isNotBlank();
        var pub = api.anonymous().get("/api/v1/public/campaigns/" + id);
        assertThat(pub.status()).as(pub.toString()).isEqualTo(200);
        assertThat(pub.json().path("employers")).hasSize(1);
        assertThat(pub.json().path("employers").get(0).path("creditCode").asText())
                .isEqualTo(pick.path("creditCode").asText());
        assertThat(pub.json().path("draw").path("seed").asLong()).isEqualTo(seed);
        assertThat(pub.text()).doesNotContain("camp-insp", "camp-sup", "\"inspectors\"", "createdBy");
        // a closed case takes no recusal
        assertProblem(api.as(pair.get(1), STAFF_PASSWORD).post(url,
                Map.of("inspector", pair.get(1), "reason", "亲属")), 409);
    }
}
