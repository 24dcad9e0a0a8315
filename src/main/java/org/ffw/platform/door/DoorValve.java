package org.ffw.platform.door;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.ffw.platform.web.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Tomcat answers for a request it refuses before any servlet runs — a {@code %00}, an encoded {@code /} or
 * {@code \} in the path, a request line or headers over {@code server.max-http-request-header-size} (8 KB) — in
 * place of Tomcat's own HTML page: problem+json under /api and /engine-rest, a page in plain words elsewhere, in
 * the caller's language as far as Tomcat could read it (see {@link Refusal}).
 *
 * <p>Errors that reach the application are answered by its {@code /error} page (ErrorPages) before this valve
 * looks; it writes only what nothing else wrote.
 */
class DoorValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(DoorValve.class);

    /** Writes the answer (content type and body) for a refusal; set once the application context is up. */
    private final Function<Refusal, Answer> answers;

    record Answer(String contentType, String body) {
    }

    DoorValve(Function<Refusal, Answer> answers) {
        this.answers = answers;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get() || !response.setErrorReported()) {
            return;
        }
        Refusal refusal = Refusal.of(request, response, status, throwable);
        try {
            Answer answer = answers.apply(refusal);
            response.setStatus(refusal.status());
            response.setContentType(answer.contentType());
            response.setCharacterEncoding("UTF-8");
            response.setLocale(refusal.locale());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(answer.body());
                response.finishResponse();
            }
        } catch (IOException | RuntimeException e) {
            log.debug("could not write the refusal of {}", refusal, e);
        }
    }

    /**
     * A refused request as far as Tomcat read it: the raw path (null when the request line itself could not be
     * read), the caller's language, the status to answer and why.
     */
    record Refusal(int status, String path, Locale locale, Reason reason) {

        private static final java.util.regex.Pattern LANG_COOKIE =
                java.util.regex.Pattern.compile("(?:^|;)\\s*lang=(en|zh)\\b");

        enum Reason {
            /** a character or sequence not allowed in an address. */
            MALFORMED,
            /** the request line is over the limit: nothing of the request could be read. */
            LINE_TOO_LONG,
            /** the headers are over the limit. */
            HEADERS_TOO_LARGE,
            /** anything else Tomcat refused on its own. */
            OTHER
        }

        boolean api() {
            // the request line could not be read: the client is most likely a program (a browser never sends 8 KB
            // of address), and a problem document stays readable to a person too
            return path == null || path.startsWith("/api/") || path.startsWith("/engine-rest");
        }

        static Refusal of(Request request, Response response, int status, Throwable throwable) {
            String path = null;
            try {
                path = request.getCoyoteRequest().requestURI().isNull() ? null
                        : request.getCoyoteRequest().requestURI().toString();
            } catch (RuntimeException unreadable) {
                // leave it unknown
            }
            if (path != null && path.isEmpty()) {
                path = null;
            }
            // what the connector's parser gave up on (Http11InputBuffer: "Request header is too large")
            Throwable cause = throwable != null ? throwable
                    : request.getCoyoteRequest().getAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION)
                            instanceof Throwable t ? t : response.getCoyoteResponse().getErrorException();
            boolean tooLarge = cause != null && String.valueOf(cause.getMessage()).contains("too large");
            Reason reason;
            if (tooLarge && path == null) {
                reason = Reason.LINE_TOO_LONG;
                status = 414;
            } else if (tooLarge) {
                reason = Reason.HEADERS_TOO_LARGE;
                status = 431;
            } else if (status == 400) {
                reason = Reason.MALFORMED;
            } else {
                reason = Reason.OTHER;
            }
            return new Refusal(status, path, language(request, path), reason);
        }

        /** The Accept-Language Tomcat read, if it got that far; else the default of an API client or a page. */
        private static Locale language(Request request, String path) {
            String accept = null;
            try {
                accept = request.getCoyoteRequest().getMimeHeaders().getHeader("Accept-Language");
            } catch (RuntimeException unreadable) {
                // leave it unknown
            }
            String cookie = null;
            try {
                cookie = request.getCoyoteRequest().getMimeHeaders().getHeader("Cookie");
            } catch (RuntimeException unreadable) {
                // leave it unknown
            }
            java.util.regex.Matcher chosen = cookie == null ? null : LANG_COOKIE.matcher(cookie);
            if (chosen != null && chosen.find()) {
                return Languages.fromCode(chosen.group(1));
            }
            if (accept == null || accept.isBlank()) {
                return path == null ? null : path.startsWith("/api/") ? Languages.EN : Languages.ZH;
            }
            return Languages.ofAcceptLanguage(accept);
        }
    }
}
