package org.ffw.identity;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.ffw.identity.StaffAccountChanges.Change;
import org.ffw.platform.web.PageFormat;
import org.springframework.stereotype.Component;

/**
 * A staff account's change in the reader's words: "角色由“劳动监察员”改为“劳动监察员、监察科长”", who made it (display
 * name) and when — for the accounts page and the API's history, never the stored codes or an account name.
 */
@Component
class StaffChangeWords {

    private final PageFormat fmt;
    private final DistrictNames districts;
    private final PeopleNames people;
    private final AccountText text;

    StaffChangeWords(PageFormat fmt, DistrictNames districts, PeopleNames people, AccountText text) {
        this.fmt = fmt;
        this.districts = districts;
        this.people = people;
        this.text = text;
    }

    /** What was done, in words. */
    String what(Change c) {
        String key = "accounts.change." + c.action().name();
        return switch (c.action()) {
            case CREATED -> text.get(key, roles(c.newValue()));
            case ROLES -> text.get(key, roles(c.oldValue()), roles(c.newValue()));
            case DISTRICT -> text.get(key, district(c.oldValue()), district(c.newValue()));
            default -> text.get(key);
        };
    }

    /** Who made the change and when: "王芳 · 系统管理员，2026-12-04 10:03". */
    String byWhen(Change c) {
        return text.get("accounts.change.by", people.person(c.changedBy()), fmt.time(c.changedAt()));
    }

    String who(Change c) {
        return people.person(c.changedBy());
    }

    private String roles(String codes) {
        if (codes == null || codes.isBlank()) {
            return text.get("accounts.none.short");
        }
        return Arrays.stream(codes.split(",")).map(r -> fmt.label("role", r)).collect(Collectors.joining(text.get("accounts.change.join")));
    }

    private String district(String code) {
        return code == null ? text.get("accounts.none.short") : districts.name(code);
    }
}
