package org.ffw.subsidy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.rules.CreditCodes;
import org.ffw.rules.ResidentIds;

/**
 * Reads the agency's contribution file (docs/subsidy-records.md): UTF-8 (a BOM is dropped), CRLF or LF, RFC 4180
 * quoting, the header {@value #HEADER} (in any column order), one row per employer, employee and month. Each row
 * is checked on its own; every problem of a rejected row is reported with its line and field. A file that is not
 * such a CSV at all — not UTF-8, no header, broken quoting, too many rows — is an {@link InvalidInputException} on
 * the field {@code file}: nothing of it is taken.
 */
final class ContributionCsv {

    static final String HEADER = "creditCode,residentId,month,pension,medical,unemployment,workInjury";
    static final List<String> COLUMNS = List.of(HEADER.split(","));
    static final List<String> AMOUNTS = List.of("pension", "medical", "unemployment", "workInjury");

    /** The field of a problem with the whole row (its number of values, a duplicate key). */
    static final String ROW = "row";

    /** At most 12 digits before the point (DECIMAL(14,2)). */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    /** A row that passed: normalised identifiers, amounts with scale 2; {@code line} of the file. */
    record Row(int line, String creditCode, String residentId, YearMonth month, BigDecimal pension,
               BigDecimal medical, BigDecimal unemployment, BigDecimal workInjury) {

        String key() {
            return creditCode + "|" + residentId + "|" + month;
        }
    }

    /** The rows that passed, the problems of those that did not (by line, then column), how many rows were rejected. */
    record Parsed(List<Row> accepted, List<ContributionImports.Rejection> rejections, int rowsRejected) {
    }

    private ContributionCsv() {
    }

    /**
     * @param today    today in Shanghai: a record may not be for a later month than this one
     * @param earliest the first month a record may be for
     */
    static Parsed parse(byte[] bytes, LocalDate today, YearMonth earliest, int maxRows) {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InvalidInputException("file", "is empty");
        }
        Lines lines = new Lines(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(true).get();
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Integer> columns = null;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                if (isBlank(record)) {
                    continue;
                }
                int line = lines.of(record.getCharacterPosition());
                if (columns == null) {
                    columns = header(record);
                    continue;
                }
                if (candidates.size() == maxRows) {
                    throw new InvalidInputException("file", "has more than " + maxRows + " rows; split it (see the "
                            + "re-import rules)");
                }
                candidates.add(new Candidate(line, record.values()));
            }
        } catch (UncheckedIOException e) {
            // commons-csv: a quoted value never closed, or text after a closing quote
            throw new InvalidInputException("file", "is not a valid CSV file (broken quoting near line "
                    + Lines.lineAt(e.getMessage()) + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (columns == null) {
            throw new InvalidInputException("file", "is empty");
        }
        return check(candidates, columns, today, earliest);
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "is not UTF-8 text (save it as \"CSV UTF-8\")");
        }
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    /** The column of each name; the header must name the seven columns, each once, and nothing else. */
    private static Map<String, Integer> header(CSVRecord record) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i);
            if (!COLUMNS.contains(name) || columns.putIfAbsent(name, i) != null) {
                unknown.add(name.isEmpty() ? "(empty)" : name);
            }
        }
        List<String> missing = COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            StringBuilder why = new StringBuilder("must begin with the header line " + HEADER);
            if (!missing.isEmpty()) {
                why.append("; missing: ").append(String.join(", ", missing));
            }
            if (!unknown.isEmpty()) {
                why.append("; not expected: ").append(String.join(", ", unknown.stream()
                        .map(u -> u.length() > 40 ? u.substring(0, 40) + "…" : u).toList()));
            }
            throw new InvalidInputException("file", why.toString());
        }
        return columns;
    }

    private record Candidate(int line, String[] values) {
    }

    private static Parsed check(List<Candidate> candidates, Map<String, Integer> columns, LocalDate today,
                                YearMonth earliest) {
        YearMonth current = YearMonth.from(today);
        Map<Integer, List<ContributionImports.Rejection>> problems = new LinkedHashMap<>();
        List<Row> valid = new ArrayList<>();
        // rows by key (only those whose three key fields are valid): a key on two lines is rejected on both
        Map<String, List<Integer>> linesOfKey = new HashMap<>();
        for (Candidate c : candidates) {
            List<ContributionImports.Rejection> mine = new ArrayList<>();
            if (c.values().length != COLUMNS.size()) {
                mine.add(new ContributionImports.Rejection(c.line(), ROW,
                        "has " + c.values().length + " values, the header has " + COLUMNS.size()));
                problems.put(c.line(), mine);
                continue;
            }
            String creditCode = CreditCodes.normalize(c.values()[columns.get("creditCode")]);
            CreditCodes.problem(creditCode).ifPresent(p -> mine.add(reject(c, "creditCode", p)));
            String residentId = ResidentIds.normalize(c.values()[columns.get("residentId")]);
            ResidentIds.problem(residentId, today).ifPresent(p -> mine.add(reject(c, "residentId", p)));
            YearMonth month = month(c, c.values()[columns.get("month")], current, earliest, mine);
            BigDecimal[] amounts = new BigDecimal[AMOUNTS.size()];
            for (int i = 0; i < AMOUNTS.size(); i++) {
                amounts[i] = amount(c, AMOUNTS.get(i), c.values()[columns.get(AMOUNTS.get(i))], mine);
            }
            boolean keyValid = mine.stream().noneMatch(r -> List.of("creditCode", "residentId", "month")
                    .contains(r.field()));
            if (keyValid) {
                linesOfKey.computeIfAbsent(creditCode + "|" + residentId + "|" + month, k -> new ArrayList<>())
                        .add(c.line());
            }
            if (mine.isEmpty()) {
                valid.add(new Row(c.line(), creditCode, residentId, month, amounts[0], amounts[1], amounts[2],
                        amounts[3]));
            } else {
                problems.put(c.line(), mine);
            }
        }
        for (List<Integer> lines : linesOfKey.values()) {
            if (lines.size() > 1) {
                for (int line : lines) {
                    List<Integer> others = lines.stream().filter(l -> l != line).toList();
                    problems.computeIfAbsent(line, l -> new ArrayList<>()).add(new ContributionImports.Rejection(line,
                            ROW, "same creditCode, residentId and month as line" + (others.size() > 1 ? "s " : " ")
                            + String.join(", ", others.stream().map(String::valueOf).toList())));
                }
            }
        }
        List<Row> accepted = valid.stream().filter(r -> !problems.containsKey(r.line())).toList();
        List<ContributionImports.Rejection> rejections = problems.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparingInt(ContributionImports.Rejection::line)
                        .thenComparingInt(r -> order(r.field())))
                .toList();
        return new Parsed(accepted, rejections, problems.size());
    }

    private static int order(String field) {
        int i = COLUMNS.indexOf(field);
        return i < 0 ? COLUMNS.size() : i;
    }

    private static ContributionImports.Rejection reject(Candidate c, String field, String message) {
        return new ContributionImports.Rejection(c.line(), field, message);
    }

    private static YearMonth month(Candidate c, String value, YearMonth current, YearMonth earliest,
                                   List<ContributionImports.Rejection> mine) {
        if (value.isEmpty()) {
            mine.add(reject(c, "month", "is required"));
            return null;
        }
        var m = MONTH.matcher(value);
        int number = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        if (number < 1 || number > 12) {
            mine.add(reject(c, "month", "must be a month as yyyy-MM (for example 2026-03)"));
            return null;
        }
        YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), number);
        if (month.isAfter(current)) {
            mine.add(reject(c, "month", "must not be after the current month (" + current + ")"));
            return null;
        }
        if (month.isBefore(earliest)) {
            mine.add(reject(c, "month", "must not be before " + earliest + " (the first month the subsidy covers)"));
            return null;
        }
        return month;
    }

    private static BigDecimal amount(Candidate c, String field, String value,
                                     List<ContributionImports.Rejection> mine) {
        if (value.isEmpty()) {
            mine.add(reject(c, field, "is required (0 when nothing was paid)"));
            return null;
        }
        if (!PLAIN_NUMBER.matcher(value).matches()) {
            mine.add(reject(c, field, "must be a number in yuan such as 1234.56 (no thousands separators or units)"));
            return null;
        }
        BigDecimal amount = new BigDecimal(value);
        if (amount.signum() < 0) {
            mine.add(reject(c, field, "must not be negative"));
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            mine.add(reject(c, field, "must have at most 2 decimal places"));
            return null;
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            mine.add(reject(c, field, "must be at most " + MAX_AMOUNT.toPlainString()));
            return null;
        }
        return amount.setScale(2);
    }

    /** Line numbers (1-based) of character positions in the text; a line ends at LF, CRLF or a lone CR. */
    private static final class Lines {
        private final int[] starts;

        Lines(String text) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '\n' || (ch == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        int of(long position) {
            int i = Arrays.binarySearch(starts, (int) position);
            return (i >= 0 ? i : -i - 2) + 1;
        }

        /** The line a commons-csv message names ("(line 12)", "at line: 12"), or "?" when it names none. */
        static String lineAt(String message) {
            var m = Pattern.compile("line:? (\\d+)").matcher(message == null ? "" : message.toLowerCase(Locale.ROOT));
            return m.find() ? m.group(1) : "?";
        }
    }
}
