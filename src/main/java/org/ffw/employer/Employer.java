package org.ffw.employer;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An employer in the registry. {@code status} is REGISTERED, or PROVISIONAL when created from a complaint.
 * {@code sector} is the 门类 letter of GB/T 4754-2017 ({@link Sector}), {@code sizeBand} a {@link SizeBand} name;
 * both null where unknown, and each with its words ({@code sectorLabel}, {@code sizeBandLabel}).
 */
public record Employer(
        String creditCode,
        String name,
        String districtCode,
        String orgType,
        String address,
        String legalRepresentative,
        String status,
        Instant createdAt,
        Instant updatedAt,
        String sector,
        String sizeBand) {

    public static final String REGISTERED = "REGISTERED";
    public static final String PROVISIONAL = "PROVISIONAL";

    @JsonProperty
    public String sectorLabel() {
        Sector s = Sector.of(sector);
        return s == null ? null : s.label();
    }

    @JsonProperty
    public String sizeBandLabel() {
        SizeBand b = SizeBand.of(sizeBand);
        return b == null ? null : b.label();
    }
}
