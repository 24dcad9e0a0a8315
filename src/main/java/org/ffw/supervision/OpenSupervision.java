package org.ffw.supervision;

import java.util.List;

import org.ffw.complaint.LeaveType;
import org.ffw.rules.ValidCreditCode;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A union reviewer opens a supervision case and issues the 监督意见书 (《工会劳动法律监督办法》 Art. 19–20): the
 * employer, the matter, the facts at least two union supervisors found, and the correction the union requires. The
 * district is the reviewer's own.
 */
public record OpenSupervision(
        @NotBlank @ValidCreditCode String employerCreditCode,
        @NotBlank @Size(max = 128) String employerName,
        @NotNull LeaveType leaveType,
        @NotNull @Size(min = 2, max = 10, message = "at least two union supervisors (REFERENCE §3.4), at most ten")
        List<@Valid @NotNull SupervisorRef> supervisors,
        @NotBlank @Size(min = 10, max = 4000) String facts,
        @NotBlank @Size(min = 10, max = 2000) String requiredCorrection,
        @Min(1) @Max(100000) Integer affectedEmployees) {

    /** A union supervisor with the number of their 工会劳动法律监督员证. */
    public record SupervisorRef(@NotBlank @Size(max = 64) String name,
                                @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9\\-]+",
                                        message = "letters, digits and hyphens only") String certificateNo) {
    }
}
