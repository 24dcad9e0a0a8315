package org.ffw.platform.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * A legal source as the rules tables name it ("女职工劳动保护特别规定 第七条第一款") in the reader's language: in
 * Chinese as it is; in English the instrument's English title from the bundles ({@code law.<Chinese title>}) and the
 * article as "Art. 7(1)". A title without an English name stays Chinese (the test of the rules tables sees to it that
 * every title used has one).
 */
final class LegalSources {

    /** Title, then an article (第…条), a paragraph (第…款) and an item (第…项), each optional. */
    private static final Pattern SOURCE = Pattern.compile(
            "^(.+?)[\\s]*(?:第([零一二三四五六七八九十百]+|\\d+)条)?(?:第([零一二三四五六七八九十百]+|\\d+)款)?"
                    + "(?:第([零一二三四五六七八九十百]+|\\d+)项)?$");
    /** A title's edition in brackets, "（2024年11月10日修订，国务院令第795号）". */
    private static final Pattern EDITION = Pattern.compile("（(\\d{4})年(\\d{1,2})月(\\d{1,2})日修订，国务院令第(\\d+)号）");

    private LegalSources() {
    }

    static String say(String source, Locale locale, MessageSource messages) {
        if (source == null || source.isBlank() || !Languages.english(locale)) {
            return source;
        }
        Matcher m = SOURCE.matcher(source.strip());
        if (!m.matches()) {
            return source;
        }
        String title = m.group(1).strip().replace("《", "").replace("》", "");
        String edition = "";
        Matcher ed = EDITION.matcher(title);
        if (ed.find()) {
            edition = " (as revised on " + Integer.parseInt(ed.group(3)) + " " + MONTHS[Integer.parseInt(ed.group(2)) - 1]
                    + " " + ed.group(1) + ", State Council Decree No. " + ed.group(4) + ")";
            title = title.substring(0, ed.start()) + title.substring(ed.end());
        }
        String english = messages.getMessage("law." + title.strip(), null, null, locale);
        StringBuilder out = new StringBuilder(english == null ? title : english).append(edition);
        if (m.group(2) != null) {
            out.append(", Art. ").append(number(m.group(2)));
            if (m.group(3) != null) {
                out.append('(').append(number(m.group(3))).append(')');
            }
            if (m.group(4) != null) {
                out.append(", item ").append(number(m.group(4)));
            }
        }
        return out.toString();
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    /** A Chinese numeral up to 999 (一, 十二, 三十一, 一百零五) or digits. */
    static int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        int total = 0;
        int digit = 0;
        for (char c : s.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (d >= 0) {
                digit = d;
            } else if (c == '十') {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else if (c == '百') {
                total += (digit == 0 ? 1 : digit) * 100;
                digit = 0;
            }
        }
        return total + digit;
    }
}
