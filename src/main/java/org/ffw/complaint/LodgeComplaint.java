package org.ffw.complaint;

import java.time.LocalDate;

import org.ffw.rules.ValidCreditCode;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The complaint as the employee lodges it. Name and resident ID come from the account, not from here. */
public record LodgeComplaint(
        @NotBlank @ValidCreditCode String employerCreditCode,
        @NotBlank @Size(max = 128) String employerName,
        @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit district code") String workplaceDistrict,
        @NotNull LeaveType leaveType,
        LocalDate childBirthDate,
        @Min(1) @Max(9) Integer babies,
        @NotNull LocalDate violationDate,
        @NotBlank @Size(min = 10, max = 4000) String facts,
        @Size(max = 2000) String request,
        @Min(0) @Max(1000) Integer daysGranted,
        Boolean confidential,
        @NotBlank @Pattern(regexp = "1[3-9]\\d{9}", message = "must be an 11-digit mainland mobile number")
        String phone) {
}
