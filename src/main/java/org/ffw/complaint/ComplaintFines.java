package org.ffw.complaint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.ffw.platform.web.InvalidInputException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The fines the law gives per affected employee for a breach of each kind of leave (REFERENCE §1.3), as configuration
 * ({@code ffw.complaint.fines.<LEAVE_TYPE>: {min, max, source}}): 《女职工劳动保护特别规定》第十三条 and
 * 《劳动保障监察条例》第二十三条 fine breaches of 产假, of nursing time and of the protection of pregnant and nursing
 * employees RMB 1,000–5,000 per affected woman. Where no fine is sourced for a leave type (生育假, 陪产假, 育儿假,
 * 产前检查), only the order to correct is offered.
 */
@ConfigurationProperties("ffw.complaint")
public record ComplaintFines(Map<LeaveType, Range> fines) {

    /** A fine per affected employee, and the provision it rests on. */
    public record Range(BigDecimal min, BigDecimal max, String source) {

        public boolean contains(BigDecimal amount) {
            return amount.compareTo(min) >= 0 && amount.compareTo(max) <= 0;
        }

        /** The range in Chinese words (the task's {@code fine} for the API; the page words it in its language). */
        String words() {
            return "每名职工 " + lower() + "–" + upper() + " 元（" + source + "）";
        }

        /** The bounds as written on the page: 1000, not 1000.00 or 1E+3. */
        public String lower() {
            return min.stripTrailingZeros().toPlainString();
        }

        public String upper() {
            return max.stripTrailingZeros().toPlainString();
        }
    }

    public ComplaintFines {
        fines = fines == null ? new EnumMap<>(LeaveType.class) : new EnumMap<>(fines);
    }

    /** A referral's fine: per affected employee (to the fen), the employees, and the total. */
    public record Fine(BigDecimal perEmployee, int affected, BigDecimal total) {
    }

    /**
     * The fine a penalty decision refers for a breach of this leave (the complaint's and the inspection's, through
     * the shared order to correct): 400 naming {@code penaltyDecision} when the law gives none for it (or {@code type}
     * is null), {@code finePerEmployee} outside the range, {@code affectedEmployees} below 1.
     */
    public Fine referral(LeaveType type, BigDecimal perEmployee, Integer affected) {
        Range range = (type == null ? Optional.<Range>empty() : of(type)).orElseThrow(() ->
                new InvalidInputException("penaltyDecision", "no fine is sourced for "
                        + (type == null ? "the leave found short" : type) + ": only the order to correct applies"));
        if (perEmployee == null || !range.contains(perEmployee)) {
            throw new InvalidInputException("finePerEmployee", "must be between " + range.min().toPlainString()
                    + " and " + range.max().toPlainString() + " (" + range.source() + ")");
        }
        if (affected == null || affected < 1) {
            throw new InvalidInputException("affectedEmployees", "must be at least 1");
        }
        BigDecimal per = perEmployee.setScale(2, RoundingMode.HALF_UP);
        return new Fine(per, affected, per.multiply(BigDecimal.valueOf(affected)).setScale(2, RoundingMode.HALF_UP));
    }

    /** The fine for a breach of this leave, or empty where none is sourced (the inspection's penalty reads it too). */
    public Optional<Range> of(LeaveType type) {
        return Optional.ofNullable(fines.get(type));
    }
}
