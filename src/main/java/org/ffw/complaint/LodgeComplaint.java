package org.ffw.complaint;

import java.time.LocalDate;
import java.util.List;

import org.ffw.rules.LeaveEvent;
import org.ffw.rules.ValidCreditCode;
import org.ffw.rules.ValidResidentId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The complaint as it is lodged: by the employee (channel WEB; name and resident ID come from the account, not from
 * here), or by district staff on behalf of a person ({@code channel} COUNTER, HOTLINE_12333 or LETTER, with
 * {@code onBehalfOf}). A collective complaint names the other affected employees ({@code coComplainants}) and up to
 * five elected representatives (accounts' usernames) who act for them. The facts of
 * the birth ({@code event}, {@code babies}, {@code difficultBirth}, {@code lawfulBirth}, {@code pregnancyMonths})
 * have the names the leave-entitlements API uses; the statutory entitlement beside the complaint is computed from them.
 */
public record LodgeComplaint(
        @NotBlank @ValidCreditCode String employerCreditCode,
        @NotBlank @Size(max = 128) String employerName,
        @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit district code") String workplaceDistrict,
        @NotNull LeaveType leaveType,
        LocalDate childBirthDate,
        @Min(1) @Max(9) Integer babies,
        /** BIRTH (default) or MISCARRIAGE, with the names of the leave-entitlements API. */
        LeaveEvent event,
        Boolean difficultBirth,
        /** 符合法律法规规定生育; true unless said otherwise. */
        Boolean lawfulBirth,
        @Min(0) @Max(10) Integer pregnancyMonths,
        @NotNull LocalDate violationDate,
        @NotBlank @Size(min = 10, max = 4000) String facts,
        @Size(max = 2000) String request,
        @Min(0) @Max(1000) Integer daysGranted,
        Boolean confidential,
        /** The lodger's mobile; required on the web, taken from {@code onBehalfOf} when staff lodge. */
        @Pattern(regexp = "1[3-9]\\d{9}", message = "must be an 11-digit mainland mobile number")
        String phone,
        /** WEB (default) for the person's own; COUNTER, HOTLINE_12333, LETTER when staff lodge on behalf. */
        Channel channel,
        @Valid OnBehalfOf onBehalfOf,
        @Valid @Size(max = MAX_CO_COMPLAINANTS) List<@NotNull @Valid CoComplainant> coComplainants,
        @Size(max = MAX_REPRESENTATIVES) List<@NotBlank @Size(max = 64) String> representatives) {

    /** 若干规定 Art. 13 and the local guides: a collective complaint elects at most five representatives. */
    public static final int MAX_REPRESENTATIVES = 5;
    public static final int MAX_CO_COMPLAINANTS = 200;

    /** The person a complaint taken down by staff is lodged for. */
    public record OnBehalfOf(
            @NotBlank @Size(max = 64) String name,
            @NotBlank @ValidResidentId String residentId,
            @NotBlank @Pattern(regexp = "1[3-9]\\d{9}", message = "must be an 11-digit mainland mobile number")
            String phone) {
    }

    /**
     * Another affected employee of a collective complaint. The facts of her birth, when given, compute her own
     * statutory entitlement; without them it is shown as not computed.
     */
    public record CoComplainant(
            @NotBlank @Size(max = 64) String name,
            @NotBlank @ValidResidentId String residentId,
            LocalDate childBirthDate,
            @Min(1) @Max(9) Integer babies,
            Boolean difficultBirth,
            @Min(0) @Max(1000) Integer daysGranted) {
    }

    /** The person's own complaint on the web: no other affected employees. */
    public LodgeComplaint(String employerCreditCode, String employerName, String workplaceDistrict,
                          LeaveType leaveType, LocalDate childBirthDate, Integer babies, LeaveEvent event,
                          Boolean difficultBirth, Boolean lawfulBirth, Integer pregnancyMonths,
                          LocalDate violationDate, String facts, String request, Integer daysGranted,
                          Boolean confidential, String phone) {
        this(employerCreditCode, employerName, workplaceDistrict, leaveType, childBirthDate, babies, event,
                difficultBirth, lawfulBirth, pregnancyMonths, violationDate, facts, request, daysGranted,
                confidential, phone, Channel.WEB, null, null, null);
    }

    Channel channelOrWeb() {
        return channel == null ? Channel.WEB : channel;
    }

    List<CoComplainant> coComplainantsOrNone() {
        return coComplainants == null ? List.of() : coComplainants;
    }

    List<String> representativesOrNone() {
        return representatives == null ? List.of() : representatives;
    }
}
