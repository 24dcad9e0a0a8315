package org.ffw.identity;

import java.time.Instant;

/** A row of app_user. Roles are kept in app_user_role. */
public record UserAccount(
        String username,
        String passwordHash,
        String displayName,
        String districtCode,
        String employerCreditCode,
        String realName,
        String residentId,
        String phone,
        boolean enabled,
        boolean demoAccount,
        Instant createdAt) {
}
