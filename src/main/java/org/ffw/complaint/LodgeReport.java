package org.ffw.complaint;

import java.time.LocalDate;

import org.ffw.rules.ValidCreditCode;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A report (举报) of a leave violation at an employer by someone who is not (necessarily) the person harmed: with an
 * account or anonymously. The contact is optional; it is never shown to the employer.
 */
public record LodgeReport(
        @NotBlank @ValidCreditCode String employerCreditCode,
        @NotBlank @Size(max = 128) String employerName,
        @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit district code") String workplaceDistrict,
        @NotNull LeaveType leaveType,
        /** When it happened, if the reporter knows. */
        LocalDate violationDate,
        @NotBlank @Size(min = 10, max = 4000) String facts,
        /** How many employees are affected, as far as the reporter knows. */
        @NotNull @Min(1) @Max(100000) Integer affectedEmployees,
        @Valid Contact contact) {

    /** How the inspector may reach the reporter; both parts optional. */
    public record Contact(@Size(max = 64) String name,
                          @Pattern(regexp = "1[3-9]\\d{9}", message = "must be an 11-digit mainland mobile number")
                          String phone) {
    }
}
