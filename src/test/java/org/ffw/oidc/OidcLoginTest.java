package org.ffw.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ffw.oidc.OidcProviderStub.Mode;
import org.ffw.rules.CreditCodes;
import org.ffw.rules.ResidentIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Signing in with the city's identity provider, through the doors a person uses: the login page's button, the
 * authorization-code flow against a local provider stub (discovery, authorize, token, JWKS, user-info; an RS256 ID
 * token signed with Nimbus), back to FFW, then FFW's pages and API with the session. Proves the claims → roles
 * mapping, one account per provider identity re-used at the next sign-in, staff only through the configured group
 * table, and that a token with a bad signature or another audience is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ffw.oidc.enabled=true",
        "spring.security.oauth2.client.registration.city.client-id=" + OidcProviderStub.CLIENT_ID,
        "spring.security.oauth2.client.registration.city.client-secret=" + OidcProviderStub.CLIENT_SECRET,
        "spring.security.oauth2.client.registration.city.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.city.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.registration.city.scope=openid,profile",
        // the provider's own claim names for two of them
        "ffw.oidc.claims.resident-id=id_card_no",
        "ffw.oidc.claims.credit-code=uscc",
        "ffw.oidc.role-values.citizen=EMPLOYEE",
        "ffw.oidc.role-values.legal_person=EMPLOYER",
        "ffw.oidc.staff-groups[0].group=hrb-pudong-inspectors",
        "ffw.oidc.staff-groups[0].role=INSPECTOR",
        "ffw.oidc.staff-groups[0].district=310115",
        // the shipped setting of the language work (issue 12): Chinese for a Chinese browser whatever the JVM's locale
        "spring.messages.fallback-to-system-locale=false",
})
class OidcLoginTest {

    static final OidcProviderStub PROVIDER = new OidcProviderStub();
    static final ObjectMapper JSON = new ObjectMapper();

    static final String RESIDENT_ID = residentId("31011519900307002");
    static final String CREDIT_CODE = creditCode("91310104MA1K3Q2B7");

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.city.issuer-uri", PROVIDER::issuer);
    }

    @AfterAll
    static void stop() {
        PROVIDER.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_login_page_offers_the_city_sign_in_in_chinese_and_english() {
        var zh = new Browser().get("/login", "zh-CN");
        assertThat(zh.statusCode()).isEqualTo(200);
        assertThat(zh.body()).contains("id=\"oidc-login-button\"").contains("action=\"/oauth2/authorization/city\"")
                .contains("使用一网通办登录").contains("name=\"password\"");
        var en = new Browser().get("/login", "en");
        assertThat(en.body()).contains("Sign in with the city&#39;s One-Stop Service");
        assertThat(new Browser().get("/login?oidc-error=refused", "zh-CN").body())
                .contains("id=\"oidc-error\"").contains("不能登录本系统");
    }

    @Test
    void the_pages_let_their_forms_lead_to_the_provider() {
        // the button's form is redirected to the authorization endpoint, the sign-out form to the end-session
        // endpoint: CSP form-action holds the provider's origin (here 127.0.0.1:port, another origin than FFW's)
        var login = new Browser().get("/login", "zh-CN");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self';")
                .endsWith("form-action 'self' " + PROVIDER.issuer());
    }

        @Test
    void a_citizen_becomes_an_employee_once_and_signs_in_to_the_same_account_again() {
        String sub = "citizen-" + System.nanoTime();
        Map<String, Object> person = Map.of("sub", sub, "name", "陈静", "id_card_no", RESIDENT_ID,
                "roles", List.of("citizen"), "phone_number", "13800138000");

        Browser first = new Browser();
        assertThat(first.signInWithProvider(person, Mode.GOOD)).isEqualTo("/");
        JsonNode me = first.me();
        assertThat(me.path("roles")).hasSize(1);
        assertThat(me.path("roles").get(0).asText()).isEqualTo("EMPLOYEE");
        assertThat(me.path("displayName").asText()).isEqualTo("陈静");
        assertThat(me.path("employerCreditCode").isNull()).isTrue();
        String username = me.path("username").asText();
        // the principal is an FFW user: the home page knows the person and her role
        assertThat(first.get("/", "zh-CN").body()).contains("陈静").contains("职工");
        assertThat(jdbc.queryForObject("SELECT resident_id FROM app_user WHERE username = ?", String.class,
                username)).isEqualTo(RESIDENT_ID);

        Browser again = new Browser();
        assertThat(again.signInWithProvider(person, Mode.GOOD)).isEqualTo("/");
        assertThat(again.me().path("username").asText()).isEqualTo(username);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oidc_link WHERE subject = ?", Integer.class, sub))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE real_name = '陈静' AND username = ?",
                Integer.class, username)).isEqualTo(1);
    }

    @Autowired
    org.ffw.complaint.ComplaintService complaints;
    @Autowired
    org.ffw.identity.UserService users;

    @Test
    void a_complaint_taken_down_for_a_citizen_joins_the_account_of_her_first_city_sign_in() {
        String id = residentId("31011519910512004");
        String phone = "13800138077";
        var lodged = complaints.lodge(
                users.find("inspector").orElseThrow(), new org.ffw.complaint.LodgeComplaint("91310115MA1H8R7C41",
                        "上海示例科技有限公司", "310115", org.ffw.complaint.LeaveType.PATERNITY,
                        java.time.LocalDate.of(2026, 5, 4), 1, null, null, null, null, java.time.LocalDate.of(2026, 5, 6),
                        "来电人陈述：单位拒绝给予配偶陪产假。", null, null, true, null,
                        org.ffw.complaint.Channel.HOTLINE_12333,
                        new org.ffw.complaint.LodgeComplaint.OnBehalfOf("周强", id, phone), null, null));
        Browser b = new Browser();
        assertThat(b.signInWithProvider(Map.of("sub", "citizen-" + System.nanoTime(), "name", "周强",
                "id_card_no", id, "roles", List.of("citizen"), "phone_number", phone), Mode.GOOD)).isEqualTo("/");
        assertThat(b.get("/api/v1/complaints", "zh-CN").body()).contains(lodged.caseNo());
    }

    @Test
    void a_legal_person_becomes_the_employer_of_its_credit_code() {
        Map<String, Object> person = Map.of("sub", "legal-" + System.nanoTime(), "name", "上海示例科技有限公司",
                "uscc", CREDIT_CODE, "roles", "legal_person");
        Browser b = new Browser();
        assertThat(b.signInWithProvider(person, Mode.GOOD)).isEqualTo("/");
        JsonNode me = b.me();
        assertThat(me.path("roles").toString()).isEqualTo("[\"EMPLOYER\"]");
        assertThat(me.path("employerCreditCode").asText()).isEqualTo(CREDIT_CODE);
    }

    @Test
    void a_credit_code_alone_gives_the_employer_role() {
        Map<String, Object> person = Map.of("sub", "uscc-" + System.nanoTime(), "name", "示例餐饮管理有限公司",
                "uscc", CREDIT_CODE);
        Browser b = new Browser();
        assertThat(b.signInWithProvider(person, Mode.GOOD)).isEqualTo("/");
        assertThat(b.me().path("roles").toString()).isEqualTo("[\"EMPLOYER\"]");
    }

    @Test
    void staff_roles_come_from_the_configured_group_table_and_go_with_the_group() {
        String sub = "staff-" + System.nanoTime();
        Map<String, Object> inspector = Map.of("sub", sub, "name", "周敏",
                "groups", List.of("all-city-staff", "hrb-pudong-inspectors"));
        Browser b = new Browser();
        assertThat(b.signInWithProvider(inspector, Mode.GOOD)).isEqualTo("/");
        JsonNode me = b.me();
        assertThat(me.path("roles").toString()).isEqualTo("[\"INSPECTOR\"]");
        assertThat(me.path("district").asText()).isEqualTo("310115");
        // the FFW user of a district's staff: the home page names the role and the district
        assertThat(b.get("/", "zh-CN").body()).contains("周敏").contains("劳动监察员").contains("浦东新区");

        // out of the group at the provider: the next sign-in finds no role and is refused; the account keeps none
        Map<String, Object> moved = Map.of("sub", sub, "name", "周敏", "groups", List.of("all-city-staff"));
        Browser later = new Browser();
        assertThat(later.signInWithProvider(moved, Mode.GOOD)).isEqualTo("/login?oidc-error=refused");
        assertThat(later.get("/api/v1/me", "zh-CN").statusCode()).isEqualTo(401);

        // in another role of the same account: an employee now, no longer staff
        Map<String, Object> employee = new HashMap<>(moved);
        employee.put("id_card_no", RESIDENT_ID);
        Browser asEmployee = new Browser();
        assertThat(asEmployee.signInWithProvider(employee, Mode.GOOD)).isEqualTo("/");
        JsonNode now = asEmployee.me();
        assertThat(now.path("username").asText()).isEqualTo(me.path("username").asText());
        assertThat(now.path("roles").toString()).isEqualTo("[\"EMPLOYEE\"]");
        assertThat(now.path("district").isNull()).isTrue();
        assertThat(asEmployee.get("/", "zh-CN").body()).contains("职工").doesNotContain("劳动监察员");
    }

    @Test
    void self_asserted_staff_roles_and_unknown_roles_are_refused_and_create_no_account() {
        for (Object roles : List.of(List.of("INSPECTOR"), "ADMIN", List.of("citizen", "superuser"), List.of())) {
            String sub = "self-" + System.nanoTime();
            Map<String, Object> person = Map.of("sub", sub, "name", "李强", "roles", roles);
            Browser b = new Browser();
            assertThat(b.signInWithProvider(person, Mode.GOOD)).as("roles %s", roles)
                    .isEqualTo("/login?oidc-error=refused");
            assertThat(b.get("/api/v1/me", "zh-CN").statusCode()).isEqualTo(401);
            assertNoLink(sub);
        }
    }

    @Test
    void an_employee_without_a_valid_resident_id_or_an_employer_without_a_valid_credit_code_is_refused() {
        String bad = RESIDENT_ID.substring(0, 17) + (RESIDENT_ID.charAt(17) == '1' ? '2' : '1');
        for (Map<String, Object> person : List.<Map<String, Object>>of(
                Map.of("sub", "noid-" + System.nanoTime(), "name", "王五", "roles", "citizen"),
                Map.of("sub", "badid-" + System.nanoTime(), "name", "王五", "id_card_no", bad),
                Map.of("sub", "nocc-" + System.nanoTime(), "name", "某公司", "roles", "legal_person"),
                Map.of("sub", "noname-" + System.nanoTime(), "id_card_no", RESIDENT_ID))) {
            assertThat(new Browser().signInWithProvider(person, Mode.GOOD)).as(person.toString())
                    .isEqualTo("/login?oidc-error=refused");
            assertNoLink((String) person.get("sub"));
        }
    }

    @Test
    void an_id_token_with_a_bad_signature_or_for_another_client_is_refused() {
        for (Mode mode : List.of(Mode.BAD_SIGNATURE, Mode.WRONG_AUDIENCE)) {
            String sub = "forged-" + mode + "-" + System.nanoTime();
            Map<String, Object> person = Map.of("sub", sub, "name", "赵六", "id_card_no", RESIDENT_ID);
            int tokens = PROVIDER.tokenRequests();
            Browser b = new Browser();
            assertThat(b.signInWithProvider(person, mode)).as(mode.toString())
                    .isEqualTo("/login?oidc-error=failed");
            // FFW did fetch the token, and then did not believe it
            assertThat(PROVIDER.tokenRequests()).isEqualTo(tokens + 1);
            assertThat(b.get("/api/v1/me", "zh-CN").statusCode()).isEqualTo(401);
            assertThat(b.get("/tasks", "zh-CN").statusCode()).isEqualTo(302);
            assertNoLink(sub);
        }
        var page = new Browser().get("/login?oidc-error=failed", "zh-CN");
        assertThat(page.body()).contains("未能通过“一网通办”登录");
    }

    @Test
    void a_disabled_account_stays_out() {
        String sub = "disabled-" + System.nanoTime();
        Map<String, Object> person = Map.of("sub", sub, "name", "孙七", "id_card_no", RESIDENT_ID);
        Browser b = new Browser();
        assertThat(b.signInWithProvider(person, Mode.GOOD)).isEqualTo("/");
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", b.me().path("username").asText());
        assertThat(new Browser().signInWithProvider(person, Mode.GOOD)).isEqualTo("/login?oidc-error=refused");
    }

    @Test
    void the_password_login_works_as_before() {
        Browser b = new Browser();
        var r = b.postForm("/login", "username=employee&password=demo&_csrf="
                + org.ffw.support.PageSession.token(b.get("/login", "zh-CN").body()));
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(b.me().path("username").asText()).isEqualTo("employee");
        // signing out of a password login stays in FFW
        var out = b.postForm("/logout", "_csrf=" + org.ffw.support.PageSession.token(b.get("/", "zh-CN").body()));
        assertThat(out.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
    }

    @Test
    void signing_out_after_a_city_sign_in_signs_out_at_the_provider_and_comes_back_to_the_login_page() {
        Browser b = new Browser();
        assertThat(b.signInWithProvider(Map.of("sub", "leaving-" + System.nanoTime(), "name", "王芳",
                "id_card_no", RESIDENT_ID, "roles", "citizen"), Mode.GOOD)).isEqualTo("/");
        var out = b.postForm("/logout", "_csrf=" + org.ffw.support.PageSession.token(b.get("/", "zh-CN").body()));
        assertThat(out.statusCode()).isEqualTo(302);
        URI to = URI.create(out.headers().firstValue("Location").orElseThrow());
        assertThat(to.toString()).startsWith(PROVIDER.issuer() + "/logout?");
        String query = to.getQuery();
        assertThat(query).contains("client_id=" + OidcProviderStub.CLIENT_ID)
                .contains("post_logout_redirect_uri=http://localhost:" + port + "/login?logout");
        String hint = query.replaceFirst(".*id_token_hint=([^&]+).*", "$1");
        assertThat(hint.split("\\.")).as("the ID token the provider issued, a signed JWT").hasSize(3);
        // FFW's session has ended
        assertThat(b.get("/api/v1/me", "zh-CN").statusCode()).isEqualTo(401);
    }

    private void assertNoLink(String sub) {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oidc_link WHERE subject = ?", Integer.class, sub))
                .as("link of " + sub).isZero();
    }

    private static String residentId(String first17) {
        return first17 + ResidentIds.checkCharacter(first17);
    }

    private static String creditCode(String first17) {
        return first17 + CreditCodes.checkCharacter(first17);
    }

    /** A browser: cookies per host, redirects not followed. */
    final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path, String language) {
            return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base() + path))
                    .header("Accept-Language", language).GET().build());
        }

        HttpResponse<String> postForm(String path, String form) {
            return send(HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }

        /**
         * The button, the provider (which signs this person in), back to FFW: where FFW sends the browser then,
         * without scheme and host.
         */
        String signInWithProvider(Map<String, Object> person, Mode mode) {
            PROVIDER.next(person, mode);
            var start = get("/oauth2/authorization/city", "zh-CN");
            assertThat(start.statusCode()).isEqualTo(302);
            String toProvider = start.headers().firstValue("Location").orElseThrow();
            assertThat(toProvider).startsWith(PROVIDER.issuer() + "/authorize?");
            var atProvider = get(toProvider, "zh-CN");
            assertThat(atProvider.statusCode()).as(atProvider.body()).isEqualTo(302);
            String back = atProvider.headers().firstValue("Location").orElseThrow();
            assertThat(back).startsWith(base() + "/login/oauth2/code/city?");
            var done = get(back, "zh-CN");
            assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
            return done.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        }

        JsonNode me() {
            var r = get("/api/v1/me", "zh-CN");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            try {
                return JSON.readTree(r.body());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private String base() {
            return "http://localhost:" + port;
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
