package org.ffw.certification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ffw.platform.caseno.CaseNumbers;
import org.ffw.platform.cases.Procedure;
import org.springframework.stereotype.Component;

/**
 * Certificate numbers: the certificate case's number with a check character, {@code FC-2026-000001-7} (ISO 7064
 * MOD 11-2 over the ten digits, as the resident ID's last character). A number typed from a forged certificate
 * fails the check; one that passes but was never issued is told apart from both.
 */
@Component
class CertificateNumbers {

    private static final Pattern SHAPE = Pattern.compile("FC-(\\d{4})-(\\d{6})-([0-9X])");

    /** What a number typed by a visitor is. */
    enum Verdict { WELL_FORMED, MALFORMED, FORGED }

    private final CaseNumbers caseNumbers;
    private final CertificateMapper certificates;

    CertificateNumbers(CaseNumbers caseNumbers, CertificateMapper certificates) {
        this.caseNumbers = caseNumbers;
        this.certificates = certificates;
    }

    /** A new number (in the issuing transaction). */
    String next() {
        while (true) {
            String base = caseNumbers.next(Procedure.FRIENDLY_POST_CERTIFICATE);
            String number = base + "-" + check(base.replace("FC-", "").replace("-", ""));
            if (certificates.find(number) == null) {
                return number;
            }
        }
    }

    static String normalize(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT);
    }

    static Verdict verdict(String typed) {
        Matcher m = SHAPE.matcher(normalize(typed));
        if (!m.matches()) {
            return Verdict.MALFORMED;
        }
        return check(m.group(1) + m.group(2)) == m.group(3).charAt(0) ? Verdict.WELL_FORMED : Verdict.FORGED;
    }

    /** ISO 7064 MOD 11-2 check character of a string of digits. */
    static char check(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int weight = 1 << (digits.length() - i);
            sum += (digits.charAt(i) - '0') * (weight % 11);
        }
        int c = (12 - sum % 11) % 11;
        return c == 10 ? 'X' : (char) ('0' + c);
    }
}
