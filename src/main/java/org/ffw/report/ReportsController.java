package org.ffw.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.Languages;
import org.ffw.platform.web.NotFoundException;
import org.ffw.report.ReportTables.Column;
import org.ffw.report.ReportTables.Table;
import org.ffw.report.Reports.Figure;
import org.ffw.report.Reports.Scope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reports/{figure}}: one figure of the reports (docs/reports.md) as JSON, or with
 * {@code format=csv} as the CSV download of the page. Supervisors read their district, administrators the city or
 * one district.
 */
@RestController
class ReportsController {

    static final String READERS = "hasAnyRole('SUPERVISOR','ADMIN')";

    /** A figure as JSON: its scope, the columns (key and words) and the rows keyed by column. */
    record Answer(String figure, String title, String district, LocalDate from, LocalDate to, List<Column> columns,
                  List<Map<String, Object>> rows) {
    }

    private final Reports reports;
    private final ReportTables tables;

    ReportsController(Reports reports, ReportTables tables) {
        this.reports = reports;
        this.tables = tables;
    }

    @GetMapping("/api/v1/reports")
    @PreAuthorize(READERS)
    Map<String, Object> figures() {
        return Map.of("figures", java.util.Arrays.stream(Figure.values()).map(Figure::slug).toList());
    }

    @GetMapping("/api/v1/reports/{figure}")
    @PreAuthorize(READERS)
    ResponseEntity<?> figure(@PathVariable String figure, @RequestParam(required = false) String district,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(defaultValue = "json") String format) {
        Figure f = Figure.ofSlug(figure).orElseThrow(() -> new NotFoundException("No such report: " + figure));
        if (!format.equals("json") && !format.equals("csv")) {
            throw new InvalidInputException("format", "must be one of json, csv");
        }
        Scope s = reports.scope(CurrentUser.get(), district, from, to);
        Locale l = Languages.current();
        Table t = tables.table(f, reports.figure(f, s), l);
        if (format.equals("csv")) {
            return ReportCsv.download(t, s);
        }
        List<Map<String, Object>> rows = t.rows().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < t.columns().size(); i++) {
                m.put(t.columns().get(i).key(), r.get(i));
            }
            return m;
        }).toList();
        return ResponseEntity.ok(new Answer(f.slug(), t.title(), s.district(), s.from(), s.to(), t.columns(), rows));
    }
}
