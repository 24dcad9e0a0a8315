package org.ffw.platform.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Query codes (查询码): handed to the applicant once, with the case number they let anyone look up a case's status
 * without signing in. Only a SHA-256 of case number and code is stored; the code never appears in logs.
 */
public final class QueryCodes {

    /** No 0/O, 1/I: a code is read aloud over the phone and typed from paper. */
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private QueryCodes() {
    }

    public static String generate() {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public static String hash(String caseNo, String queryCode) {
        return org.ffw.platform.Hashes.sha256(caseNo + ":" + queryCode);
    }

    /** Whether the code as typed (any case, surrounding blanks) is the case's code; constant time. */
    static boolean matches(CaseRecord c, String typed) {
        if (typed == null || c.queryCodeHash() == null) {
            return false;
        }
        String h = hash(c.caseNo(), typed.strip().toUpperCase(Locale.ROOT));
        return MessageDigest.isEqual(h.getBytes(StandardCharsets.UTF_8),
                c.queryCodeHash().getBytes(StandardCharsets.UTF_8));
    }
}
