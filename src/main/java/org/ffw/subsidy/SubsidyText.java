package org.ffw.subsidy;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

import org.ffw.platform.web.PageFormat;
import org.ffw.subsidy.SubsidyCheck.Phrase;
import org.ffw.subsidy.SubsidyViews.MonthRow;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The reasons of the eligibility checks and the notes of the month table in the page's language
 * ({@code ${@subsidyText.reason(c)}}, {@code ${@subsidyText.note(r)}}), from their phrases in the bundle i18n/work;
 * and their Chinese for the API and the stored checks ({@link #chinese}), from the same bundle, so that the two never
 * say different things.
 */
@Component("subsidyText")
public class SubsidyText {

    /** The phrases the page's script needs to say a check's reason as the API returns it. */
    static final String CHECK = "work.check.";
    static final String SEPARATOR = "work.check.listSeparator";
    private static final String BUNDLE = "i18n.work";

    private final PageFormat fmt;
    private final ObjectMapper json;

    SubsidyText(PageFormat fmt, ObjectMapper json) {
        this.fmt = fmt;
        this.json = json;
    }

    /** A check's reason in the page's language; the stored Chinese for a check stored without its phrases. */
    public String reason(SubsidyCheck c) {
        return c == null ? "" : say(c.words(), c.reason());
    }

    /** A month row's note on the records in the page's language. */
    public String note(MonthRow r) {
        return r == null ? "" : say(r.noteWords(), r.recordNote());
    }

    /** The check phrases of the page's language as JSON, {key: pattern}, for js/subsidy.js. */
    public String checkWordsJson() {
        Map<String, String> words = new TreeMap<>();
        for (String key : bundle().keySet()) {
            if (key.startsWith(CHECK)) {
                words.put(key, fmt.message(key));
            }
        }
        try {
            // inside <script type="application/json">: no "</script>" can end it early
            return json.writeValueAsString(words).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String say(List<Phrase> words, String fallback) {
        if (words == null || words.isEmpty()) {
            return fallback == null ? "" : fallback;
        }
        String separator = fmt.message(SEPARATOR);
        StringBuilder out = new StringBuilder();
        for (Phrase p : words) {
            String text = fmt.messageOr(p.key(), null, args(localized(p), separator));
            if (text == null) {
                return fallback == null ? "" : fallback;
            }
            out.append(text);
        }
        return out.toString();
    }

    /**
     * The phrase with its dates (ISO text: "2026-03-10", and a month "2026-03" in English) as people write them in the
     * page's language: the phrases keep ISO text, which is what the API and the stored Chinese say.
     */
    private Phrase localized(Phrase p) {
        if (p.args() == null) {
            return p;
        }
        boolean english = org.ffw.platform.web.Languages.english(PageFormat.locale());
        return new Phrase(p.key(), p.args().stream().map(a -> a instanceof List<?> list
                ? (Object) list.stream().map(x -> when(x, english)).toList() : when(a, english)).toList());
    }

    private Object when(Object a, boolean english) {
        if (a instanceof String s) {
            if (DATE.matcher(s).matches()) {
                return fmt.date(s);
            }
            if (english && MONTH.matcher(s).matches()) {
                return fmt.period(s);
            }
        }
        return a;
    }

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");

    /** The Chinese of a reason's phrases (what the API and the stored checks say). */
    static String chinese(List<Phrase> words) {
        ResourceBundle zh = bundle();
        String separator = zh.getString(SEPARATOR);
        StringBuilder out = new StringBuilder();
        for (Phrase p : words) {
            String pattern = zh.getString(p.key());
            Object[] args = args(p, separator);
            // as Spring's MessageSource: a pattern without arguments is taken as it is
            out.append(args.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args));
        }
        return out.toString();
    }

    private static Object[] args(Phrase p, String separator) {
        List<Object> args = p.args() == null ? List.of() : p.args();
        return args.stream().map(a -> a instanceof List<?> list ? String.join(separator,
                list.stream().map(String::valueOf).toList()) : String.valueOf(a)).toArray();
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    }
}
