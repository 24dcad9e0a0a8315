package org.ffw.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ffw.identity.UserService;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.FieldErrors;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.Languages;
import org.ffw.platform.web.NotFoundException;
import org.ffw.report.ReportTables.Kind;
import org.ffw.report.ReportTables.Table;
import org.ffw.report.Reports.Figure;
import org.ffw.report.Reports.Scope;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code /reports}: 统计报表, the dashboard's charts with a table under each, and {@code /reports/{figure}.csv}, the
 * same figure as a download. A period typed wrongly is shown beside its field, with the values kept and nothing
 * counted.
 */
@Controller
class ReportsPages {

    /** One figure as the page shows it: the chart's data as JSON for js/reports.js, and the table in words. */
    record Shown(String slug, String title, String about, List<String> headers, List<Boolean> numeric,
                 List<List<String>> cells, String chartJson) {
    }

    /** The form as typed, given back to the page. */
    record Query(String district, String from, String to) {
    }

    private final Reports reports;
    private final ReportTables tables;
    private final UserService users;
    private final ObjectMapper json;

    ReportsPages(Reports reports, ReportTables tables, UserService users, ObjectMapper json) {
        this.reports = reports;
        this.tables = tables;
        this.users = users;
        this.json = json;
    }

    @GetMapping("/reports")
    @PreAuthorize(ReportsController.READERS)
    String page(@RequestParam(required = false) String district, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, Model model) {
        FfwUser me = CurrentUser.get();
        boolean admin = me.has(Role.ADMIN);
        model.addAttribute("admin", admin);
        model.addAttribute("districts", admin ? users.districts() : List.of());
        model.addAttribute("q", new Query(district, from, to));
        model.addAttribute("labels", Map.of("district", "reports.district", "from", "reports.from", "to",
                "reports.to"));
        model.addAttribute("figures", List.of());
        try {
            Scope s = reports.scope(me, district, day("from", from, to, "to"), day("to", to, null, null));
            Locale l = Languages.current();
            List<Shown> shown = new ArrayList<>();
            for (Figure f : Figure.values()) {
                shown.add(show(tables.table(f, reports.figure(f, s), l), l));
            }
            model.addAttribute("scope", s);
            model.addAttribute("districtName", s.district() == null ? null
                    : users.district(s.district()).map(d -> Languages.english(l) && d.nameEn() != null
                            ? d.nameEn() : d.nameZh()).orElse(s.district()));
            model.addAttribute("figures", shown);
            model.addAttribute("errors", FieldErrors.none());
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FieldErrors.of(e));
        }
        return "report/reports";
    }

    @GetMapping("/reports/{figure}.csv")
    @PreAuthorize(ReportsController.READERS)
    ResponseEntity<byte[]> csv(@PathVariable String figure, @RequestParam(required = false) String district,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Figure f = Figure.ofSlug(figure).orElseThrow(() -> new NotFoundException("No such report: " + figure));
        Scope s = reports.scope(CurrentUser.get(), district, day("from", from, to, "to"), day("to", to, null, null));
        return ReportCsv.download(tables.table(f, reports.figure(f, s), Languages.current()), s);
    }

    private Shown show(Table t, Locale l) {
        List<String> headers = t.readable().stream().map(ReportTables.Column::label).toList();
        List<Boolean> numeric = t.readable().stream().map(c -> c.kind() == Kind.NUMBER).toList();
        List<List<String>> cells = t.readableRows().stream()
                .map(r -> r.stream().map(c -> tables.text(c, l)).toList()).toList();
        try {
            return new Shown(t.figure().slug(), t.title(), t.description(), headers, numeric, cells,
                    json.writeValueAsString(tables.chart(t, l)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A day as typed (yyyy-mm-dd); both fields are checked so that each wrong one is said beside it. */
    private static LocalDate day(String field, String text, String otherText, String otherField) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate d = parse(field, text, problems);
        if (otherField != null) {
            parse(otherField, otherText, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return d;
    }

    private static LocalDate parse(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be a date (yyyy-mm-dd)"));
            return null;
        }
    }
}
