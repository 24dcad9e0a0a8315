package org.ffw.complaint;

import java.time.LocalDate;

import org.ffw.rules.LeaveEvent;
import org.ffw.rules.ValidCreditCode;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The complaint as the employee lodges it. Name and resident ID come from the account, not from here. The facts of
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
        @NotBlank @Pattern(regexp = "1[3-9]\\d{9}", message = "must be an 11-digit mainland mobile number")
        String phone) {
}
