package org.ffw.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the servlet's multipart limit (spring.servlet.multipart.max-file-size, 10 MB) fails before any
 * controller is chosen, so {@link ApiExceptionHandler} (which serves REST controllers) never sees it: answered here,
 * as problem+json under /api and as a page elsewhere.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, jakarta.servlet.http.HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // an upload form of a page: a page, not a problem document
            return PageExceptionHandler.page(HttpStatus.PAYLOAD_TOO_LARGE, "error.tooLarge",
                    "error.tooLarge.why", "A file may be at most 10 MB.");
        }
        return Problems.response(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "File too large",
                "A file may be at most 10 MB."));
    }
}
