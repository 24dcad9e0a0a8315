package org.ffw.identity;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.ffw.platform.security.ApiTokenAuthentication;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.web.ForbiddenException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The signed-in account's own API tokens ({@link ApiTokens}): make one, list them, revoke one. */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "accounts")
class TokenController {

    private final ApiTokens tokens;
    private final AccountText text;

    TokenController(ApiTokens tokens, AccountText text) {
        this.tokens = tokens;
        this.text = text;
    }

    /** name: the label, 1–60 characters; days: 1–90, 30 when left out. */
    record NewToken(String name, Integer days) {
    }

    record TokenView(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                     Instant revokedAt, String status) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make an API token for the signed-in account (name 1-60 characters, days 1-90, default 30);"
            + " the secret is in this answer only. Not with a token itself; at most 10 live tokens")
    ApiTokens.Issued issue(@RequestBody NewToken r) {
        if (ApiTokenAuthentication.current(SecurityContextHolder.getContext().getAuthentication())) {
            throw new ForbiddenException(text.get("accounts.token.error.byToken"));
        }
        return tokens.issue(CurrentUser.get().getUsername(), r.name(), r.days());
    }

    @GetMapping
    @Operation(summary = "The signed-in account's API tokens, newest first, with their status (never the secret)")
    List<TokenView> list() {
        Instant now = Instant.now();
        return tokens.of(CurrentUser.get().getUsername()).stream()
                .map(t -> new TokenView(t.id(), t.name(), t.createdAt(), t.expiresAt(), t.lastUsedAt(), t.revokedAt(),
                        t.status(now).name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the signed-in account's API tokens (at once, on every node)")
    void revoke(@PathVariable long id) {
        tokens.revoke(CurrentUser.get().getUsername(), id);
    }
}
