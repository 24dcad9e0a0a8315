package org.ffw.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ffw.report.ReportTables.Column;
import org.ffw.report.ReportTables.Table;
import org.ffw.report.Reports.Scope;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A figure's table as a CSV download: UTF-8 with a byte-order mark (so that a spreadsheet opens the Chinese words
 * correctly), the header row in the reader's language, days and months as ISO text, amounts as plain numbers.
 */
final class ReportCsv {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String BOM = "\uFEFF";

    private ReportCsv() {
    }

    static ResponseEntity<byte[]> download(Table t, Scope s) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(t.readable().stream().map(Column::label).toList());
            for (List<Object> row : t.readableRows()) {
                csv.printRecord(row.stream().map(ReportCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = "ffw-" + t.figure().slug() + (s.district() == null ? "" : "-" + s.district()) + "-" + s.from()
                + "-" + s.to() + ".csv";
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String cell(Object o) {
        if (o instanceof LocalDate || o instanceof YearMonth) {
            return o.toString();
        }
        if (o instanceof java.math.BigDecimal b) {
            return b.toPlainString();
        }
        return o == null ? "" : o.toString();
    }
}
