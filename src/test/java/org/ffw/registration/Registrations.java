package org.ffw.registration;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ffw.rules.CreditCodes;
import org.ffw.rules.ResidentIds;
import org.springframework.jdbc.core.JdbcTemplate;

/** Test data for registrations: fresh phones, valid resident IDs and credit codes, and the code in the outbox. */
public final class Registrations {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 9000));
    private static final Pattern SIX = Pattern.compile("(\\d{6})");

    private Registrations() {
    }

    public static String phone() {
        return String.format("139%08d", (System.currentTimeMillis() % 10000) * 10000 + SEQ.incrementAndGet() % 10000);
    }

    public static String residentId() {
        String first17 = String.format("31011519900101%03d", SEQ.incrementAndGet() % 1000);
        return first17 + ResidentIds.checkCharacter(first17);
    }

    public static String creditCode() {
        String first17 = String.format("91310115MA%07d", SEQ.incrementAndGet() * 7 % 10_000_000);
        return first17 + CreditCodes.checkCharacter(first17);
    }

    /** The code of the latest code notice to the phone, as the SMS (the outbox) carries it. */
    public static String codeSentTo(JdbcTemplate jdbc, String phone) {
        String body = jdbc.queryForObject("SELECT body FROM notification_outbox WHERE recipient = ? "
                + "AND template = 'phone-code' ORDER BY id DESC LIMIT 1", String.class, phone);
        Matcher m = SIX.matcher(body);
        if (!m.find()) {
            throw new AssertionError("no code in " + body);
        }
        return m.group(1);
    }
}
