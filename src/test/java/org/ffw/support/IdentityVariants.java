package org.ffw.support;

import java.util.List;

/**
 * The ways a person's identity can be written into a text that the screen of fields written for the employer must
 * catch: the name whole, spaced or dotted, the given name alone; the ID number whole, with a lower-case x, in
 * full-width digits, in groups, its last six characters; the phone plain, with +86, with separators, full-width.
 */
public final class IdentityVariants {

    private IdentityVariants() {
    }

    public static List<String> of(String name, String residentId, String phone) {
        String id = residentId;
        return List.of(name, String.join(" ", name.split("")), String.join("·", name.split("")),
                name.length() > 2 ? name.substring(name.length() - 2) : name,
                id, id.toLowerCase(), fullWidth(id),
                id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14),
                id.substring(id.length() - 6), "身份证尾号" + id.substring(id.length() - 6).toLowerCase(),
                phone, "+86 " + phone, phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7),
                fullWidth(phone), "+86-" + phone.substring(0, 3) + " " + phone.substring(3));
    }

    public static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０')
                : c == 'X' ? 'Ｘ' : c == 'x' ? 'ｘ' : (char) c));
        return b.toString();
    }
}
