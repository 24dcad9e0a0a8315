package org.ffw.subsidy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One eligibility check of an application, with its reason in words the employer reads. A warning passes but asks
 * the officer to look (e.g. a resident ID of a man).
 *
 * <p>The reason twice: {@code words}, phrases of the bundle i18n/work ({@code work.check.*}) that a page says in its
 * language ({@link SubsidyText}); and {@code reason}, the same in Chinese, as the API gives it and as the check is
 * stored. Checks stored before {@code words} existed have the reason only (a page shows it as it is).
 */
public record SubsidyCheck(String code, String label, boolean passed, boolean warning, String reason,
                           List<Phrase> words) implements java.io.Serializable {

    /**
     * One phrase of a reason: a message key and its arguments, each a text (dates, amounts and counts as written,
     * never formatted by the bundle) or a list of texts, which the language joins with its separator.
     */
    public record Phrase(String key, List<Object> args) implements java.io.Serializable {

        static Phrase of(String key, Object... args) {
            List<Object> out = new ArrayList<>();
            for (Object a : args) {
                out.add(a instanceof Collection<?> list ? list.stream().map(Phrase::text).toList() : text(a));
            }
            return new Phrase(key, List.copyOf(out));
        }

        private static String text(Object a) {
            return a instanceof BigDecimal d ? d.toPlainString() : String.valueOf(a);
        }
    }

    static SubsidyCheck pass(String code, String label, Phrase... words) {
        return of(code, true, false, label, List.of(words));
    }

    static SubsidyCheck warn(String code, String label, Phrase... words) {
        return of(code, true, true, label, List.of(words));
    }

    static SubsidyCheck fail(String code, String label, Phrase... words) {
        return of(code, false, false, label, List.of(words));
    }

    static SubsidyCheck pass(String code, String label, List<Phrase> words) {
        return of(code, true, false, label, words);
    }

    static SubsidyCheck fail(String code, String label, List<Phrase> words) {
        return of(code, false, false, label, words);
    }

    private static SubsidyCheck of(String code, boolean passed, boolean warning, String label, List<Phrase> words) {
        return new SubsidyCheck(code, label, passed, warning, SubsidyText.chinese(words), List.copyOf(words));
    }
}
