package org.ffw.certification;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An employer's application for fertility-friendly posts (POST /api/v1/certifications): the posts, the written
 * agreement, the consultation of the workforce and a contact. An employer that holds a valid certificate applies
 * for its renewal with the same body.
 */
public record ApplyCertification(
        @NotEmpty(message = "must list at least one post") @Size(max = 100) List<@Valid @NotNull Post> posts,
        @NotNull @AssertTrue(message = "must be true: the arrangement is written into the labour contract or a"
                + " separate written agreement") Boolean writtenInContract,
        @NotNull @Valid Consultation consultation,
        @NotNull @Valid Contact contact) {

    /** One post: its flexible measures ({@code otherMeasure} says what OTHER is) and who may take it. */
    public record Post(
            @NotBlank @Size(max = 100) String title,
            @Size(max = 100) String department,
            @NotNull @Min(value = 1, message = "must be at least 1") @Max(10000) Integer headcount,
            @NotBlank @Size(max = 500) String workingTime,
            @NotEmpty(message = "must name at least one measure") @Size(max = 5) List<@NotNull Measure> measures,
            @Size(max = 500) String otherMeasure,
            @NotBlank @Size(max = 500) String eligibility) {
    }

    /** The consultation of the workforce (职工代表大会 or the union) on the arrangement. */
    public record Consultation(
            @NotNull LocalDate date,
            @NotBlank @Size(max = 64) String body,
            @NotBlank @Size(max = 2000) String summary) {
    }

    public record Contact(
            @NotBlank @Size(max = 64) String name,
            @NotBlank @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}",
                    message = "must be an 11-digit mobile number or a landline with its area code") String phone) {
    }
}
