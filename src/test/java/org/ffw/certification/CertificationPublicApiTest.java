package org.ffw.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.ffw.employer.EmployerService;
import org.ffw.identity.UserService;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** What anyone reads and does without a login: verification, the register, the notices and objections. */
class CertificationPublicApiTest extends ApiTest {

    @Autowired
    EmployerService employers;
    @Autowired
    UserService users;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    org.ffw.rules.WorkCalendarService calendars;

    CertificationEmployers.Fresh employer;
    Api holder;

    @BeforeEach
    void freshEmployer() {
        org.ffw.support.TestCalendars.ensureLoaded(calendars, 2027);
        employer = CertificationEmployers.create(employers, users);
        holder = api.as(employer.username(), CertificationEmployers.PASSWORD);
    }

    @Test
    void a_visitor_verifies_a_number_and_a_forged_or_never_issued_one_says_so() {
        String number = Certifications.certify(api, holder, tasks, runtime, management);
        JsonNode v = api.anonymous().get("/api/v1/public/certificates/" + number).json();
        assertThat(v.path("verdict").asText()).isEqualTo("ISSUED");
        assertThat(v.path("status").asText()).isEqualTo("VALID");
        assertThat(v.path("employerName").asText()).isEqualTo(employer.name());
        assertThat(v.path("posts").asInt()).isEqualTo(1);
        assertThat(v.path("validTo").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        // lower case and spaces around are the same number
        assertThat(api.anonymous().get("/api/v1/public/certificates/" + number.toLowerCase()).status()).isEqualTo(200);

        char check = number.charAt(number.length() - 1);
        String forged = number.substring(0, number.length() - 1) + (check == '1' ? '2' : '1');
        assertThat(assertProblem(api.anonymous().get("/api/v1/public/certificates/" + forged), 404)
                .path("verdict").asText()).isEqualTo("FORGED");
        String never = "FC-2026-999999-" + CertificateNumbers.check("2026999999");
        assertThat(assertProblem(api.anonymous().get("/api/v1/public/certificates/" + never), 404)
                .path("verdict").asText()).isEqualTo("NEVER_ISSUED");
        assertThat(assertProblem(api.anonymous().get("/api/v1/public/certificates/ABC123"), 404)
                .path("verdict").asText()).isEqualTo("MALFORMED");
    }

    @Test
    void the_qr_code_on_the_certificate_encodes_its_verification_page() throws Exception {
        String number = Certifications.certify(api, holder, tasks, runtime, management);
        Api.Response qr = api.anonymous().header("Accept", "image/avif,image/webp,image/svg+xml,*/*").get("/api/v1/public/certificates/" + number + "/qr.svg");
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.contentType()).startsWith("image/svg+xml");
        assertThat(decode(qr.text())).endsWith("/public/certificates/" + number);
        assertThat(api.anonymous().get("/api/v1/public/certificates/FC-2026-999999-" + CertificateNumbers
                .check("2026999999") + "/qr.svg").status()).isEqualTo(404);
    }

    @Test
    void the_register_lists_valid_certificates_by_district_and_measure_only() {
        String number = Certifications.certify(api, holder, tasks, runtime, management);
        assertThat(numbers("?district=310115&size=100")).contains(number);
        assertThat(numbers("?district=310115&measure=REMOTE_WORK&size=100")).contains(number);
        assertThat(numbers("?district=310115&measure=FLEXIBLE_LEAVE&size=100")).doesNotContain(number);
        assertThat(numbers("?district=310104&size=100")).doesNotContain(number);
        JsonNode page = api.anonymous().get("/api/v1/public/certified-employers?size=1").json();
        assertThat(page.path("items").size()).isEqualTo(1);
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(1);
        assertProblem(api.anonymous().get("/api/v1/public/certified-employers?district=31"), 400);
        assertProblem(api.anonymous().get("/api/v1/public/certified-employers?measure=NAPS"), 400);
        assertProblem(api.anonymous().get("/api/v1/public/certified-employers?page=2147483647"), 400);

        holder.post(CertificationController.CERTIFICATES + "/" + number + "/surrender",
                Map.of("reason", "岗位调整，暂不保留生育友好岗。"));
        assertThat(numbers("?district=310115&size=100")).doesNotContain(number);
        JsonNode v = api.anonymous().get("/api/v1/public/certificates/" + number).json();
        assertThat(v.path("status").asText()).isEqualTo("SURRENDERED");
    }

    @Test
    void anyone_may_object_during_the_notice_within_limits() {
        String caseNo = Certifications.applyCase(holder);
        String objections = "/api/v1/public/certification-notices/" + caseNo + "/objections";
        // not in its notice yet
        assertProblem(api.anonymous().post(objections, Map.of("reason", "该单位并没有真正的弹性岗位。")), 409);
        Certifications.complete(api.as("inspector"), tasks, caseNo, "hrbReview", Map.of("decision", "APPROVE"));
        Certifications.complete(api.as("union"), tasks, caseNo, "unionReview", Map.of("decision", "APPROVE"));
        Certifications.complete(api.as("inspector"), tasks, caseNo, "siteVisit", Map.of("result", "CONFIRMED",
                "visitDate", java.time.LocalDate.now(org.ffw.platform.Shanghai.ZONE).toString(),
                "findings", "岗位设置与申报一致，职工知晓弹性安排。"));
        JsonNode notices = api.anonymous().get("/api/v1/public/certification-notices?district=310115").json();
        JsonNode mine = null;
        for (JsonNode n : notices) {
            if (n.path("caseNo").asText().equals(caseNo)) {
                mine = n;
            }
        }
        assertThat(mine).as("the application is in the public notice").isNotNull();
        assertThat(mine.path("noticeUntil").asText()).isNotBlank();
        assertThat(mine.path("posts").get(0).path("title").asText()).isEqualTo("软件测试工程师");

        assertProblem(api.anonymous().post(objections, Map.of("reason", "太短")), 400, "reason");
        assertProblem(api.anonymous().post("/api/v1/public/certification-notices/FP-2026-999999/objections",
                Map.of("reason", "该单位并没有真正的弹性岗位。")), 404);
        // a signed-in account objects without a limit; anonymous objections are limited per address and hour (other
        // tests from this address may have used some of the hour's five already)
        assertThat(api.as("employee").post(objections, Map.of("reason", "我是该单位职工，岗位并未实行弹性工作。"))
                .status()).isEqualTo(201);
        int accepted = 0;
        Api.Response last = null;
        for (int i = 0; i < 6 && (last == null || last.status() == 201); i++) {
            last = api.anonymous().post(objections, Map.of("reason", "第" + i + "条：该单位并没有真正的弹性岗位。"));
            accepted += last.status() == 201 ? 1 : 0;
        }
        assertProblem(last, 429);
        assertThat(accepted).isLessThanOrEqualTo(5);
        JsonNode staff = api.as("inspector").get(CertificationController.BASE + "/" + caseNo).json();
        assertThat(staff.path("objections").size()).isEqualTo(accepted + 1);
        // the employer does not read who objected
        assertThat(holder.get(CertificationController.BASE + "/" + caseNo).json().has("objections")).isFalse();
    }

    private java.util.List<String> numbers(String query) {
        return api.anonymous().get("/api/v1/public/certified-employers" + query).json().path("items")
                .findValuesAsText("certificateNo");
    }

    /** The text of the SVG's QR code: its squares drawn into pixels, read back with ZXing. */
    static String decode(String svg) throws Exception {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int w = Integer.parseInt(box.group(1));
        int h = Integer.parseInt(box.group(2));
        int scale = 4;
        int[] pixels = new int[w * h * scale * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher m = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        while (m.find()) {
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * w * scale + x * scale + dx] = 0xFF000000;
                }
            }
        }
        // a drawn matrix, not a photo: read as a pure barcode (the finder-pattern search misses some numbers' codes)
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(w * scale, h * scale, pixels))),
                java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
