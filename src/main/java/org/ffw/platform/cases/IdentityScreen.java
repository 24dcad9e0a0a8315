package org.ffw.platform.cases;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;

/**
 * The screen every field written for the employer passes when it is saved: it must not name the person the employer
 * may not learn about (a confidential complainant, any reporter). Not redaction: a hit is a 400 naming the field, and
 * the author rewords it; nothing is cut silently.
 * <p>
 * Text and identity are compared as <em>skeletons</em>: full-width characters folded to ASCII (NFKC), lower case, and
 * every space, punctuation mark and symbol removed — so "李 娜", "李·娜", "３１０１０１…", "…002x", "+86 138-0000-0001"
 * all match. Besides the whole name, ID number and phone, the given name alone (when it has two characters or more)
 * and the last six characters of the ID number are screened.
 */
public final class IdentityScreen {

    /** The person to protect; any part may be null. */
    public record Person(String name, String residentId, String phone) {
    }

    /** Two-character surnames (复姓), so that the given name is what follows them. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里", "呼延",
            "澹台", "公冶", "太史", "申屠", "闻人", "万俟", "钟离", "赫连", "濮阳", "淳于", "单于", "拓跋");

    private IdentityScreen() {
    }

    /** 400 naming every field (of field → text) that mentions the person; nothing when all are clean. */
    public static void require(Person person, Map<String, String> fields) {
        List<FieldProblem> problems = new ArrayList<>();
        fields.forEach((field, text) -> {
            if (mentions(person, text)) {
                problems.add(new FieldProblem(field, "must not contain the complainant's name, ID number or phone"
                        + " (the employer reads it): reword it"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** One field. */
    public static void require(Person person, String field, String text) {
        Map<String, String> one = new LinkedHashMap<>();
        one.put(field, text);
        require(person, one);
    }

    public static boolean mentions(Person person, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String skeleton = skeleton(text);
        for (String token : tokens(person)) {
            if (skeleton.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** What is looked for, as skeletons. */
    static List<String> tokens(Person p) {
        List<String> tokens = new ArrayList<>();
        String name = skeleton(p.name());
        if (!name.isEmpty()) {
            tokens.add(name);
            String given = givenName(name);
            if (given.codePointCount(0, given.length()) >= 2) {
                tokens.add(given);
            }
        }
        String id = skeleton(p.residentId());
        if (id.length() >= 6) {
            tokens.add(id);
            tokens.add(id.substring(id.length() - 6));
        }
        String phone = skeleton(p.phone());
        if (phone.startsWith("86") && phone.length() == 13) {
            phone = phone.substring(2);
        }
        if (phone.length() >= 7) {
            tokens.add(phone);
        }
        return tokens;
    }

    private static String givenName(String name) {
        if (name.length() > 2 && COMPOUND_SURNAMES.contains(name.substring(0, 2))) {
            return name.substring(2);
        }
        return name.length() > 1 ? name.substring(name.offsetByCodePoints(0, 1)) : "";
    }

    /** Full-width folded, lower case, without spaces, punctuation or symbols. */
    static String skeleton(String s) {
        if (s == null) {
            return "";
        }
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(cp -> Character.isLetterOrDigit(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
