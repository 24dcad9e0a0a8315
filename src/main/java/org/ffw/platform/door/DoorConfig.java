package org.ffw.platform.door;

import java.util.Locale;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.ffw.platform.door.DoorValve.Answer;
import org.ffw.platform.door.DoorValve.Refusal;
import org.ffw.platform.web.ErrorPages;
import org.ffw.platform.web.Languages;
import org.ffw.platform.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.util.HtmlUtils;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Requests refused at the door, before any controller: by Spring Security's firewall (an encoded {@code .}, a
 * {@code //}, a {@code ;} …) and by Tomcat itself (a {@code %00}, an encoded {@code /} or {@code \}, a request line or
 * headers over 8 KB). Both answer as the rest of FFW does: problem+json under /api, a page in plain words elsewhere,
 * in the caller's language. Words: {@code i18n/door}.
 */
@Configuration(proxyBeanMethods = false)
public class DoorConfig {

    /**
     * The firewall's refusal goes to the application's error page (ErrorPages: problem+json under /api, a page
     * elsewhere) with the reason marked, rather than an empty 400.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            request.setAttribute(ErrorPages.REFUSED, Boolean.TRUE);
            response.sendError(HttpStatus.BAD_REQUEST.value());
        };
    }

    /** Tomcat's own refusals: the host's error report valve is ours (after Spring Boot's, which it replaces). */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> doorValve(ObjectProvider<MessageSource> messages,
            ObjectProvider<ObjectMapper> json) {
        DoorValve valve = new DoorValve(r -> answer(r, messages.getObject(), json.getObject()));
        return new OrderedCustomizer() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    StandardHost host = (StandardHost) context.getParent();
                    for (Valve v : host.getPipeline().getValves()) {
                        if (v instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(v);
                        }
                    }
                    // so that the host, starting, finds its error report valve and adds no default one
                    host.setErrorReportValveClass(DoorValve.class.getName());
                    host.getPipeline().addValve(valve);
                });
            }

            @Override
            public int getOrder() {
                return Ordered.LOWEST_PRECEDENCE; // after Spring Boot's own customizer, which adds its valve
            }
        };
    }

    interface OrderedCustomizer extends WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
    }

    static Answer answer(Refusal r, MessageSource messages, ObjectMapper json) {
        String key = switch (r.reason()) {
            case MALFORMED -> "malformed";
            case LINE_TOO_LONG -> "lineTooLong";
            case HEADERS_TOO_LARGE -> "headersTooLarge";
            case OTHER -> "other";
        };
        String title = words(messages, "door.title." + key, r.locale());
        String detail = words(messages, "door.detail." + key, r.locale());
        if (r.api()) {
            String type = switch (r.reason()) {
                case MALFORMED -> "malformed-request";
                case LINE_TOO_LONG -> "uri-too-long";
                case HEADERS_TOO_LARGE -> "headers-too-large";
                case OTHER -> Problems.typeOf(r.status());
            };
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(r.status()), detail);
            pd.setType(java.net.URI.create(Problems.TYPE_PREFIX + type));
            pd.setTitle(title);
            try {
                return new Answer(MediaType.APPLICATION_PROBLEM_JSON_VALUE, json.writeValueAsString(pd));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        Locale page = r.locale() == null ? Languages.ZH : r.locale();
        String html = "<!DOCTYPE html>\n<html lang=\"" + (Languages.english(page) ? "en" : "zh-CN") + "\">\n<head>\n"
                + "<meta charset=\"UTF-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + " · " + esc(words(messages, "app.name", page)) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"/css/ffw.css\">\n</head>\n<body>\n<main class=\"narrow\" id=\"main\">\n"
                + "<h1><span id=\"error-title\">" + esc(title) + "</span> <small id=\"error-status\">" + r.status()
                + "</small></h1>\n<p class=\"alert error\" id=\"error-explanation\">" + esc(detail) + "</p>\n"
                + "<p><a href=\"/\">" + esc(words(messages, "error.home", page)) + "</a></p>\n</main>\n</body>\n</html>\n";
        return new Answer(MediaType.TEXT_HTML_VALUE, html);
    }

    /** The words in the caller's language; in both, Chinese first, when Tomcat could not read the language. */
    private static String words(MessageSource messages, String key, Locale locale) {
        if (locale != null) {
            return messages.getMessage(key, null, key, locale);
        }
        return messages.getMessage(key, null, key, Languages.ZH) + " / " + messages.getMessage(key, null, key, Languages.EN);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
