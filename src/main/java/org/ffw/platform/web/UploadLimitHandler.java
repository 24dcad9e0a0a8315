package org.ffw.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A multipart body the servlet cannot take — over its limit (spring.servlet.multipart.max-file-size, 10 MB), without a
 * boundary, cut short — fails while the dispatcher parses it, before any controller is chosen, so
 * {@link ApiExceptionHandler} (which serves REST controllers) never sees it: answered here, as problem+json under
 * /api and as a page elsewhere. (Parsing stays eager: parsed lazily, the CSRF check of a page's oversized upload
 * answered 403 instead of saying the file is too large.)
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        if (!api(request)) {
            // an upload form of a page: a page, not a problem document
            return PageExceptionHandler.page(HttpStatus.PAYLOAD_TOO_LARGE, "error.tooLarge",
                    "error.tooLarge.why", "A file may be at most 10 MB.");
        }
        return Problems.response(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "File too large",
                "A file may be at most 10 MB."));
    }

    @ExceptionHandler(MultipartException.class)
    Object unreadable(MultipartException e, HttpServletRequest request) {
        if (!api(request)) {
            return PageExceptionHandler.page(HttpStatus.BAD_REQUEST, "error.invalid", "error.upload.unreadable.why",
                    "The upload could not be read.");
        }
        return Problems.response(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                Problems.say("problem.detail.multipart", "The request is not a readable multipart/form-data upload.")));
    }

    private static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
