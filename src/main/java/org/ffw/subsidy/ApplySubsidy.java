package org.ffw.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.ffw.rules.ValidCreditCode;
import org.ffw.rules.ValidResidentId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An employer's application (or a draft to calculate): the employee, the birth, the leave granted, the employer's
 * contributions month by month, a labour-dispatch user unit, the declaration of no other subsidy, the payee account.
 * The employer is the signed-in account's, never from here.
 */
public record ApplySubsidy(
        @NotNull @Valid Employee employee,
        @NotNull LocalDate childBirthDate,
        @NotNull @Min(1) @Max(20) Integer childOrder,
        @NotNull Boolean employeeConfirmedChildOrder,
        @Size(max = 32) String birthCertificateNo,
        @Min(1) @Max(9) Integer babies,
        Boolean difficultBirth,
        @NotNull LocalDate leaveStart,
        @NotNull LocalDate leaveEnd,
        @NotEmpty @Size(max = 24) List<@NotNull @Valid MonthlyContribution> contributions,
        @Valid Dispatch dispatch,
        @NotNull Boolean noOtherSubsidy,
        @NotNull @Valid BankAccount bankAccount) {

    public record Employee(@NotBlank @Size(max = 64) String name, @NotBlank @ValidResidentId String residentId) {
    }

    /** The employer's own contributions of one month, in yuan. */
    public record MonthlyContribution(
            @NotBlank @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month (yyyy-MM)") String month,
            @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal pension,
            @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal medical,
            @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal unemployment,
            @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal workInjury) {

        BigDecimal total() {
            return pension.add(medical).add(unemployment).add(workInjury);
        }
    }

    /** The applicant is a labour-dispatch agency: the user unit that bears wages and insurance gets the full amount. */
    public record Dispatch(@NotBlank @ValidCreditCode String userUnitCreditCode,
                           @NotBlank @Size(max = 128) String userUnitName) {
    }

    public record BankAccount(@NotBlank @Size(max = 128) String bankName, @NotBlank @Size(max = 128) String accountName,
                              @NotBlank @Pattern(regexp = "[0-9 -]{8,40}", message = "must be a bank account number")
                              String accountNo) {
    }
}
