package org.ffw.rules;

import java.util.Optional;

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015), REFERENCE.md §4.1: 18 characters from a 31-symbol
 * alphabet (digits and capitals without I, O, Z, S, V); character 18 is a MOD 31 check character over the first
 * 17 with weights 3^(i-1) mod 31.
 */
public final class CreditCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    /** Why the code is not valid, or empty when it is. Input is expected upper-case and trimmed. */
    public static Optional<String> problem(String code) {
        if (code == null || code.isEmpty()) {
            return Optional.of("is required");
        }
        if (code.length() != 18) {
            return Optional.of("must have 18 characters, has " + code.length());
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("character " + (i + 1) + " ('" + code.charAt(i)
                        + "') is not allowed (digits and capital letters without I, O, Z, S, V)");
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            // never which character would be right: that would turn any 17 characters into a valid-looking code
            return Optional.of("check character is wrong (the 18th character does not match the first 17)");
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /** The check character of the first 17 characters; MOD(31,31)=0. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    /** Trimmed and upper-cased, as the code is stored. */
    public static String normalize(String code) {
        return code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** The kind of registrant from characters 1–2 (登记管理部门 + 机构类别), REFERENCE.md §4.1. */
    public static String organisationType(String code) {
        String head = code.substring(0, 2);
        return switch (head) {
            case "91" -> "ENTERPRISE";
            case "92" -> "INDIVIDUAL_BUSINESS";
            case "93" -> "FARMERS_COOPERATIVE";
            case "31" -> "LAW_FIRM";
            case "51", "52", "53", "59" -> "SOCIAL_ORGANISATION";
            case "11", "12", "13", "19" -> "PUBLIC_INSTITUTION";
            default -> "OTHER";
        };
    }

    /** The organisation code in characters 9–17 passes GB 11714 (advisory, REFERENCE.md recommends warn only). */
    public static boolean organisationCodeValid(String code) {
        String org = code.substring(8, 17);
        int[] w = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char ch = org.charAt(i);
            int v = Character.isDigit(ch) ? ch - '0' : ch - 'A' + 10;
            sum += v * w[i];
        }
        int c = 11 - sum % 11;
        char expected = c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
        return org.charAt(8) == expected;
    }
}
