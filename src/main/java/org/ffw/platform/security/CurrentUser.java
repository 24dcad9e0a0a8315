package org.ffw.platform.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<FfwUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof FfwUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static FfwUser get() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }

    /** The actor recorded in timelines: the user's name, or "system" for the engine and schedulers. */
    public static String actorName() {
        return find().map(FfwUser::getUsername).orElse("system");
    }
}
