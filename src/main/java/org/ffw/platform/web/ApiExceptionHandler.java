package org.ffw.platform.web;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.validation.ConstraintViolationException;

/**
 * Turns every error of a REST controller into {@code application/problem+json} (RFC 9457), in the caller's language
 * ({@link Problems}). Validation errors carry {@code errors: [{field, message}]}. Nothing internal (class names,
 * stack traces, SQL) leaks.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 1) // before the pages'
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return Problems.response(Problems.validation(e.errors()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldProblem::field))
                .toList();
        return Problems.response(Problems.validation(errors));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return Problems.response(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return Problems.response(Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage()));
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
        ResponseEntity<ProblemDetail> r = Problems.response(Problems.of(HttpStatus.TOO_MANY_REQUESTS,
                "too-many-requests", "Too many requests", e.getMessage()));
        return ResponseEntity.status(r.getStatusCode()).headers(r.getHeaders())
                .header("Retry-After", String.valueOf(e.retryAfter().toSeconds())).body(r.getBody());
    }

    @ExceptionHandler(UnprocessableException.class)
    ResponseEntity<ProblemDetail> unprocessable(UnprocessableException e) {
        return Problems.response(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "unprocessable", "Unprocessable",
                e.getMessage()));
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class,
            org.camunda.bpm.engine.OptimisticLockingException.class})
    ResponseEntity<ProblemDetail> concurrent(RuntimeException e) {
        log.info("concurrent modification: {}", e.toString());
        return Problems.response(Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict",
                Problems.say("problem.detail.concurrent", "Someone else changed this at the same time; reload and try again.")));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        if (e instanceof ForbiddenException) {
            return Problems.response(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage()));
        }
        return Problems.response(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                Problems.say("problem.detail.forbidden", "You are not allowed to do this.")));
    }

    @ExceptionHandler({AuthenticationCredentialsNotFoundException.class, AuthenticationException.class})
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"FFW\"")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                        Problems.say("problem.detail.signIn", "Sign in to use this API.")));
    }

    /**
     * A delegate or expression called by the engine threw one of our exceptions (a 4xx): the engine wraps it; answer
     * with what it means.
     */
    @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
    ResponseEntity<ProblemDetail> engine(org.camunda.bpm.engine.ProcessEngineException e) {
        RuntimeException cause = ClientErrors.causeOf(e).orElse(null);
        if (cause instanceof InvalidInputException i) {
            return invalid(i);
        }
        if (cause instanceof UnprocessableException u) {
            return unprocessable(u);
        }
        if (cause instanceof ConflictException c) {
            return conflict(c);
        }
        if (cause instanceof NotFoundException n) {
            return notFound(n);
        }
        return unexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected error", e);
        return Problems.response(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "server-error", "Internal error",
                Problems.say("problem.detail.server", "Something went wrong on our side. It has been logged.")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Problems.validation(fieldProblems(ex.getBindingResult())));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> {
            String name = r.getMethodParameter().getParameterName();
            var requestParam = r.getMethodParameter().getParameterAnnotation(
                    org.springframework.web.bind.annotation.RequestParam.class);
            if (requestParam != null && !requestParam.name().isEmpty()) {
                name = requestParam.name();
            }
            String field = name;
            r.getResolvableErrors().forEach(err -> errors.add(new FieldProblem(field, err.getDefaultMessage())));
        });
        return problem(Problems.validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Problems.validation(List.of(new FieldProblem(ex.getParameterName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        String type = ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName();
        if (outOfRange(ex)) {
            return problem(Problems.validation(List.of(new FieldProblem(name, DateRange.MESSAGE))));
        }
        return problem(Problems.validation(List.of(new FieldProblem(name, "is not a valid " + describe(ex.getRequiredType(), type)))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        if (cause instanceof UnrecognizedPropertyException u) {
            return problem(Problems.validation(List.of(new FieldProblem(path(u), "is not a known property"))));
        }
        if (cause instanceof DateBinding.OutOfRangeJson f) {
            return problem(Problems.validation(List.of(new FieldProblem(path(f), DateRange.MESSAGE))));
        }
        if (cause instanceof InvalidFormatException f) {
            return problem(Problems.validation(List.of(new FieldProblem(path(f),
                    "is not a valid " + describe(f.getTargetType(), "value")))));
        }
        if (cause instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return problem(Problems.validation(List.of(new FieldProblem(path(m), "has the wrong type"))));
        }
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                Problems.say("problem.detail.malformed", "The request body is missing or is not valid JSON.")));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "File too large",
                Problems.say("problem.detail.tooLarge", "The upload is larger than allowed.")));
    }

    /** Every other Spring MVC exception: keep Spring's status, use our problem shape. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        String detail = body instanceof ProblemDetail pd && pd.getDetail() != null ? pd.getDetail()
                : HttpStatus.valueOf(statusCode.value()).getReasonPhrase();
        String reason = HttpStatus.valueOf(statusCode.value()).getReasonPhrase();
        ProblemDetail problem = Problems.of(statusCode, Problems.typeOf(statusCode.value()), reason,
                detail.equals(reason) ? Problems.say("problem." + Problems.typeOf(statusCode.value()), detail) : detail);
        HttpHeaders out = new HttpHeaders();
        if (headers != null) {
            out.putAll(headers);
        }
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, out, statusCode);
    }

    private static ResponseEntity<Object> problem(ProblemDetail pd) {
        return ResponseEntity.status(pd.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    static List<FieldProblem> fieldProblems(BindingResult result) {
        List<FieldProblem> errors = new ArrayList<>();
        result.getFieldErrors().forEach(f -> errors.add(new FieldProblem(f.getField(), f.getDefaultMessage())));
        result.getGlobalErrors().forEach(g -> errors.add(new FieldProblem(g.getObjectName(), g.getDefaultMessage())));
        errors.sort(java.util.Comparator.comparing(FieldProblem::field));
        return errors;
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static String describe(Class<?> type, String fallback) {
        if (type == null) {
            return fallback;
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            StringBuilder sb = new StringBuilder("value (one of ");
            for (int i = 0; i < constants.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(constants[i]);
            }
            return sb.append(')').toString();
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (yyyy-MM-dd)";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "BigDecimal", "Double", "double" -> "number";
            case "Boolean", "boolean" -> "boolean (true or false)";
            default -> fallback;
        };
    }

    /** Whether a parameter failed to bind because its date lies outside {@link DateRange}. */
    private static boolean outOfRange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DateRange.OutOfRange) {
                return true;
            }
        }
        return false;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
