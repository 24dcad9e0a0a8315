package org.ffw.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who changed which staff account, how and when: one row per change an administrator makes (creation, roles,
 * district, disabling, enabling, a password reset), only ever added. Written in the same transaction as the change.
 */
@Component
public class StaffAccountChanges {

    /** What was changed; ROLES and DISTRICT carry the old and the new value. */
    public enum Action { CREATED, ROLES, DISTRICT, DISABLED, ENABLED, PASSWORD_RESET }

    /** One change: the values are role codes separated by commas, or a district's code; null where none. */
    public record Change(long id, String username, Action action, String oldValue, String newValue, String changedBy,
                         Instant changedAt) {
    }

    private final ChangeMapper changes;

    StaffAccountChanges(ChangeMapper changes) {
        this.changes = changes;
    }

    void record(String username, Action action, String oldValue, String newValue) {
        String by = CurrentUser.find().map(u -> u.getUsername()).orElse("system");
        changes.insert(username, action.name(), oldValue, newValue, by, Instant.now());
    }

    void recordIfChanged(String username, Action action, String oldValue, String newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            record(username, action, oldValue, newValue);
        }
    }

    /** The account's changes, newest first. */
    public List<Change> of(String username) {
        return changes.of(username);
    }

    /** Roles as the stored value: codes in the enum's order, separated by commas; null for none. */
    static String roles(Collection<Role> roles) {
        String s = roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
        return s.isEmpty() ? null : s;
    }

    @Mapper
    interface ChangeMapper {

        @Insert("""
                INSERT INTO staff_account_change (username, action, old_value, new_value, changed_by, changed_at)
                VALUES (#{username}, #{action}, #{oldValue}, #{newValue}, #{by}, #{at})""")
        int insert(@Param("username") String username, @Param("action") String action,
                   @Param("oldValue") String oldValue, @Param("newValue") String newValue, @Param("by") String by,
                   @Param("at") Instant at);

        @Select("""
                SELECT id, username, action, old_value, new_value, changed_by, changed_at FROM staff_account_change
                WHERE username = #{username} ORDER BY changed_at DESC, id DESC""")
        List<Change> of(@Param("username") String username);
    }
}
