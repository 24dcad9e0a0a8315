package org.ffw.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Resident identity number (公民身份号码, GB 11643-1999), REFERENCE.md §4.2: 6-digit address code, birth date
 * YYYYMMDD, 3-digit sequence (odd male, even female), ISO 7064 MOD 11-2 check character (0–9 or X).
 */
public final class ResidentIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentIds() {
    }

    public static Optional<String> problem(String id, LocalDate today) {
        if (id == null || id.isEmpty()) {
            return Optional.of("is required");
        }
        if (id.length() != 18) {
            return Optional.of("must have 18 characters, has " + id.length());
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i)) || id.charAt(i) > '9') {
                return Optional.of("character " + (i + 1) + " must be a digit");
            }
        }
        char last = id.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Optional.of("the 18th character must be a digit or X");
        }
        LocalDate birth = birthDate(id).orElse(null);
        if (birth == null) {
            return Optional.of("characters 7–14 are not a real date of birth");
        }
        if (birth.isAfter(today) || birth.isBefore(LocalDate.of(1900, 1, 1))) {
            return Optional.of("date of birth " + birth + " is not plausible");
        }
        char expected = checkCharacter(id.substring(0, 17));
        if (last != expected) {
            // never which character would be right: that would turn any 17 characters into a valid-looking code
            return Optional.of("check character is wrong (the 18th character does not match the first 17)");
        }
        return Optional.empty();
    }

    public static boolean isValid(String id, LocalDate today) {
        return problem(id, today).isEmpty();
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    public static Optional<LocalDate> birthDate(String id) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** Digit 17: odd male, even female. Use to sanity-check, never to block (REFERENCE.md §4.2). */
    public static boolean isFemale(String id) {
        return (id.charAt(16) - '0') % 2 == 0;
    }

    /** Accepts a lower-case x; stored upper-case. */
    public static String normalize(String id) {
        return id == null ? null : id.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** For lists and logs: 3101**********0025. */
    public static String mask(String id) {
        if (id == null || id.length() < 8) {
            return "****";
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }
}
