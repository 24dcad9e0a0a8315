package org.ffw.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.ffw.platform.cases.CaseSearch;
import org.ffw.support.ApiTest;
import org.ffw.support.BulkRows;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case search counts no further than {@link CaseSearch#COUNT_CAP}: past it the answer says "more than 10,000"
 * (API {@code more}, the page's words) and pages reach only as deep as the cap. Its 10,001 registry rows are of the
 * year 2097 and removed afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseSearchCapTest extends ApiTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void manyCases() throws Exception {
        Instant opened = Instant.parse("2097-03-01T02:00:00Z");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // BulkRows commits each batch
            write(c, opened);
            c.setAutoCommit(true);
        }
    }

    private static void write(Connection c, Instant opened) throws Exception {
        try (BulkRows rows = new BulkRows(c, "case_registry", 1000)) {
            for (int i = 0; i <= CaseSearch.COUNT_CAP; i++) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("case_no", String.format("LC-2097-%06d", i));
                r.put("procedure_code", "LEAVE_COMPLAINT");
                r.put("district", "310115");
                r.put("status", "SUBMITTED");
                r.put("summary", "上限测试");
                r.put("employer_visible", false);
                r.put("opened_at", Timestamp.from(opened.plusSeconds(i)));
                r.put("updated_at", Timestamp.from(opened.plusSeconds(i)));
                rows.add(r);
            }
        }
    }

    @AfterAll
    void removeThem() {
        jdbc.update("DELETE FROM case_registry WHERE case_no LIKE 'LC-2097-%'");
    }

    @Test
    void past_ten_thousand_the_count_says_more_and_stops() {
        var r = api.as("supervisor").get("/api/v1/cases?caseNo=LC-2097&size=200").json();
        assertThat(r.path("total").asLong()).isEqualTo(CaseSearch.COUNT_CAP);
        assertThat(r.path("more").asBoolean()).isTrue();
        assertThat(r.path("pages").asLong()).isEqualTo(CaseSearch.COUNT_CAP / 200);
        assertThat(r.path("items").get(0).path("caseNo").asText()).isEqualTo("LC-2097-010000"); // newest first

        var exact = api.as("supervisor").get("/api/v1/cases?caseNo=LC-2097-00999").json();
        assertThat(exact.path("total").asLong()).isEqualTo(10);
        assertThat(exact.path("more").asBoolean()).isFalse();

        assertThat(api.as("supervisor").get("/api/v1/cases?caseNo=LC-2097&size=200&page=49").status())
                .isEqualTo(200);
        assertProblem(api.as("supervisor").get("/api/v1/cases?caseNo=LC-2097&size=200&page=50"), 400, "page");
        assertProblem(api.as("supervisor").get("/api/v1/cases?page=2147483647"), 400, "page");
    }

    @Test
    void the_page_says_more_than_ten_thousand_in_words() {
        var page = new PageSession(port).login("supervisor", "demo").get("/cases?caseNo=LC-2097&page=999");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("找到 10,000 件以上，请增加条件缩小范围");
    }
}
