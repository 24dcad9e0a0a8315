package org.ffw.platform.web;

import java.util.Map;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the servlet container shows when an error happens outside a controller (unknown path, filter errors):
 * problem+json for API clients, a page for browsers. Never a stack trace.
 */
@Controller
@RequestMapping("/error")
public class ErrorPages implements ErrorController {

    /**
     * Request attribute set on a request refused at the door before any controller (Spring Security's firewall:
     * a malformed address): the answer then says why.
     */
    public static final String REFUSED = ErrorPages.class.getName() + ".refused";

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    public Object page(HttpServletRequest request) {
        HttpStatus status = status(request);
        if (isApi(request)) {
            // an API path asked for by a browser still gets a problem document
            return problem(request);
        }
        ModelAndView mv = new ModelAndView("error", refused(request)
                ? Map.of("status", status.value(), "reason", "door.title.malformed", "explanation", "door.detail.malformed")
                : Map.of("status", status.value(), "reason", reasonKey(status)));
        mv.setStatus(status);
        return mv;
    }

    @RequestMapping
    public ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        if (refused(request)) {
            return Problems.response(Problems.of(status, "malformed-request", "Malformed request address",
                    Problems.say("door.detail.malformed", "The address of this request contains a character or "
                            + "sequence that is not allowed (such as %00, an encoded slash or backslash, an encoded dot, "
                            + "\"//\" or \";\"); nothing was done. Check the address and try again.")));
        }
        return Problems.response(Problems.of(status, Problems.typeOf(status.value()), status.getReasonPhrase(),
                detail(status)));
    }

    private static boolean refused(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(REFUSED));
    }

    private static String detail(HttpStatus status) {
        return switch (status.value()) {
            case 404 -> Problems.say("problem.detail.notFound", "No such resource.");
            case 401 -> Problems.say("problem.detail.signIn", "Sign in to use this API.");
            case 403 -> Problems.say("problem.detail.forbidden", "You are not allowed to do this.");
            default -> status.is5xxServerError()
                    ? Problems.say("problem.detail.server", "Something went wrong on our side. It has been logged.")
                    : Problems.say("problem." + Problems.typeOf(status.value()), status.getReasonPhrase());
        };
    }

    /** The page's title, a message key (error.*). */
    private static String reasonKey(HttpStatus status) {
        return switch (status.value()) {
            case 404 -> "error.page.notFound";
            case 403 -> "error.forbidden";
            case 401 -> "error.page.signIn";
            default -> status.is5xxServerError() ? "error.page.server" : "error.page.bad";
        };
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && (uri.toString().startsWith("/api/") || uri.toString().startsWith("/engine-rest"));
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer i) {
            HttpStatus resolved = HttpStatus.resolve(i);
            if (resolved != null) {
                return resolved;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
