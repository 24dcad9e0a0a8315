package org.ffw.identity;

import java.util.Optional;

import org.ffw.platform.security.FfwUser;
import org.ffw.platform.timeline.TimelineEntry;
import org.ffw.platform.web.PageFormat;
import org.ffw.platform.web.RequestMemo;
import org.springframework.stereotype.Component;

/**
 * People as the pages name them — by display name and role, never by account name:
 * {@code ${@people.name('inspector')}} → 张伟（浦东监察）, {@code ${@people.person('inspector')}} → 张伟（浦东监察） · 劳动监察员,
 * {@code ${@people.actor(entry)}} for a timeline entry (the role only when the reader may not learn who it was).
 * Each account is looked up once per request.
 */
@Component("people")
public class PeopleNames {

    /** Said of an account that no longer exists: the page still never shows its account name. */
    static final String UNKNOWN = "（账户已停用）";

    private final UserService users;
    private final PageFormat fmt;

    PeopleNames(UserService users, PageFormat fmt) {
        this.users = users;
        this.fmt = fmt;
    }

    /** The display name; "" for nobody. */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return user(username).map(FfwUser::displayName).filter(n -> !n.isBlank()).orElse(UNKNOWN);
    }

    /** The role's label of the account's first role; "" when it has none or does not exist. */
    public String role(String username) {
        return username == null ? "" : user(username).map(FfwUser::primaryRole).map(r -> fmt.label("role", r)).orElse("");
    }

    /** Display name and role: 张伟（浦东监察） · 劳动监察员. */
    public String person(String username) {
        return join(name(username), role(username));
    }

    /**
     * Who acted on a timeline entry: the system, a role (entries shown outside the bureau carry the role in place of
     * the account, {@link TimelineEntry#withoutActorName}), or the person with the role they acted in.
     */
    public String actor(TimelineEntry e) {
        String actor = e.actor();
        if (actor == null || actor.isBlank() || actor.equalsIgnoreCase("system")) {
            return fmt.label("role", "SYSTEM");
        }
        if (actor.equalsIgnoreCase("public")) { // anyone, without a login (an objection during a public notice)
            return fmt.label("role", "PUBLIC");
        }
        if (actor.equals(e.actorRole())) {
            return fmt.label("role", actor);
        }
        Optional<FfwUser> u = user(actor);
        String role = e.actorRole() != null ? fmt.label("role", e.actorRole())
                : u.map(FfwUser::primaryRole).map(r -> fmt.label("role", r)).orElse("");
        return join(u.map(FfwUser::displayName).orElse(UNKNOWN), role);
    }

    private Optional<FfwUser> user(String username) {
        return RequestMemo.get("people", username, k -> users.find(username));
    }

    private static String join(String name, String role) {
        return role.isEmpty() || name.isEmpty() ? name : name + " · " + role;
    }
}
