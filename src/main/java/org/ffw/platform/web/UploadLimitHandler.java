package org.ffw.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the servlet's multipart limit (spring.servlet.multipart.max-file-size, 10 MB) fails before any
 * controller is chosen, so {@link ApiExceptionHandler} (which serves REST controllers) never sees it: answered here.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return Problems.response(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "File too large",
                "A file may be at most 10 MB."));
    }
}
