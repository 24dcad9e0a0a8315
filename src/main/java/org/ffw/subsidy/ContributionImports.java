package org.ffw.subsidy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.ffw.platform.web.InvalidInputException;
import org.ffw.rules.WorkingDays;
import org.ffw.subsidy.ContributionRecordMapper.ImportMonth;
import org.ffw.subsidy.ContributionRecordMapper.ImportRow;
import org.ffw.subsidy.ContributionRecordMapper.IndexedRejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import of the agency's contribution records (先缴后补), ADMIN's: a CSV file checked row by row
 * ({@link ContributionCsv}); its accepted rows replace what was recorded before for the months they are for
 * ({@link Replace}); every import is recorded with its report. One transaction per import, one import at a time.
 */
@Service
class ContributionImports {

    private static final Logger log = LoggerFactory.getLogger(ContributionImports.class);
    private static final int CHUNK = 500;

    /** What an import replaces. */
    enum Replace {
        /**
         * Every record of each month the file has accepted rows for is deleted and replaced by the file's rows of
         * that month: a corrected monthly file of the agency supersedes the previous one entirely. The default.
         */
        MONTHS,
        /**
         * Only the records of each (employer, month) the file has accepted rows for: for a month delivered in
         * several files, split by employer.
         */
        EMPLOYER_MONTHS
    }

    /** A rejected row's problem: the line of the file, the column (or "row"), why (English, as the API says it). */
    record Rejection(int line, String field, String message) {
    }

    /** One month an import covered: the rows it accepted for it, the earlier records they replaced. */
    record Month(YearMonth month, int rowsAccepted, int recordsReplaced) {
    }

    /** An import as the list shows it. */
    record Summary(long id, String fileName, String sha256, Replace replace, YearMonth firstMonth,
                   YearMonth lastMonth, int rowsAccepted, int rowsRejected, int recordsReplaced, String importedBy,
                   Instant importedAt) {
    }

    /**
     * The report of an import: the summary, its months and the rejections — every one while there are at most
     * {@code ffw.contributions.max-listed-rejections}, else the first ones ({@code rejectionsTruncated}).
     */
    record Report(long id, String fileName, String sha256, Replace replace, int rowsAccepted, int rowsRejected,
                  int recordsReplaced, String importedBy, Instant importedAt, List<Month> months,
                  List<Rejection> rejections, boolean rejectionsTruncated) {
    }

    private final ContributionRecordMapper mapper;
    private final WorkingDays workingDays;
    private final ContributionProperties limits;

    ContributionImports(ContributionRecordMapper mapper, WorkingDays workingDays, ContributionProperties limits) {
        this.mapper = mapper;
        this.workingDays = workingDays;
        this.limits = limits;
    }

    ContributionProperties limits() {
        return limits;
    }

    /**
     * Imports a file. A file that is not such a CSV (not UTF-8, no header, broken quoting, too large, too many rows)
     * is an {@link InvalidInputException} on {@code file} and changes nothing; otherwise the import is recorded and
     * its report returned, also when no row was accepted (then nothing was replaced).
     */
    @Transactional
    Report importFile(String fileName, byte[] bytes, Replace replace, String importedBy) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("file", "is empty");
        }
        if (bytes.length > limits.maxFileSize().toBytes()) {
            throw new InvalidInputException("file", "is larger than " + limits.maxFileSize().toMegabytes() + " MB");
        }
        ContributionCsv.Parsed parsed = ContributionCsv.parse(bytes, workingDays.today(), limits.earliestMonth(),
                limits.maxRows());
        mapper.lockImports();

        Instant now = Instant.now();
        List<ContributionCsv.Row> rows = parsed.accepted();
        TreeMap<YearMonth, List<ContributionCsv.Row>> byMonth = rows.stream()
                .collect(Collectors.groupingBy(ContributionCsv.Row::month, TreeMap::new, Collectors.toList()));
        ImportRow row = new ImportRow();
        row.setFileName(fileName(fileName));
        row.setFileSha256(sha256(bytes));
        row.setReplaceScope(replace == null ? Replace.MONTHS : replace);
        row.setFirstMonth(byMonth.isEmpty() ? null : byMonth.firstKey());
        row.setLastMonth(byMonth.isEmpty() ? null : byMonth.lastKey());
        row.setRowsAccepted(rows.size());
        row.setRowsRejected(parsed.rowsRejected());
        row.setProblems(parsed.rejections().size());
        row.setImportedBy(importedBy);
        row.setImportedAt(now);
        mapper.insertImport(row);
        long id = row.getId();

        int replacedInAll = 0;
        for (Map.Entry<YearMonth, List<ContributionCsv.Row>> month : byMonth.entrySet()) {
            int replaced = delete(row.getReplaceScope(), month.getKey(), month.getValue());
            replacedInAll += replaced;
            for (int from = 0; from < month.getValue().size(); from += CHUNK) {
                mapper.insertRecords(month.getValue().subList(from, Math.min(from + CHUNK,
                        month.getValue().size())), id, now);
            }
            mapper.insertMonth(id, month.getKey(), month.getValue().size(), replaced);
        }
        List<Rejection> listed = parsed.rejections().subList(0, Math.min(parsed.rejections().size(),
                limits.maxListedRejections()));
        List<IndexedRejection> indexed = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            Rejection r = listed.get(i);
            indexed.add(new IndexedRejection(i + 1, new Rejection(r.line(), r.field(), clip(r.message()))));
        }
        for (int from = 0; from < indexed.size(); from += CHUNK) {
            mapper.insertRejections(id, indexed.subList(from, Math.min(from + CHUNK, indexed.size())));
        }
        row.setRecordsReplaced(replacedInAll);
        mapper.finishImport(row);
        log.info("contribution import {} ({} scope): {} rows accepted for {} month(s), {} rejected, {} earlier "
                        + "records replaced", id, row.getReplaceScope(), rows.size(), byMonth.size(),
                parsed.rowsRejected(), replacedInAll);
        return report(row);
    }

    private int delete(Replace replace, YearMonth month, List<ContributionCsv.Row> rows) {
        if (replace == Replace.MONTHS) {
            return mapper.deleteMonth(month);
        }
        List<String> employers = rows.stream().map(ContributionCsv.Row::creditCode).distinct().sorted().toList();
        int deleted = 0;
        for (int from = 0; from < employers.size(); from += CHUNK) {
            deleted += mapper.deleteEmployersOfMonth(month, employers.subList(from,
                    Math.min(from + CHUNK, employers.size())));
        }
        return deleted;
    }

    /** The imports, newest first. */
    List<Summary> imports(int page, int size) {
        return mapper.imports(size, page * size).stream().map(ContributionImports::summary).toList();
    }

    Optional<Report> find(long id) {
        return Optional.ofNullable(mapper.findImport(id)).map(this::report);
    }

    private Report report(ImportRow row) {
        List<Month> months = mapper.months(row.getId()).stream()
                .map((ImportMonth m) -> new Month(m.month(), m.rowsAccepted(), m.recordsReplaced())).toList();
        List<Rejection> rejections = mapper.rejections(row.getId());
        return new Report(row.getId(), row.getFileName(), row.getFileSha256(), row.getReplaceScope(),
                row.getRowsAccepted(), row.getRowsRejected(), row.getRecordsReplaced(), row.getImportedBy(),
                row.getImportedAt(), months, rejections, row.getProblems() > rejections.size());
    }

    private static Summary summary(ImportRow r) {
        return new Summary(r.getId(), r.getFileName(), r.getFileSha256(), r.getReplaceScope(), r.getFirstMonth(),
                r.getLastMonth(), r.getRowsAccepted(), r.getRowsRejected(), r.getRecordsReplaced(),
                r.getImportedBy(), r.getImportedAt());
    }

    /** The file's own name, without a path a browser may send, at most 255 characters. */
    private static String fileName(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        n = n.isEmpty() ? "contributions.csv" : n;
        return n.length() > 255 ? n.substring(0, 255) : n;
    }

    private static String clip(String message) {
        return message.length() > 255 ? message.substring(0, 254) + "…" : message;
    }

    private static String sha256(byte[] bytes) {
        return org.ffw.platform.Hashes.sha256(bytes);
    }
}
