package org.ffw.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 problem details as every FFW API answers errors, in the caller's language ({@link Languages}): the
 * {@code title} of every problem type (message keys {@code problem.<type>}) and the platform's own details
 * ({@code problem.detail.*}) in Chinese for a Chinese caller; a service's reason in {@code detail} stays as the
 * service wrote it (English). Validation problems carry each field's message in the caller's language: the Chinese
 * text of {@link FieldErrors} when it knows the phrasing, else the service's English.
 */
public final class Problems {

    public static final String TYPE_PREFIX = "https://ffw.sh.gov.cn/problems/";

    private static volatile MessageSource messages;

    private Problems() {
    }

    /** The bundles the problems are worded from (set once the application context has them). */
    @Component
    static class Wording {
        Wording(MessageSource messageSource) {
            messages = messageSource;
        }
    }

    private static Locale locale() {
        return Languages.current();
    }

    /** The platform's own words: the English given for an English caller, the Chinese of {@code key} otherwise. */
    public static String say(String key, String english, Locale locale, Object... args) {
        MessageSource m = messages;
        if (Languages.english(locale) || m == null) {
            return english;
        }
        return m.getMessage(key, args, english, Languages.ZH);
    }

    public static String say(String key, String english) {
        return say(key, english, locale());
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
        return of(status, type, title, detail, locale());
    }

    /** A problem for a caller in the given language (the title by its type's key {@code problem.<type>}). */
    public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail, Locale locale) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create(TYPE_PREFIX + type));
        pd.setTitle(say("problem." + type, title, locale));
        return pd;
    }

    public static ProblemDetail validation(List<FieldProblem> errors) {
        Locale locale = locale();
        boolean zh = !Languages.english(locale);
        List<FieldProblem> said = !zh ? errors : errors.stream()
                .map(e -> FieldErrors.known(e.message()) ? new FieldProblem(e.field(), FieldErrors.zh(e.field(), e.message())) : e)
                .toList();
        String detail = said.size() == 1 ? said.get(0).field() + (zh ? "：" : ": ") + said.get(0).message()
                : say("problem.detail.fields", said.size() + " fields are invalid", locale, said.size());
        ProblemDetail pd = of(HttpStatus.BAD_REQUEST, "validation", "Invalid request", detail, locale);
        pd.setProperty("errors", said);
        return pd;
    }

    public static ResponseEntity<ProblemDetail> response(ProblemDetail pd) {
        return ResponseEntity.status(pd.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    /** The problem type of a status without anything more specific. */
    public static String typeOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            default -> status >= 500 ? "server-error" : "error";
        };
    }
}
