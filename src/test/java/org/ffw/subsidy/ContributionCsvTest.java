package org.ffw.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ffw.subsidy.Contributions.HEADER;
import static org.ffw.subsidy.Contributions.csv;
import static org.ffw.subsidy.Contributions.row;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import org.ffw.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The file reader alone: limits, line numbers, amounts. */
class ContributionCsvTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    static final YearMonth EARLIEST = YearMonth.of(2025, 1);

    static ContributionCsv.Parsed parse(byte[] bytes, int maxRows) {
        return ContributionCsv.parse(bytes, TODAY, EARLIEST, maxRows);
    }

    @Test
    void a_file_over_the_row_limit_is_refused_whole() {
        String e = Contributions.creditCode();
        byte[] three = csv(row(e, Contributions.residentId(), "2025-01"), row(e, Contributions.residentId(), "2025-01"),
                row(e, Contributions.residentId(), "2025-01"));
        assertThat(parse(three, 3).accepted()).hasSize(3);
        assertThatThrownBy(() -> parse(three, 2)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("has more than 2 rows");
    }

    @Test
    void lines_are_those_of_the_file_blank_lines_and_quoted_line_breaks_included() {
        String e = Contributions.creditCode();
        String text = HEADER + "\r\n\r\n"
                + row(e, Contributions.residentId(), "2025-01") + "\r"                              // line 3, lone CR
                + row(e, Contributions.residentId(), "2025-01", "\"1\n2\"", "0", "0", "0") + "\n"   // lines 4–5
                + row(e, Contributions.residentId(), "2026-04");                                    // line 6, no newline
        var parsed = parse(text.getBytes(StandardCharsets.UTF_8), 10);
        assertThat(parsed.accepted()).extracting(ContributionCsv.Row::line).containsExactly(3);
        assertThat(parsed.rejections()).extracting(r -> r.line() + " " + r.field())
                .containsExactly("4 pension", "6 month");
        assertThat(parsed.rowsRejected()).isEqualTo(2);
    }

    @Test
    void amounts_are_kept_exactly_with_scale_two() {
        String e = Contributions.creditCode();
        var parsed = parse(csv(row(e, Contributions.residentId(), "2025-01", "1600", ".5", "7.", "1600.000")), 10);
        assertThat(parsed.rejections()).isEmpty();
        ContributionCsv.Row r = parsed.accepted().get(0);
        assertThat(r.pension()).isEqualTo(new BigDecimal("1600.00"));
        assertThat(r.medical()).isEqualTo(new BigDecimal("0.50"));
        assertThat(r.unemployment()).isEqualTo(new BigDecimal("7.00"));
        assertThat(r.workInjury()).isEqualTo(new BigDecimal("1600.00"));
    }

    @Test
    void a_header_alone_is_no_rows_and_blank_text_is_no_file() {
        assertThat(parse((HEADER + "\n\n").getBytes(StandardCharsets.UTF_8), 10).accepted()).isEmpty();
        assertThatThrownBy(() -> parse(" \r\n\n".getBytes(StandardCharsets.UTF_8), 10))
                .hasMessageContaining("is empty");
        assertThatThrownBy(() -> parse("\uFEFF".getBytes(StandardCharsets.UTF_8), 10))
                .hasMessageContaining("is empty");
    }
}
