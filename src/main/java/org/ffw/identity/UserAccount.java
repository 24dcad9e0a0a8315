package org.ffw.identity;

import java.time.Instant;

/** A row of app_user. Roles are kept in app_user_role; {@code language} is "zh" or "en", that of its notices. */
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
        Instant createdAt,
        String status,
        int sessionVersion,
        String language) {

    /** Signs in and acts. */
    public static final String ACTIVE = "ACTIVE";
    /** An employer's first account waiting for the district's confirmation: cannot sign in yet. */
    public static final String PENDING = "PENDING";
    /** Refused by the district. */
    public static final String REJECTED = "REJECTED";
}
