package org.ffw.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language of a request: Simplified Chinese by default, English by choice. In this order: {@code ?lang=en|zh}
 * (which also sets the remembered cookie {@code lang} for a year), the cookie {@code lang}, the Accept-Language
 * header (the better of Chinese and English), else Chinese — except that an API client (/api/**, /engine-rest) that
 * states no language at all gets the API's documented language, English (a browser always states one).
 *
 * <p>Used by Spring MVC (the {@code localeResolver} bean: templates' {@code #{...}}, {@link PageFormat},
 * {@link FieldErrors}, {@link ApiExceptionHandler}) and by the security handlers, which answer before MVC runs.
 *
 * <p>A signed-in user's {@code ?lang=} is also the language of the account's notices: it is handed to the
 * {@link Choices} (the identity module stores it on the account, writing only when it changes).
 */
@Configuration(proxyBeanMethods = false)
public class Languages {

    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;
    public static final String COOKIE = "lang";
    public static final String PARAM = "lang";
    private static final String CHOSEN = Languages.class.getName() + ".chosen";
    private static final List<Locale> SUPPORTED = List.of(ZH, EN);

    /** The language a request is answered in. */
    public static Locale of(HttpServletRequest request) {
        Locale chosen = parse(request.getParameter(PARAM));
        if (chosen == null && request.getAttribute(CHOSEN) instanceof Locale l) {
            chosen = l;
        }
        if (chosen == null && request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    chosen = parse(c.getValue());
                }
            }
        }
        if (chosen != null) {
            return chosen;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (accept == null || accept.isBlank()) {
            return isApi(request) ? EN : ZH;
        }
        return ofAcceptLanguage(accept);
    }

    /** The better of Chinese and English in an Accept-Language header (Chinese when it names neither). */
    public static Locale ofAcceptLanguage(String accept) {
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(accept), SUPPORTED);
            if (best != null) {
                return best;
            }
            // "zh-TW", "en-GB": the language without the region
            for (Locale.LanguageRange r : Locale.LanguageRange.parse(accept)) {
                if (r.getRange().startsWith("zh")) {
                    return ZH;
                }
                if (r.getRange().startsWith("en")) {
                    return EN;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a header we cannot read: the default
        }
        return ZH;
    }

    /**
     * The language of the HTTP request this thread is handling, or null outside one (a scheduled job, the engine's
     * job executor).
     */
    public static Locale ofRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? of(a.getRequest()) : null;
    }

    /** "en" for English, else "zh": how a language is stored (an account's). */
    public static String code(Locale locale) {
        return english(locale) ? "en" : "zh";
    }

    /** The language of a stored code ("en", "zh"), Chinese for anything else. */
    public static Locale fromCode(String code) {
        return EN.equals(parse(code)) ? EN : ZH;
    }

    /** "en" or "zh" (also "en-US", "zh-CN"), else null. */
    static Locale parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("en") || v.startsWith("en-") || v.startsWith("en_")) {
            return EN;
        }
        if (v.equals("zh") || v.startsWith("zh-") || v.startsWith("zh_")) {
            return ZH;
        }
        return null;
    }

    /** The language of the request being handled; Chinese outside a request (jobs, tests without one). */
    public static Locale current() {
        org.springframework.context.i18n.LocaleContext c = org.springframework.context.i18n.LocaleContextHolder.getLocaleContext();
        Locale l = c == null ? null : c.getLocale();
        return english(l) ? EN : ZH;
    }

    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static boolean isApi(HttpServletRequest request) {
        Object forwarded = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String uri = (forwarded != null ? forwarded.toString() : request.getRequestURI())
                .substring(request.getContextPath().length());
        return uri.startsWith("/api/") || uri.startsWith("/engine-rest");
    }

    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return of(request);
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                remember(request, response, locale);
            }
        };
    }

    /** {@code ?lang=en|zh} on any request (pages, the login page, the API): remembered in the cookie. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    OncePerRequestFilter languageSwitch() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                Locale chosen = parse(request.getParameter(PARAM));
                if (chosen != null) {
                    remember(request, response, chosen);
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** Where a signed-in user's choice of language is kept: the identity module keeps it on the account. */
    public interface Choices {
        /** The user chose this language (at most one write, and none when it was the account's already). */
        void chose(String username, Locale language);
    }

    /**
     * {@code ?lang=en|zh} of a signed-in user: the account's language from now on (its notices). After Spring
     * Security (which sets who is signed in), so ordered last; nothing is done on a request without {@code ?lang=}.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 100)
    OncePerRequestFilter languageChoice(ObjectProvider<Choices> choices) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                Locale chosen = parse(request.getParameter(PARAM));
                Authentication who = chosen == null ? null : SecurityContextHolder.getContext().getAuthentication();
                if (who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken)) {
                    choices.ifAvailable(c -> c.chose(who.getName(), chosen));
                }
                chain.doFilter(request, response);
            }
        };
    }

    static void remember(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale l = english(locale) ? EN : ZH;
        request.setAttribute(CHOSEN, l);
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, english(l) ? "en" : "zh")
                .path(path).maxAge(Duration.ofDays(365)).sameSite("Lax").build().toString());
    }
}
