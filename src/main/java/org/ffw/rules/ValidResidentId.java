package org.ffw.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Bean Validation: a resident ID number with a real birth date and a correct check character. */
@Documented
@Constraint(validatedBy = ValidResidentId.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidResidentId {

    String message() default "is not a valid resident ID number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidResidentId, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            var problem = ResidentIds.problem(ResidentIds.normalize(value), LocalDate.now(org.ffw.platform.Shanghai.ZONE));
            if (problem.isPresent()) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(ConstraintMessages.escape(problem.get()))
                        .addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}
