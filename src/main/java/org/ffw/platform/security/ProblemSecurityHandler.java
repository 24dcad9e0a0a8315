package org.ffw.platform.security;

import java.io.IOException;
import java.util.Locale;

import org.ffw.platform.web.Languages;
import org.ffw.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** 401 and 403 of the API as problem+json in the caller's language, written by Spring Security before any controller runs. */
@Component
public class ProblemSecurityHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    public ProblemSecurityHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        Locale locale = Languages.of(request);
        if (SecurityConfig.statesBearer(request)) {
            // RFC 6750 §3: the bearer scheme's own challenge, saying the token presented was refused
            response.setHeader("WWW-Authenticate", "Bearer realm=\"FFW\", error=\"invalid_token\"");
            write(response, Problems.of(HttpStatus.UNAUTHORIZED, "invalid-token", "Invalid token",
                    Problems.say("problem.detail.token", "The API token is unknown, expired or revoked, or its account"
                            + " is disabled: create a new one on the account page.", locale), locale));
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"FFW\"");
        write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthenticated",
                Problems.say("problem.detail.signInApi",
                        "Sign in to use this API (HTTP Basic, an API token, or a browser session).", locale), locale));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Locale locale = Languages.of(request);
        String detail = e instanceof CsrfException
                ? Problems.say("problem.detail.csrf",
                        "Missing or invalid CSRF token: send the X-CSRF-TOKEN header of the page, or use HTTP Basic.", locale)
                : Problems.say("problem.detail.forbidden", "You are not allowed to do this.", locale);
        write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, locale));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
