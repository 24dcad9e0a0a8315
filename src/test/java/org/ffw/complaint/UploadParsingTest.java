package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.ffw.support.ApiTest;
import org.ffw.support.SampleFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Uploads through the API door of a procedure (a complaint's evidence): a file counts as a PDF or an image only if it
 * parses as one. A file that only begins like one is a 400 problem+json on the field {@code file} that says why, in
 * the caller's language, and nothing is stored.
 */
class UploadParsingTest extends ApiTest {

    static final byte[] SCRIPT = "<script>fetch('/api/v1/me').then(r=>r.text()).then(alert)</script>"
            .getBytes(StandardCharsets.UTF_8);
    static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void files_that_only_begin_like_a_pdf_or_an_image_are_refused_saying_why_and_nothing_is_stored() {
        String caseNo = Complaints.lodge(api);
        int contents = jdbc.queryForObject("SELECT COUNT(*) FROM document_content", Integer.class);

        JsonNode png = refused(caseNo, "截图.png", "image/png", SampleFiles.concat(PNG_MAGIC, SCRIPT), "en");
        assertThat(message(png)).isEqualTo("is not a PNG image that opens: it is damaged or incomplete");
        assertThat(message(refused(caseNo, "截图.png", "image/png", SampleFiles.concat(PNG_MAGIC, SCRIPT), "zh-CN")))
                .isEqualTo("PNG 图片已损坏或不完整，无法打开");

        byte[] pdf = SampleFiles.pdf();
        JsonNode truncated = refused(caseNo, "请假单.pdf", "application/pdf", Arrays.copyOf(pdf, pdf.length / 2), "en");
        assertThat(message(truncated)).isEqualTo("is not a PDF that opens: it is damaged or incomplete");
        assertThat(message(refused(caseNo, "请假单.pdf", "application/pdf", Arrays.copyOf(pdf, pdf.length / 2),
                "zh-CN"))).isEqualTo("PDF 文件已损坏或不完整，无法打开");

        // a polyglot: a PNG that decodes, and an HTML page after it
        JsonNode polyglot = refused(caseNo, "照片.png", "image/png", SampleFiles.concat(SampleFiles.png(), SCRIPT),
                "zh-CN");
        assertThat(message(polyglot)).isEqualTo("PNG 图片之后还有其他内容：只能上传图片本身");
        assertThat(message(refused(caseNo, "照片.jpg", "image/jpeg",
                SampleFiles.concat(SampleFiles.jpeg(), SampleFiles.pdf()), "en")))
                .isEqualTo("has data after the end of the JPEG image: it is not only an image");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document WHERE case_no = ?", Integer.class, caseNo))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_content", Integer.class)).isEqualTo(contents);
    }

    @Test
    void a_real_pdf_png_and_jpeg_are_still_accepted() {
        String caseNo = Complaints.lodge(api);
        for (Object[] f : new Object[][] {{"请假单.pdf", "application/pdf", SampleFiles.pdf(), "application/pdf"},
                {"截图.png", "image/png", SampleFiles.png(), "image/png"},
                {"照片.jpg", "image/jpeg", SampleFiles.jpeg(), "image/jpeg"}}) {
            var up = api.as("employee").upload("/api/v1/complaints/" + caseNo + "/documents", (String) f[0],
                    (String) f[1], (byte[]) f[2]);
            assertThat(up.status()).as(up.toString()).isEqualTo(201);
            assertThat(up.json().path("contentType").asText()).isEqualTo(f[3]);
            assertThat(api.as("employee").get(up.json().path("href").asText()).bytes()).isEqualTo(f[2]);
        }
    }

    private JsonNode refused(String caseNo, String name, String type, byte[] content, String language) {
        var r = api.as("employee").header("Accept-Language", language)
                .upload("/api/v1/complaints/" + caseNo + "/documents", name, type, content);
        return assertProblem(r, 400, "file");
    }

    private static String message(JsonNode problem) {
        return problem.path("errors").get(0).path("message").asText();
    }
}
