package org.ffw.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.ffw.certification.CertificationFigures.DistrictCertificates;
import org.ffw.complaint.ComplaintFigures.FindingMonth;
import org.ffw.complaint.ComplaintFigures.LeaveTypeFinding;
import org.ffw.identity.UserService;
import org.ffw.inspection.InspectionFigures.CampaignResult;
import org.ffw.platform.cases.CaseFigures.Week;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.web.Languages;
import org.ffw.platform.web.PageFormat;
import org.ffw.report.Reports.Figure;
import org.ffw.subsidy.SubsidyFigures.Month;
import org.ffw.worktable.TaskFigures.OnTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A figure's rows as the reader reads them, in their language: a table (the page's table under the chart, the CSV,
 * the JSON API) and the chart's data (ECharts, js/reports.js). Codes stay in the JSON only; every label a person reads
 * is a word from the bundles (procedures, leave types, findings) or a district's name.
 */
@Component
class ReportTables {

    /** CODE: for programs (JSON only); TEXT: words; DATE: a day or a month; NUMBER: a count, an amount, a share. */
    enum Kind { CODE, TEXT, DATE, NUMBER }

    record Column(String key, String label, Kind kind) {
    }

    /** A figure as a table: its columns and rows of cells (words, LocalDate/YearMonth, numbers) in column order. */
    record Table(Figure figure, String title, String description, List<Column> columns, List<List<Object>> rows) {

        List<Column> readable() {
            return columns.stream().filter(c -> c.kind() != Kind.CODE).toList();
        }

        List<List<Object>> readableRows() {
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).kind() != Kind.CODE) {
                    keep.add(i);
                }
            }
            return rows.stream().map(r -> keep.stream().map(r::get).toList()).toList();
        }
    }

    /** One series of a chart; those of one stack are stacked. */
    record Series(String name, String stack, List<Number> values) {
    }

    /** What ECharts draws: "bar" or "line" over the categories; unit "%" for shares. */
    record Chart(String type, List<String> categories, List<Series> series, String unit) {
    }

    private final MessageSource messages;
    private final UserService users;

    ReportTables(MessageSource messages, UserService users) {
        this.messages = messages;
        this.users = users;
    }

    Table table(Figure f, List<?> rows, Locale l) {
        String title = msg("reports." + f.slug() + ".title", l);
        String about = msg("reports." + f.slug() + ".about", l);
        List<Column> cols = new ArrayList<>();
        List<List<Object>> out = new ArrayList<>();
        switch (f) {
            case CASES -> {
                cols(cols, l, "week:DATE", "procedure:CODE", "procedureName:TEXT", "opened:NUMBER", "closed:NUMBER");
                for (Object o : rows) {
                    Week w = (Week) o;
                    out.add(List.of(w.monday(), w.procedure().name(), procedure(w.procedure(), l), w.opened(),
                            w.closed()));
                }
            }
            case COMPLAINTS -> {
                cols(cols, l, "leaveType:CODE", "leaveTypeName:TEXT", "finding:CODE", "findingName:TEXT",
                        "complaints:NUMBER");
                for (Object o : rows) {
                    LeaveTypeFinding c = (LeaveTypeFinding) o;
                    out.add(java.util.Arrays.asList(c.leaveType().name(), msg("leave." + c.leaveType().name(), l),
                            c.finding(), finding(c.finding(), l), c.complaints()));
                }
            }
            case DEADLINES -> {
                cols(cols, l, "procedure:CODE", "procedureName:TEXT", "completed:NUMBER", "withinDeadline:NUMBER",
                        "share:NUMBER");
                for (Object o : rows) {
                    OnTime t = (OnTime) o;
                    out.add(List.of(t.procedure().name(), procedure(t.procedure(), l), t.completed(),
                            t.withinDeadline(), t.share()));
                }
            }
            case FINDING_TIME -> {
                cols(cols, l, "month:DATE", "complaints:NUMBER", "averageWorkingDays:NUMBER");
                for (Object o : rows) {
                    FindingMonth m = (FindingMonth) o;
                    out.add(List.of(m.month(), m.complaints(), m.averageWorkingDays()));
                }
            }
            case SUBSIDIES -> {
                cols(cols, l, "month:DATE", "approved:NUMBER", "approvedAmount:NUMBER", "paid:NUMBER",
                        "paidAmount:NUMBER");
                for (Object o : rows) {
                    Month m = (Month) o;
                    out.add(List.of(m.month(), m.approved(), m.approvedAmount(), m.paid(), m.paidAmount()));
                }
            }
            case CERTIFICATES -> {
                cols(cols, l, "district:CODE", "districtName:TEXT", "valid:NUMBER", "expired:NUMBER",
                        "revoked:NUMBER", "surrendered:NUMBER");
                for (Object o : rows) {
                    DistrictCertificates d = (DistrictCertificates) o;
                    out.add(List.of(d.district(), district(d.district(), l), d.valid(), d.expired(), d.revoked(),
                            d.surrendered()));
                }
            }
            case CAMPAIGNS -> {
                cols(cols, l, "campaignId:CODE", "campaign:TEXT", "inspected:NUMBER", "violations:NUMBER",
                        "rectified:NUMBER");
                for (Object o : rows) {
                    CampaignResult c = (CampaignResult) o;
                    out.add(List.of(c.campaignId(), c.title(), c.inspected(), c.violations(), c.rectified()));
                }
            }
            default -> throw new IllegalStateException(f.name());
        }
        return new Table(f, title, about, cols, out);
    }

    /** The chart of a table: categories along the axis, one series per number column (or per word of a pivot). */
    Chart chart(Table t, Locale l) {
        return switch (t.figure()) {
            // weeks along the axis; per procedure one stack of the opened and one of the closed
            case CASES -> pivot(t, 0, 2, List.of(3, 4), l, "bar");
            // leave types along the axis, the findings stacked
            case COMPLAINTS -> pivot(t, 1, 3, List.of(4), l, "bar");
            case DEADLINES -> plain(t, 1, List.of(4), l, "bar", "%");
            case FINDING_TIME -> plain(t, 0, List.of(2), l, "line", "");
            case SUBSIDIES -> plain(t, 0, List.of(2, 4), l, "bar", "");
            case CERTIFICATES -> stacked(plain(t, 1, List.of(2, 3, 4, 5), l, "bar", ""));
            case CAMPAIGNS -> plain(t, 1, List.of(2, 3, 4), l, "bar", "");
        };
    }

    /** The words of a cell for the page: a day as the pages write it (PageFormat), a month, a number as it is. */
    String text(Object cell, Locale l) {
        if (cell instanceof LocalDate d) {
            return PageFormat.dateIn(l, d);
        }
        if (cell instanceof YearMonth m) {
            return Languages.english(l) ? DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH).format(m)
                    : m.getYear() + "年" + m.getMonthValue() + "月";
        }
        if (cell instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return cell == null ? "" : cell.toString();
    }

    private Chart plain(Table t, int category, List<Integer> numbers, Locale l, String type, String unit) {
        List<String> categories = t.rows().stream().map(r -> text(r.get(category), l)).toList();
        List<Series> series = new ArrayList<>();
        for (int n : numbers) {
            series.add(new Series(t.columns().get(n).label(), null,
                    t.rows().stream().map(r -> (Number) r.get(n)).toList()));
        }
        return new Chart(type, categories, series, unit);
    }

    private static Chart stacked(Chart c) {
        return new Chart(c.type(), c.categories(),
                c.series().stream().map(s -> new Series(s.name(), "all", s.values())).toList(), c.unit());
    }

    /** Categories from one column, a series per word of another column and number column, zeros where none. */
    private Chart pivot(Table t, int category, int word, List<Integer> numbers, Locale l, String type) {
        LinkedHashSet<String> categories = new LinkedHashSet<>();
        LinkedHashSet<String> words = new LinkedHashSet<>();
        for (List<Object> r : t.rows()) {
            categories.add(text(r.get(category), l));
            words.add(text(r.get(word), l));
        }
        List<String> cats = List.copyOf(categories);
        Map<String, Number[]> values = new LinkedHashMap<>();
        Map<String, String> stacks = new LinkedHashMap<>();
        for (int n : numbers) {
            for (String w : words) {
                String name = numbers.size() == 1 ? w : w + " · " + t.columns().get(n).label();
                Number[] v = new Number[cats.size()];
                java.util.Arrays.fill(v, 0L);
                values.put(name, v);
                stacks.put(name, numbers.size() == 1 ? "all" : t.columns().get(n).key());
            }
        }
        for (List<Object> r : t.rows()) {
            int c = cats.indexOf(text(r.get(category), l));
            for (int n : numbers) {
                String w = text(r.get(word), l);
                String name = numbers.size() == 1 ? w : w + " · " + t.columns().get(n).label();
                values.get(name)[c] = (Number) r.get(n);
            }
        }
        List<Series> series = values.entrySet().stream()
                .map(e -> new Series(e.getKey(), stacks.get(e.getKey()), List.of(e.getValue()))).toList();
        return new Chart(type, cats, series, "");
    }

    private void cols(List<Column> cols, Locale l, String... specs) {
        for (String s : specs) {
            String[] p = s.split(":");
            Kind kind = Kind.valueOf(p[1]);
            cols.add(new Column(p[0], kind == Kind.CODE ? p[0] : msg("reports.col." + p[0], l), kind));
        }
    }

    private String procedure(Procedure p, Locale l) {
        return msg("search.procedure." + p.name(), l);
    }

    private String finding(String code, Locale l) {
        return code == null ? msg("reports.finding.none", l) : msg("code." + code, l);
    }

    private String district(String code, Locale l) {
        Function<org.ffw.identity.District, String> name = d -> Languages.english(l) && d.nameEn() != null
                && !d.nameEn().isBlank() ? d.nameEn() : d.nameZh();
        return users.district(code).map(name).orElse(code);
    }

    private String msg(String key, Locale l) {
        return messages.getMessage(key, null, key, l);
    }
}
