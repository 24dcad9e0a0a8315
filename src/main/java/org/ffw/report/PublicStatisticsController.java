package org.ffw.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The published statistics for anyone, without a login: JSON and CSV, the small-count rule applied. */
@RestController
@Tag(name = "statistics (public)")
class PublicStatisticsController {

    static final String PATH = "/api/v1/public/statistics";

    private static final String[] HEADER = {"区 district code", "区 district", "有效认定单位 certified employers",
        "生育友好岗 certified posts", "受理决定 complaints decided on acceptance",
        "5个工作日内受理 % accepted within 5 working days", "调查结论 findings",
        "受理至结论工作日中位数 median working days from acceptance to finding"};

    private final PublicStatistics statistics;

    PublicStatisticsController(PublicStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping(PATH)
    @Operation(summary = "The year's published figures per district and for the city (default: this year); a count "
            + "below 5, or one that could be derived from the city's total, is \"<5\", a share or median based on it "
            + "null; a year that is not a whole number from 2021 to this year is a 400")
    PublicStatistics.Year statistics(@RequestParam(required = false) String year) {
        return statistics.of(statistics.year(year));
    }

    @GetMapping(PATH + ".csv")
    @Operation(summary = "The same figures as CSV (UTF-8 with a byte-order mark), one line per district and the city")
    ResponseEntity<String> csv(@RequestParam(required = false) String year) {
        PublicStatistics.Year y = statistics.of(statistics.year(year));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("public-statistics-" + y.year() + ".csv").build().toString())
                .body("\uFEFF" + csv(y));
    }

    static String csv(PublicStatistics.Year y) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (PublicStatistics.Row r : y.districts()) {
                p.printRecord(line(r.districtCode(), r.district(), r));
            }
            p.printRecord(line("", "全市 city", y.city()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Object> line(String code, String name, PublicStatistics.Row r) {
        List<Object> cells = new ArrayList<>(List.of(code, name));
        cells.add(r.certifiedEmployers().json());
        cells.add(r.certifiedPosts().json());
        cells.add(r.complaintsDecided().json());
        cells.add(figure(r.acceptedWithin5WorkingDaysPercent()));
        cells.add(r.findings().json());
        cells.add(figure(r.medianWorkingDaysToFinding()));
        return cells;
    }

    /** A figure not published is empty in the CSV, as null is in the JSON. */
    private static String figure(PublicStatistics.Figure f) {
        BigDecimal v = f.value();
        return v == null ? "" : v.toPlainString();
    }
}
