package org.ffw.inspection;

import java.time.LocalDate;

import org.ffw.complaint.LeaveType;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One row the employer (or, on site, the pair) adds to the leave report: who, which leave, the birth it follows
 * (date, babies, difficult birth — what the statutory length depends on), the days granted and when.
 */
public record NewLeaveRecord(
        @NotBlank @Size(max = 64) String employeeName,
        @NotNull LeaveType leaveType,
        @NotNull LocalDate childBirthDate,
        @Min(1) @Max(10) Integer babies,
        Boolean difficultBirth,
        @NotNull @Min(0) @Max(1000) Integer daysGranted,
        LocalDate leaveFrom,
        LocalDate leaveTo,
        @Size(max = 500) String note) {

    public int babiesOrOne() {
        return babies == null ? 1 : babies;
    }

    public boolean difficult() {
        return Boolean.TRUE.equals(difficultBirth);
    }
}
