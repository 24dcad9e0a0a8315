package org.ffw.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ffw.subsidy.Contributions.DEMO_EMPLOYEE;
import static org.ffw.subsidy.Contributions.DEMO_EMPLOYER;
import static org.ffw.subsidy.Contributions.HEADER;
import static org.ffw.subsidy.Contributions.XUHUI_EMPLOYER;
import static org.ffw.subsidy.Contributions.creditCode;
import static org.ffw.subsidy.Contributions.csv;
import static org.ffw.subsidy.Contributions.residentId;
import static org.ffw.subsidy.Contributions.row;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ffw.platform.Shanghai;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The contribution records (先缴后补): the import through the API with good and bad rows (every reason a row is
 * rejected), files that are not such a CSV (400), re-imports replacing months, who may import and read, and the
 * lookup other features use ({@link ContributionRecords}). Each test uses months of its own: an import replaces
 * whole months.
 */
class ContributionRecordsApiTest extends ApiTest {

    static final String IMPORT = "/api/v1/contribution-records";

    @Autowired
    ContributionRecords records;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ContributionImports imports;
    @Autowired
    org.springframework.transaction.interceptor.TransactionAttributeSource transactions;

    Api.Response upload(String user, byte[] file) {
        return upload(user, "contributions.csv", file, null);
    }

    Api.Response upload(String user, String name, byte[] file, String replace) {
        return api.as(user).upload(IMPORT + (replace == null ? "" : "?replace=" + replace), name, "text/csv", file);
    }

    static JsonNode created(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.header("Location")).isEqualTo("/api/v1/contribution-imports/" + r.json().path("id").asLong());
        return r.json();
    }

    static List<String> rejections(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.path("rejections").forEach(j -> out.add(j.path("line").asInt() + " " + j.path("field").asText() + ": "
                + j.path("message").asText()));
        return out;
    }

    @Test
    void the_demo_file_is_imported_and_looked_up() throws IOException {
        byte[] demo = Files.readAllBytes(Path.of("docs", "contribution-records-demo.csv"));
        JsonNode report = created(upload("admin", "contribution-records-demo.csv", demo, null));
        assertThat(report.path("rowsAccepted").asInt()).isEqualTo(8);
        assertThat(report.path("rowsRejected").asInt()).isZero();
        assertThat(report.path("rejections")).isEmpty();
        assertThat(report.path("replace").asText()).isEqualTo("MONTHS");
        assertThat(report.path("importedBy").asText()).isEqualTo("admin");
        assertThat(report.path("fileName").asText()).isEqualTo("contribution-records-demo.csv");
        assertThat(report.path("sha256").asText()).hasSize(64);
        assertThat(report.path("months").findValuesAsText("month"))
                .containsExactly("2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08");
        assertThat(report.path("months").get(0).path("rowsAccepted").asInt()).isEqualTo(2);

        RecordedContribution march = records.recorded(DEMO_EMPLOYER, DEMO_EMPLOYEE, YearMonth.of(2026, 3)).orElseThrow();
        assertThat(march).isEqualTo(new RecordedContribution(YearMonth.of(2026, 3), new BigDecimal("1600.00"),
                new BigDecimal("900.00"), new BigDecimal("50.00"), new BigDecimal("26.00")));
        assertThat(march.total()).isEqualTo(new BigDecimal("2576.00"));
        assertThat(march.pension().scale()).isEqualTo(2);

        // six months from a birth in March, in one query: each recorded month with its amounts, in order
        List<YearMonth> six = List.of(YearMonth.of(2026, 8), YearMonth.of(2026, 3), YearMonth.of(2026, 4),
                YearMonth.of(2026, 5), YearMonth.of(2026, 6), YearMonth.of(2026, 7));
        Map<YearMonth, RecordedContribution> all = records.recorded(DEMO_EMPLOYER, DEMO_EMPLOYEE, six);
        assertThat(all.keySet()).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5),
                YearMonth.of(2026, 6), YearMonth.of(2026, 7), YearMonth.of(2026, 8));
        assertThat(all.get(YearMonth.of(2026, 8)).total()).isEqualTo(new BigDecimal("2833.60"));
        assertThat(all.values().stream().map(RecordedContribution::total).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(new BigDecimal("15713.60"));
        // a month not paid (not recorded) is absent: 先缴后补
        assertThat(records.recorded(DEMO_EMPLOYER, DEMO_EMPLOYEE, YearMonth.of(2026, 9))).isEmpty();
        assertThat(records.recorded(DEMO_EMPLOYER, DEMO_EMPLOYEE, List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 3))))
                .containsOnlyKeys(YearMonth.of(2026, 3));
        assertThat(records.recorded(DEMO_EMPLOYER, DEMO_EMPLOYEE, List.of())).isEmpty();
        // another employer's contributions for the same employee are its own
        assertThat(records.recorded(XUHUI_EMPLOYER, DEMO_EMPLOYEE, YearMonth.of(2026, 3))).isEmpty();
        assertThat(records.recorded(XUHUI_EMPLOYER, "310115199204150021", YearMonth.of(2026, 4))).isPresent();
        // identifiers as users type them
        assertThat(records.recorded(" 91310115ma1h8r7c41 ", DEMO_EMPLOYEE, YearMonth.of(2026, 3))).isPresent();

        // the listing (ADMIN)
        var list = api.as("admin").get(IMPORT + "?creditCode=" + DEMO_EMPLOYER + "&residentId=" + DEMO_EMPLOYEE
                + "&from=2026-04&to=2026-08");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().findValuesAsText("month")).containsExactly("2026-04", "2026-05", "2026-06", "2026-07",
                "2026-08");
        JsonNode august = list.json().get(4);
        assertThat(august.path("creditCode").asText()).isEqualTo(DEMO_EMPLOYER);
        assertThat(august.path("residentId").asText()).isEqualTo(DEMO_EMPLOYEE);
        assertThat(august.path("pension").decimalValue()).isEqualByComparingTo("1760.00");
        assertThat(august.path("workInjury").decimalValue()).isEqualByComparingTo("28.60");
        assertThat(august.path("total").decimalValue()).isEqualByComparingTo("2833.60");
        assertThat(august.path("importId").asLong()).isEqualTo(report.path("id").asLong());
        assertThat(august.path("importedAt").asText()).isNotBlank();
    }

    @Test
    void a_bom_crlf_quoted_file_in_another_column_order_is_read() {
        String employer = creditCode();
        String employee = residentId();
        String text = "\uFEFFmonth,creditCode,residentId,workInjury,unemployment,medical,pension\r\n"
                + "2026-01,\"" + employer + "\"," + employee.toLowerCase() + ",26,50.5,\"900\",1600.1\r\n"
                + "\r\n"
                + " 2026-02 , " + employer + " , " + employee + " , 0 , 0 , 0 , 0 \r\n";
        JsonNode report = created(upload("admin", "bom.csv", text.getBytes(StandardCharsets.UTF_8), "EMPLOYER_MONTHS"));
        assertThat(rejections(report)).isEmpty();
        assertThat(report.path("rowsAccepted").asInt()).isEqualTo(2);
        assertThat(records.recorded(employer, employee, YearMonth.of(2026, 1)).orElseThrow())
                .isEqualTo(new RecordedContribution(YearMonth.of(2026, 1), new BigDecimal("1600.10"),
                        new BigDecimal("900.00"), new BigDecimal("50.50"), new BigDecimal("26.00")));
        assertThat(records.recorded(employer, employee, YearMonth.of(2026, 2)).orElseThrow().total())
                .isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void every_bad_row_is_reported_with_its_line_field_and_reason_and_the_good_rows_are_imported() {
        String employer = creditCode();
        String good1 = residentId();
        String good2 = residentId();
        String current = YearMonth.now(Shanghai.ZONE).toString();
        String m = "2025-01";
        List<String> rows = List.of(
                /* 2 */ row(employer, good1, m),
                /* 3 */ row("91310115MA1H8R7C42", residentId(), m),                      // credit code check character
                /* 4 */ row("91310115MA1H8R7C4", residentId(), m),                       // credit code too short
                /* 5 */ row("", residentId(), m),                                        // credit code missing
                /* 6 */ row(employer, "310101198808080026", m),                          // resident ID check character
                /* 7 */ row(employer, "310101199902300020", m),                          // no such date of birth
                /* 8 */ row(employer, residentId(), "2025-1"),                            // month format
                /* 9 */ row(employer, residentId(), "2025-13"),                           // no such month
                /* 10 */ row(employer, residentId(), "2099-01"),                          // in the future
                /* 11 */ row(employer, residentId(), "2024-12"),                          // before the policy
                /* 12 */ row(employer, residentId(), m, "-1.00", "900.00", "50.00", "26.00"),   // negative
                /* 13 */ row(employer, residentId(), m, "1600.001", "900", "50", "26"),         // 3 decimals
                /* 14 */ row(employer, residentId(), m, "1600", "九百", "50", "26"),              // not a number
                /* 15 */ row(employer, residentId(), m, "1600", "900", "\"1,000.00\"", "26"),   // thousands separator
                /* 16 */ row(employer, residentId(), m, "1600", "900", "50", ""),                // missing amount
                /* 17 */ row(employer, residentId(), m, "1600", "900", "50", "1000000000000"),   // too large
                /* 18 */ employer + "," + residentId() + "," + m + ",1600,900,50",              // a column short
                /* 19 */ row(employer, good2, current, "0", "0", "0", "0"),                     // the current month: fine
                /* 20 */ row("91310115MA1H8R7C42", "310101198808080026", "2099-13", "-1", "x", "1.234", "")); // all at once
        JsonNode report = created(upload("admin", "bad.csv", csv(rows.toArray(String[]::new)), "EMPLOYER_MONTHS"));
        assertThat(report.path("rowsAccepted").asInt()).isEqualTo(2);
        assertThat(report.path("rowsRejected").asInt()).isEqualTo(17);
        assertThat(report.path("rejectionsTruncated").asBoolean()).isFalse();
        assertThat(rejections(report)).containsExactly(
                "3 creditCode: check character is wrong (the 18th character does not match the first 17)",
                "4 creditCode: must have 18 characters, has 17",
                "5 creditCode: is required",
                "6 residentId: check character is wrong (the 18th character does not match the first 17)",
                "7 residentId: characters 7–14 are not a real date of birth",
                "8 month: must be a month as yyyy-MM (for example 2026-03)",
                "9 month: must be a month as yyyy-MM (for example 2026-03)",
                "10 month: must not be after the current month (" + current + ")",
                "11 month: must not be before 2025-01 (the first month the subsidy covers)",
                "12 pension: must not be negative",
                "13 pension: must have at most 2 decimal places",
                "14 medical: must be a number in yuan such as 1234.56 (no thousands separators or units)",
                "15 unemployment: must be a number in yuan such as 1234.56 (no thousands separators or units)",
                "16 workInjury: is required (0 when nothing was paid)",
                "17 workInjury: must be at most 999999999999.99",
                "18 row: has 6 values, the header has 7",
                "20 creditCode: check character is wrong (the 18th character does not match the first 17)",
                "20 residentId: check character is wrong (the 18th character does not match the first 17)",
                "20 month: must be a month as yyyy-MM (for example 2026-03)",
                "20 pension: must not be negative",
                "20 medical: must be a number in yuan such as 1234.56 (no thousands separators or units)",
                "20 unemployment: must have at most 2 decimal places",
                "20 workInjury: is required (0 when nothing was paid)");
        assertThat(report.path("months").findValuesAsText("month")).containsExactlyInAnyOrder(m, current);
        assertThat(records.recorded(employer, good1, YearMonth.of(2025, 1))).isPresent();
        assertThat(records.recorded(employer, good2, YearMonth.parse(current))).isPresent();
        // a rejected row stored nothing
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contribution_record WHERE credit_code = ?", Integer.class,
                employer)).isEqualTo(2);

        // the report is kept with the import
        var again = api.as("admin").get("/api/v1/contribution-imports/" + report.path("id").asLong());
        assertThat(again.status()).isEqualTo(200);
        assertThat(rejections(again.json())).isEqualTo(rejections(report));
        assertThat(again.json().path("rowsRejected").asInt()).isEqualTo(17);
    }

    @Test
    void a_key_twice_in_one_file_is_rejected_on_every_line() {
        String employer = creditCode();
        String twice = residentId();
        String once = residentId();
        JsonNode report = created(upload("admin", "dup.csv", csv(
                row(employer, twice, "2025-02"),
                row(employer, once, "2025-02"),
                row(employer, twice, "2025-02", "1.00", "2.00", "3.00", "4.00"),
                row(employer, twice.toLowerCase(), "2025-02", "1", "2", "3", "x"),   // the same key, a bad amount too
                row(employer, twice, "2025-03")), "EMPLOYER_MONTHS"));
        assertThat(rejections(report)).containsExactly(
                "2 row: same creditCode, residentId and month as lines 4, 5",
                "4 row: same creditCode, residentId and month as lines 2, 5",
                "5 workInjury: must be a number in yuan such as 1234.56 (no thousands separators or units)",
                "5 row: same creditCode, residentId and month as lines 2, 4");
        assertThat(report.path("rowsAccepted").asInt()).isEqualTo(2);
        assertThat(report.path("rowsRejected").asInt()).isEqualTo(3);
        assertThat(records.recorded(employer, twice, YearMonth.of(2025, 2))).isEmpty();
        assertThat(records.recorded(employer, once, YearMonth.of(2025, 2))).isPresent();
        assertThat(records.recorded(employer, twice, YearMonth.of(2025, 3))).isPresent();
    }

    @Test
    void re_importing_a_month_replaces_every_record_of_it() {
        String a = creditCode();
        String b = creditCode();
        String ea = residentId();
        String eb = residentId();
        JsonNode first = created(upload("admin", csv(
                row(a, ea, "2025-03"),
                row(b, eb, "2025-03"),
                row(a, ea, "2025-04"))));
        assertThat(first.path("rowsAccepted").asInt()).isEqualTo(3);

        // the agency's corrected March: a's amount changed, b's row is gone; April is not in the file
        JsonNode second = created(upload("admin", csv(
                row(a, ea, "2025-03", "1500.00", "800.00", "40.00", "20.00"))));
        assertThat(second.path("months").size()).isEqualTo(1);
        assertThat(second.path("months").get(0).path("month").asText()).isEqualTo("2025-03");
        assertThat(second.path("months").get(0).path("recordsReplaced").asInt()).isEqualTo(2);
        assertThat(second.path("recordsReplaced").asInt()).isEqualTo(2);

        assertThat(records.recorded(a, ea, YearMonth.of(2025, 3)).orElseThrow().total())
                .isEqualTo(new BigDecimal("2360.00"));
        assertThat(records.recorded(b, eb, YearMonth.of(2025, 3))).as("not in the corrected file").isEmpty();
        assertThat(records.recorded(a, ea, YearMonth.of(2025, 4))).as("another month").isPresent();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contribution_record WHERE contribution_month = '2025-03'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void re_importing_by_employer_replaces_only_that_employers_months() {
        String a = creditCode();
        String b = creditCode();
        String ea = residentId();
        String ea2 = residentId();
        String eb = residentId();
        created(upload("admin", "a.csv", csv(row(a, ea, "2025-05"), row(a, ea2, "2025-05")), "EMPLOYER_MONTHS"));
        created(upload("admin", "b.csv", csv(row(b, eb, "2025-05")), "EMPLOYER_MONTHS"));
        assertThat(records.recorded(a, ea, YearMonth.of(2025, 5))).as("a file of another employer").isPresent();

        JsonNode again = created(upload("admin", "a2.csv", csv(row(a, ea, "2025-05", "1", "1", "1", "1")),
                "EMPLOYER_MONTHS"));
        assertThat(again.path("replace").asText()).isEqualTo("EMPLOYER_MONTHS");
        assertThat(again.path("recordsReplaced").asInt()).isEqualTo(2);
        assertThat(records.recorded(a, ea, YearMonth.of(2025, 5)).orElseThrow().total())
                .isEqualTo(new BigDecimal("4.00"));
        assertThat(records.recorded(a, ea2, YearMonth.of(2025, 5))).isEmpty();
        assertThat(records.recorded(b, eb, YearMonth.of(2025, 5))).as("b is not in the file").isPresent();
    }

    @Test
    void a_file_without_valid_rows_is_a_report_and_replaces_nothing() {
        String employer = creditCode();
        String employee = residentId();
        created(upload("admin", csv(row(employer, employee, "2025-06"))));

        JsonNode report = created(upload("admin", "all-bad.csv", csv(
                row(employer, employee, "2025-06", "-5", "0", "0", "0"),
                row(employer, "310101198808080026", "2025-06")), null));
        assertThat(report.path("rowsAccepted").asInt()).isZero();
        assertThat(report.path("rowsRejected").asInt()).isEqualTo(2);
        assertThat(report.path("months")).isEmpty();
        assertThat(report.path("recordsReplaced").asInt()).isZero();
        assertThat(records.recorded(employer, employee, YearMonth.of(2025, 6))).as("kept").isPresent();

        JsonNode headerOnly = created(upload("admin", (HEADER + "\r\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(headerOnly.path("rowsAccepted").asInt()).isZero();
        assertThat(headerOnly.path("rowsRejected").asInt()).isZero();
    }

    @Test
    void a_file_that_is_not_such_a_csv_is_400_and_changes_nothing() {
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM contribution_import", Integer.class);
        String good = row(creditCode(), residentId(), "2025-06");
        Map<String, byte[]> files = Map.of(
                "is empty", new byte[0],
                "must begin with the header line", ("creditCode,residentId,month,pension,medical,unemployment\n"
                        + good + "\n").getBytes(StandardCharsets.UTF_8),
                "not expected: employeePension", (HEADER + ",employeePension\n" + good + ",1\n")
                        .getBytes(StandardCharsets.UTF_8),
                "missing: creditCode", (good + "\n").getBytes(StandardCharsets.UTF_8),
                "is not UTF-8 text", (HEADER + "\n" + good + ",备注\n").getBytes(Charset.forName("GBK")),
                "broken quoting", (HEADER + "\n" + good + "\n\"" + good + "\n").getBytes(StandardCharsets.UTF_8),
                "must begin with the header line ", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.UTF_8));
        files.forEach((why, bytes) -> {
            JsonNode body = assertProblem(upload("admin", bytes), 400, "file");
            assertThat(body.path("errors").get(0).path("message").asText()).as(why).contains(why.strip());
        });
        // no file at all
        assertProblem(api.as("admin").post(IMPORT, Map.of("rows", List.of())), 400);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contribution_import", Integer.class)).isEqualTo(before);
        // an unknown replace mode
        assertProblem(upload("admin", "x.csv", csv(good), "EVERYTHING"), 400, "replace");
    }

    @Test
    void an_import_is_one_transaction() throws NoSuchMethodException {
        // package-private, and still transactional: Spring 6 proxies package-visible methods of class-based proxies
        var method = ContributionImports.class.getDeclaredMethod("importFile", String.class, byte[].class,
                ContributionImports.Replace.class, String.class);
        assertThat(org.springframework.aop.support.AopUtils.isCglibProxy(imports)).isTrue();
        assertThat(transactions.getTransactionAttribute(method, ContributionImports.class)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"employer", "inspector", "officer", "supervisor", "employee"})
    void only_admin_imports(String user) {
        assertProblem(upload(user, csv(row(creditCode(), residentId(), "2025-06"))), 403);
        assertProblem(api.as(user).get("/api/v1/contribution-imports"), 403);
    }

    @Test
    void anonymous_callers_are_401() {
        assertProblem(api.anonymous().upload(IMPORT, "x.csv", "text/csv", csv()), 401);
        assertProblem(api.get(IMPORT + "?creditCode=" + DEMO_EMPLOYER), 401);
        assertProblem(api.get("/api/v1/contribution-imports"), 401);
    }

    @Test
    void the_subsidy_staff_of_the_employers_district_read_its_records() {
        String employee = residentId();
        created(upload("admin", "district.csv", csv(row(DEMO_EMPLOYER, employee, "2025-10"),
                row(XUHUI_EMPLOYER, employee, "2025-09")), "EMPLOYER_MONTHS"));
        String pudong = IMPORT + "?creditCode=" + DEMO_EMPLOYER + "&residentId=" + employee;
        for (String reader : List.of("admin", "officer", "supervisor")) {
            var r = api.as(reader).get(pudong);
            assertThat(r.status()).as(reader + " " + r).isEqualTo(200);
            assertThat(r.json().findValuesAsText("month")).as(reader).containsExactly("2025-10");
        }
        // the Pudong desk does not read a Xuhui employer's records, nor an employer not in the registry
        assertProblem(api.as("officer").get(IMPORT + "?creditCode=" + XUHUI_EMPLOYER), 403);
        assertProblem(api.as("supervisor").get(IMPORT + "?creditCode=" + creditCode()), 403);
        assertThat(api.as("admin").get(IMPORT + "?creditCode=" + XUHUI_EMPLOYER + "&residentId=" + employee).json()
                .findValuesAsText("month")).containsExactly("2025-09");
        // neither the employer itself, nor inspectors, union staff or employees
        for (String other : List.of("employer", "inspector", "union", "employee")) {
            assertProblem(api.as(other).get(pudong), 403);
        }
        // bad parameters
        assertProblem(api.as("admin").get(IMPORT), 400, "creditCode");
        assertProblem(api.as("admin").get(IMPORT + "?creditCode=91310115MA1H8R7C42"), 400, "creditCode");
        assertProblem(api.as("admin").get(IMPORT + "?creditCode=" + DEMO_EMPLOYER + "&residentId=310101198808080026"),
                400, "residentId");
        assertProblem(api.as("admin").get(IMPORT + "?creditCode=" + DEMO_EMPLOYER + "&from=2025-13"), 400, "from");
        assertProblem(api.as("admin").get(IMPORT + "?creditCode=" + DEMO_EMPLOYER + "&from=2025-10&to=2025-09"), 400,
                "to");
    }

    @Test
    void admin_lists_the_past_imports() {
        JsonNode report = created(upload("admin", "list-me.csv", csv(row(creditCode(), residentId(), "2025-06"),
                row("x", residentId(), "2025-06")), "EMPLOYER_MONTHS"));
        var list = api.as("admin").get("/api/v1/contribution-imports?size=5");
        assertThat(list.status()).isEqualTo(200);
        JsonNode newest = list.json().get(0);
        assertThat(newest.path("id").asLong()).isEqualTo(report.path("id").asLong());
        assertThat(newest.path("fileName").asText()).isEqualTo("list-me.csv");
        assertThat(newest.path("firstMonth").asText()).isEqualTo("2025-06");
        assertThat(newest.path("lastMonth").asText()).isEqualTo("2025-06");
        assertThat(newest.path("rowsAccepted").asInt()).isEqualTo(1);
        assertThat(newest.path("rowsRejected").asInt()).isEqualTo(1);
        assertThat(newest.path("importedBy").asText()).isEqualTo("admin");
        assertThat(newest.has("rejections")).isFalse();
        assertProblem(api.as("admin").get("/api/v1/contribution-imports/999999999"), 404);
    }
}
