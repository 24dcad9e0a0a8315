package org.ffw.subsidy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.ffw.rules.CreditCodes;
import org.ffw.rules.ResidentIds;

/** Test data for the contribution records: fresh valid identifiers, CSV files. */
final class Contributions {

    static final String DEMO_EMPLOYER = "91310115MA1H8R7C41";
    static final String XUHUI_EMPLOYER = "91310104MA1K3P5Q2X";
    static final String DEMO_EMPLOYEE = "310101198808080025";
    static final String HEADER = "creditCode,residentId,month,pension,medical,unemployment,workInjury";

    private Contributions() {
    }

    /** A valid unified social credit code no demo data uses (an unregistered employer). */
    static String creditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder sb = new StringBuilder("9131011");
        for (int i = 0; i < 10; i++) {
            sb.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return sb.append(CreditCodes.checkCharacter(sb.toString())).toString();
    }

    /** A valid resident ID (a woman born in 1990). */
    static String residentId() {
        String first17 = String.format("3101151990%02d%02d%03d", 1 + ThreadLocalRandom.current().nextInt(12),
                1 + ThreadLocalRandom.current().nextInt(28), 2 * ThreadLocalRandom.current().nextInt(500));
        return first17 + ResidentIds.checkCharacter(first17);
    }

    /** A CSV file: the header, then the rows, LF line ends. */
    static byte[] csv(String... rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static String row(String creditCode, String residentId, String month, String pension, String medical,
                      String unemployment, String workInjury) {
        return String.join(",", creditCode, residentId, month, pension, medical, unemployment, workInjury);
    }

    static String row(String creditCode, String residentId, String month) {
        return row(creditCode, residentId, month, "1600.00", "900.00", "50.00", "26.00");
    }
}
