package org.ffw.rules;

import org.ffw.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A calculation that needs a calendar year that is not loaded: 422 problem+json of type
 * {@code calendar-year-not-loaded} with the {@code year}, from whichever controller it came. (Without this advice
 * the exception would still be a plain 422, being an UnprocessableException.)
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RulesProblems {

    @ExceptionHandler(CalendarYearNotLoadedException.class)
    ResponseEntity<ProblemDetail> yearNotLoaded(CalendarYearNotLoadedException e) {
        ProblemDetail pd = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "calendar-year-not-loaded",
                "Calendar year not loaded", e.getMessage());
        pd.setProperty("year", e.year());
        return Problems.response(pd);
    }
}
