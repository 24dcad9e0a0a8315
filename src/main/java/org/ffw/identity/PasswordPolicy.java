package org.ffw.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least {@code ffw.accounts.password-min-length} characters, not one of the common
 * passwords in {@code org/ffw/identity/common-passwords.txt} (case ignored), and not the account's own name or phone.
 */
@Component
public class PasswordPolicy {

    private final int minLength;
    private final Set<String> common;

    PasswordPolicy(AccountProperties props) {
        this.minLength = props.passwordMinLength();
        this.common = load();
    }

    /** Adds the problem of the password, if any, under {@code field}. */
    public void check(String password, String username, AccountText.Problems problems, String field) {
        if (password == null || password.isBlank()) {
            problems.add(field, "accounts.error.required");
        } else if (password.length() < minLength) {
            problems.add(field, "accounts.error.password.short", minLength);
        } else if (password.length() > 72) {
            problems.add(field, "accounts.error.password.long", 72);
        } else if (isCommon(password) || (username != null && password.equalsIgnoreCase(username))) {
            problems.add(field, "accounts.error.password.common");
        }
    }

    boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    public int minLength() {
        return minLength;
    }

    private static Set<String> load() {
        Set<String> set = new HashSet<>();
        try (var in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("org/ffw/identity/common-passwords.txt").getInputStream(),
                StandardCharsets.UTF_8))) {
            in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> set.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }
}
