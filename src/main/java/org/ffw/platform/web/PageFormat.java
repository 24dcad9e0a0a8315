package org.ffw.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

import org.ffw.platform.Shanghai;
import org.ffw.platform.timeline.TimelineEntry;
import org.ffw.platform.timeline.TimelineNotes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Formatting for the pages, as {@code ${@fmt.time(t)}}, in the request's language ({@link Languages}): instants in
 * Shanghai time and dates as people write them (2026-03-10 in Chinese, 10 Mar 2026 in English), sizes, and labels of
 * codes from the message bundles ({@code ${@fmt.label('code', 'DISPUTES')}} → 有异议 / Disputes it, the code itself
 * if unknown).
 */
@Component("fmt")
public class PageFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Shanghai.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(Shanghai.ZONE);
    private static final DateTimeFormatter TIME_EN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(Shanghai.ZONE);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(Shanghai.ZONE);
    private static final DateTimeFormatter MONTH_EN = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final MessageSource messages;
    private final TimelineNotes notes;

    PageFormat(MessageSource messages, TimelineNotes notes) {
        this.messages = messages;
        this.notes = notes;
    }

    /** The language of the current request (Chinese outside one). */
    public static Locale locale() {
        return Languages.current();
    }

    /** An instant (or its ISO text, or a Date) as Shanghai local time, "2026-10-13 17:00" / "13 Oct 2026, 17:00". */
    public String time(Object value) {
        return timeIn(locale(), value);
    }

    /** {@link #time} in a given language (a notice is worded in its recipient's, not the request's). */
    public static String timeIn(Locale locale, Object value) {
        Instant i = instant(value);
        return i == null ? (value == null ? "" : value.toString())
                : (Languages.english(locale) ? TIME_EN : TIME).format(i);
    }

    /** The Shanghai date of an instant, or a LocalDate (or its ISO text): "2026-03-10" / "10 Mar 2026". */
    public String date(Object value) {
        return dateIn(locale(), value);
    }

    /** {@link #date} in a given language (a notice is worded in its recipient's, not the request's). */
    public static String dateIn(Locale locale, Object value) {
        boolean english = Languages.english(locale);
        if (value instanceof String s && s.length() == 10) {
            try {
                value = LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                return s;
            }
        }
        if (value instanceof LocalDate d) {
            return english ? DATE_EN.format(d) : d.toString();
        }
        Instant i = instant(value);
        return i == null ? (value == null ? "" : value.toString()) : (english ? DATE_EN : DATE).format(i);
    }

    /**
     * A period as precise as it is known: a month (a YearMonth, or its ISO text "2026-03") as "2026年3月" / "Mar 2026",
     * a date as {@link #date}; any other text as it is.
     */
    public String period(Object value) {
        if (value instanceof String s && s.length() == 7) {
            try {
                value = YearMonth.parse(s);
            } catch (DateTimeParseException e) {
                return s;
            }
        }
        if (value instanceof YearMonth m) {
            return Languages.english(locale()) ? MONTH_EN.format(m) : m.getYear() + "年" + m.getMonthValue() + "月";
        }
        return date(value);
    }

    /** A message of the bundles in the request's language ({@code key} itself when there is none). */
    public String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    /** A message of the bundles in the request's language, {@code fallback} when there is none. */
    public String messageOr(String key, String fallback, Object... args) {
        return key == null ? fallback : messages.getMessage(key, args, fallback, locale());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Date d) {
            return d.toInstant();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    public String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", n / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
    }

    /** The label of a code ({@code group.CODE} in the bundles) in the request's language, or the code itself. */
    public String label(String group, Object code) {
        if (code == null) {
            return "";
        }
        String key = code instanceof Enum<?> e ? e.name() : code.toString();
        return messages.getMessage(group + "." + key, null, key, locale());
    }

    /**
     * The label of a timeline entry's action: {@code timeline.<case-number prefix>.<action>} where a procedure
     * words a shared action code its own way (FP: APPLIED → 申请生育友好岗认定), else {@code timeline.<action>}.
     */
    public String timeline(TimelineEntry e) {
        if (e == null || e.action() == null) {
            return "";
        }
        String caseNo = e.caseNo();
        int dash = caseNo == null ? -1 : caseNo.indexOf('-');
        if (dash > 0) {
            String own = messages.getMessage("timeline." + caseNo.substring(0, dash) + "." + e.action(), null, null,
                    locale());
            if (own != null) {
                return own;
            }
        }
        return label("timeline", e.action());
    }

    /**
     * A legal source as the rules tables name it ("女职工劳动保护特别规定 第七条第一款") in the request's language
     * ("Special Provisions on Labour Protection of Female Employees, Art. 7(1)"); see {@link LegalSources}.
     */
    public String law(String source) {
        return LegalSources.say(source, locale(), messages);
    }

    /**
     * A timeline entry's note in the request's language: the message FFW composed, with its dates, codes and a
     * person's words (as written) in place; the stored note when it is a person's own words or an older entry.
     */
    public String note(TimelineEntry e) {
        return notes.text(e, locale());
    }

    /** The Chinese text of a service's validation message (see {@link FieldErrors#zh}). */
    public String zh(String message) {
        return FieldErrors.zh(message);
    }

    /** A service's validation message in the request's language (see {@link FieldErrors#text}). */
    public String problem(String message) {
        return FieldErrors.text(null, message);
    }
}
