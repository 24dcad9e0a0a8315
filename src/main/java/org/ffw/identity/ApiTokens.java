package org.ffw.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.ffw.platform.security.BearerTokens;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bearer tokens an account issues for its API clients (docs/accounts.md "API tokens"). HTTP Basic verifies a
 * BCrypt hash on every request; a token costs a SHA-256 and one indexed read. The secret ({@code ffw_} and 32 random
 * bytes, base64url) is shown once, when it is made; the table keeps only its SHA-256. A token is live until it
 * expires (1–90 days) or is revoked — by its owner, or with all the account's tokens when the account is disabled,
 * its password reset or "log out everywhere" used. The account is read on every request, so a role change applies at
 * once and a disabled account's token is refused even before it is revoked.
 */
@Service
public class ApiTokens implements BearerTokens {

    /** Live tokens an account may hold at once. */
    public static final int MAX_LIVE = 10;
    public static final int MAX_NAME = 60;
    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 90;
    static final String PREFIX = "ffw_";
    /** last_used_at is written at most this often per token, not on every request. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum Status { ACTIVE, EXPIRED, REVOKED }

    /** A token as its owner sees it: never the secret, never the hash. */
    public record Token(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                        Instant revokedAt) {
        public Status status(Instant now) {
            if (revokedAt != null) {
                return Status.REVOKED;
            }
            return expiresAt.isAfter(now) ? Status.ACTIVE : Status.EXPIRED;
        }
    }

    /** A token just made, with its secret — the only time the secret is seen. */
    public record Issued(long id, String name, String token, Instant createdAt, Instant expiresAt) {
    }

    private final TokenMapper tokens;
    private final UserService users;
    private final AccountText text;
    private final Clock clock;

    ApiTokens(TokenMapper tokens, UserService users, AccountText text) {
        this.tokens = tokens;
        this.users = users;
        this.text = text;
        this.clock = Clock.systemUTC();
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Makes a token for the account: name 1–60 characters, days 1–90 (null: 30). Refused before anything is stored:
     * 400 naming the field, 409 when the account already holds {@link #MAX_LIVE} live tokens.
     */
    @Transactional
    public Issued issue(String username, String name, Integer days) {
        var p = text.problems();
        String label = name == null ? "" : name.strip();
        if (label.isEmpty()) {
            p.add("name", "accounts.error.required");
        } else if (label.length() > MAX_NAME) {
            p.add("name", "accounts.error.tooLong", MAX_NAME);
        }
        int d = days == null ? DEFAULT_DAYS : days;
        if (d < 1 || d > MAX_DAYS) {
            p.add("days", "accounts.token.error.days", MAX_DAYS);
        }
        p.throwIfAny();
        // one issuer at a time per account, so that two at once cannot pass the limit together
        tokens.lockAccount(username);
        Instant now = now();
        if (tokens.countLive(username, now) >= MAX_LIVE) {
            throw new ConflictException(text.get("accounts.token.error.limit", MAX_LIVE));
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Row row = new Row(null, username, label, hash(secret), now, now.plus(Duration.ofDays(d)), null, null);
        tokens.insert(row);
        return new Issued(row.id, label, secret, row.createdAt, row.expiresAt);
    }

    /** The account's tokens, newest first (expired and revoked ones too). */
    public List<Token> of(String username) {
        return tokens.of(username);
    }

    /** Revokes one of the account's own tokens (again: nothing changes); another account's or none: 404. */
    @Transactional
    public void revoke(String username, long id) {
        if (!username.equals(tokens.owner(id))) {
            throw new NotFoundException(text.get("accounts.token.error.none", id));
        }
        tokens.revoke(username, id, now());
    }

    /** Revokes every live token of the account (disabled, password reset, "log out everywhere"). */
    @Transactional
    public int revokeAll(String username) {
        return tokens.revokeAll(username, now());
    }

    @Override
    public Optional<Holder> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Row row = tokens.byHash(hash(token));
        Instant now = now();
        if (row == null || row.revokedAt != null || !row.expiresAt.isAfter(now)) {
            return Optional.empty();
        }
        Optional<FfwUser> user = users.find(row.username).filter(FfwUser::isEnabled);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        if (row.lastUsedAt == null || row.lastUsedAt.isBefore(now.minus(TOUCH_EVERY))) {
            // conditional: of several nodes or requests in the same minute, one writes
            tokens.touch(row.id, now, now.minus(TOUCH_EVERY));
        }
        user.get().eraseCredentials();
        return Optional.of(new Holder(row.id, user.get()));
    }

    /** SHA-256 of the secret, lower-case hex: what the table keeps (also how a harness writes a token's row). */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A row of api_token. */
    static final class Row {
        Long id;
        String username;
        String name;
        String tokenHash;
        Instant createdAt;
        Instant expiresAt;
        Instant revokedAt;
        Instant lastUsedAt;

        Row() {
        }

        Row(Long id, String username, String name, String tokenHash, Instant createdAt, Instant expiresAt,
            Instant revokedAt, Instant lastUsedAt) {
            this.id = id;
            this.username = username;
            this.name = name;
            this.tokenHash = tokenHash;
            this.createdAt = createdAt;
            this.expiresAt = expiresAt;
            this.revokedAt = revokedAt;
            this.lastUsedAt = lastUsedAt;
        }

        public void setId(Long id) {
            this.id = id;
        }
    }

    @Mapper
    interface TokenMapper {

        @Select("SELECT username FROM app_user WHERE username = #{username} FOR UPDATE")
        String lockAccount(@Param("username") String username);

        @Select("""
                SELECT COUNT(*) FROM api_token
                WHERE username = #{username} AND revoked_at IS NULL AND expires_at > #{now}""")
        int countLive(@Param("username") String username, @Param("now") Instant now);

        @Insert("""
                INSERT INTO api_token (username, name, token_hash, created_at, expires_at)
                VALUES (#{username}, #{name}, #{tokenHash}, #{createdAt}, #{expiresAt})""")
        @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
        int insert(Row row);

        @Select("""
                SELECT id, name, created_at, expires_at, last_used_at, revoked_at FROM api_token
                WHERE username = #{username} ORDER BY created_at DESC, id DESC""")
        List<Token> of(@Param("username") String username);

        @Select("""
                SELECT id, username, name, token_hash, created_at, expires_at, revoked_at, last_used_at
                FROM api_token WHERE token_hash = #{hash}""")
        Row byHash(@Param("hash") String hash);

        @Select("SELECT username FROM api_token WHERE id = #{id}")
        String owner(@Param("id") long id);

        @Update("""
                UPDATE api_token SET revoked_at = #{now}
                WHERE id = #{id} AND username = #{username} AND revoked_at IS NULL""")
        int revoke(@Param("username") String username, @Param("id") long id, @Param("now") Instant now);

        @Update("""
                UPDATE api_token SET revoked_at = #{now}
                WHERE username = #{username} AND revoked_at IS NULL AND expires_at > #{now}""")
        int revokeAll(@Param("username") String username, @Param("now") Instant now);

        @Update("""
                UPDATE api_token SET last_used_at = #{now}
                WHERE id = #{id} AND (last_used_at IS NULL OR last_used_at < #{before})""")
        int touch(@Param("id") long id, @Param("now") Instant now, @Param("before") Instant before);

        /** Tokens that ended (revoked or expired) before the instant: ApiTokenPruning. */
        @org.apache.ibatis.annotations.Delete("""
                DELETE FROM api_token
                WHERE revoked_at < #{before} OR expires_at < #{before}""")
        int deleteEndedBefore(@Param("before") Instant before);
    }
}
