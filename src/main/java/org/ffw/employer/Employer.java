package org.ffw.employer;

import java.time.Instant;

/** An employer in the registry. {@code status} is REGISTERED, or PROVISIONAL when created from a complaint. */
public record Employer(
        String creditCode,
        String name,
        String districtCode,
        String orgType,
        String address,
        String legalRepresentative,
        String status,
        Instant createdAt,
        Instant updatedAt) {

    public static final String REGISTERED = "REGISTERED";
    public static final String PROVISIONAL = "PROVISIONAL";
}
