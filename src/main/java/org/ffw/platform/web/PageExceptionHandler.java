package org.ffw.platform.web;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a page shows when a service refuses: a friendly page with the status, an explanation in the page's language
 * (message keys error.*) and the service's
 * reason as small print (never a person's account name: the services do not put one in their reasons) — never a
 * stack trace. Validation problems are said in Chinese only. Pages handle the validation errors they can show next
 * to a field themselves; whatever reaches this handler is shown as a page. REST controllers are answered by
 * {@link ApiExceptionHandler}, which comes first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.why", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e) {
        return page(HttpStatus.FORBIDDEN, "error.forbidden", "error.forbidden.why",
                e instanceof ForbiddenException ? e.getMessage() : "You are not allowed to do this.");
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        return page(HttpStatus.CONFLICT, "error.conflict", "error.conflict.why",
                e.getMessage());
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class,
            org.camunda.bpm.engine.OptimisticLockingException.class})
    ModelAndView concurrent(RuntimeException e) {
        log.info("concurrent modification on a page: {}", e.toString());
        return page(HttpStatus.CONFLICT, "error.conflict", "error.concurrent.why",
                "Someone else changed this at the same time.");
    }

    @ExceptionHandler(UnprocessableException.class)
    ModelAndView unprocessable(UnprocessableException e) {
        return page(HttpStatus.UNPROCESSABLE_ENTITY, "error.unprocessable", "error.unprocessable.why", e.getMessage());
    }

    /** Validation problems no page showed next to its field: in Chinese only, without field names or English. */
    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e) {
        List<String> texts = FieldErrors.of(e).all().stream().map(FieldErrors.Message::text).distinct().toList();
        if (texts.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, "error.invalid", "error.invalid.why", null);
        }
        boolean english = Languages.english(Languages.current());
        ModelAndView mv = page(HttpStatus.BAD_REQUEST, "error.invalid", null, null);
        mv.addObject("explanationText", english ? String.join("; ", texts) + "." : String.join("；", texts) + "。");
        return mv;
    }

    /**
     * A parameter of a page beyond its stated bounds (a {@code ?page=} past {@link Paging#MAX_PAGE}): the page of a
     * refused request, never a 500.
     */
    @ExceptionHandler(org.springframework.web.method.annotation.HandlerMethodValidationException.class)
    ModelAndView outOfBounds(org.springframework.web.method.annotation.HandlerMethodValidationException e) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> problems.add(
                new FieldProblem(String.valueOf(r.getMethodParameter().getParameterName()), err.getDefaultMessage()))));
        return invalid(new InvalidInputException(problems));
    }

    /** An engine step threw one of ours: show what it means. */
    @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
    ModelAndView engine(org.camunda.bpm.engine.ProcessEngineException e) {
        RuntimeException cause = ClientErrors.causeOf(e).orElseThrow(() -> e);
        if (cause instanceof InvalidInputException i) {
            return invalid(i);
        }
        if (cause instanceof ConflictException c) {
            return conflict(c);
        }
        if (cause instanceof NotFoundException n) {
            return notFound(n);
        }
        return unprocessable((UnprocessableException) cause);
    }

    /** The error page: its title and explanation are message keys (error.*), the detail the service's reason. */
    static ModelAndView page(HttpStatus status, String titleKey, String explanationKey, String detail) {
        ModelAndView mv = new ModelAndView("error", new java.util.HashMap<>(Map.of("status", status.value(),
                "reason", titleKey, "explanation", explanationKey == null ? "" : explanationKey,
                "detail", detail == null ? "" : detail)));
        mv.setStatus(status);
        return mv;
    }
}
