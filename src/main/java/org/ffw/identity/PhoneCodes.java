package org.ffw.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.outbox.Notices;
import org.ffw.platform.web.Languages;
import org.ffw.platform.web.TooManyRequestsException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-time codes to a mobile phone, sent through the notification outbox (an SMS gateway in production, the log in
 * the embedded default): 6 digits, valid for {@code ffw.accounts.phone-code.validity}, {@code max-attempts} tries,
 * one per phone each {@code resend-after}. Only a BCrypt hash of the code is stored.
 */
@Service
public class PhoneCodes {

    public static final String REGISTER = "REGISTER";
    public static final String RESET = "RESET";
    /** The outbox template of a code notice (tests read the code from the recipient's latest notice). */
    public static final String TEMPLATE = "phone-code";

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern CODE = Pattern.compile("[0-9]{6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PhoneCodeMapper codes;
    private final Notices notices;
    private final PasswordEncoder hashes;
    private final AccountProperties.PhoneCode props;
    private final AccountText text;
    private final TransactionTemplate separate;
    private final Clock clock;

    @Autowired
    PhoneCodes(PhoneCodeMapper codes, Notices notices, PasswordEncoder hashes, AccountProperties props,
               AccountText text, PlatformTransactionManager tx) {
        this.codes = codes;
        this.notices = notices;
        this.hashes = hashes;
        this.props = props.phoneCode();
        this.text = text;
        this.separate = new TransactionTemplate(tx);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = Clock.systemUTC();
    }

    public static boolean isMobile(String phone) {
        return phone != null && MOBILE.matcher(phone).matches();
    }

    /**
     * Sends a new code for the purpose; 429 when the phone had one less than {@code resend-after} ago or has had its
     * daily number. Returns how long the code is valid.
     */
    @Transactional
    public Duration send(String phone, String purpose) {
        Instant now = clock.instant();
        Instant last = codes.lastSent(phone, purpose);
        if (last != null && last.plus(props.resendAfter()).isAfter(now)) {
            Duration wait = Duration.between(now, last.plus(props.resendAfter()));
            throw new TooManyRequestsException(text.get("accounts.code.wait", Math.max(1, wait.toSeconds())),
                    wait);
        }
        if (codes.countSince(phone, now.minus(Duration.ofDays(1))) >= props.perPhonePerDay()) {
            throw new TooManyRequestsException(text.get("accounts.code.daily"), Duration.ofHours(1));
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        codes.insert(new Row(0, purpose, phone, hashes.encode(code), 0, now, now.plus(props.validity()), null));
        long minutes = Math.max(1, props.validity().toMinutes());
        // in the language of the page that asked for it, whoever the phone belongs to: the user is reading it now
        Locale language = Languages.ofRequest();
        notices.queueIn(language == null ? Languages.ZH : language, phone, null, new Notice(TEMPLATE,
                "accounts.code.subject", "accounts.code.body." + purpose.toLowerCase(Locale.ROOT), code, minutes));
        return props.validity();
    }

    /**
     * Checks the code given for the phone and, when it is right, uses it up (in the caller's transaction, so it is
     * used only when what it confirms is stored). A wrong code counts an attempt, even if the caller's transaction
     * rolls back. Adds a problem under {@code field} when it is wrong, expired, used up or missing.
     */
    @Transactional
    public void verify(String phone, String purpose, String code, AccountText.Problems problems, String field) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            problems.add(field, "accounts.error.code.format");
            return;
        }
        Row row = codes.latest(phone, purpose);
        Instant now = clock.instant();
        if (row == null || row.usedAt() != null) {
            problems.add(field, "accounts.error.code.none");
        } else if (!row.expiresAt().isAfter(now)) {
            problems.add(field, "accounts.error.code.expired");
        } else if (row.attempts() >= props.maxAttempts()) {
            problems.add(field, "accounts.error.code.attempts");
        } else if (!hashes.matches(code.strip(), row.codeHash())) {
            separate.executeWithoutResult(s -> codes.countAttempt(row.id()));
            int left = props.maxAttempts() - row.attempts() - 1;
            if (left > 0) {
                problems.add(field, "accounts.error.code.wrong", left);
            } else {
                problems.add(field, "accounts.error.code.attempts");
            }
        } else if (problems.isEmpty()) {
            codes.use(row.id(), now);
        }
    }

    record Row(long id, String purpose, String phone, String codeHash, int attempts, Instant createdAt,
               Instant expiresAt, Instant usedAt) {
    }

    @Mapper
    interface PhoneCodeMapper {

        @Insert("""
                INSERT INTO phone_code (purpose, phone, code_hash, attempts, created_at, expires_at)
                VALUES (#{purpose}, #{phone}, #{codeHash}, #{attempts}, #{createdAt}, #{expiresAt})""")
        @Options(useGeneratedKeys = false)
        int insert(Row row);

        @Select("SELECT MAX(created_at) FROM phone_code WHERE phone = #{phone} AND purpose = #{purpose}")
        Instant lastSent(@Param("phone") String phone, @Param("purpose") String purpose);

        @Select("SELECT COUNT(*) FROM phone_code WHERE phone = #{phone} AND created_at >= #{since}")
        int countSince(@Param("phone") String phone, @Param("since") Instant since);

        @Select("""
                SELECT id, purpose, phone, code_hash, attempts, created_at, expires_at, used_at FROM phone_code
                WHERE phone = #{phone} AND purpose = #{purpose} ORDER BY created_at DESC, id DESC LIMIT 1""")
        Row latest(@Param("phone") String phone, @Param("purpose") String purpose);

        @Update("UPDATE phone_code SET attempts = attempts + 1 WHERE id = #{id}")
        int countAttempt(@Param("id") long id);

        @Update("UPDATE phone_code SET used_at = #{at} WHERE id = #{id} AND used_at IS NULL")
        int use(@Param("id") long id, @Param("at") Instant at);
    }
}
