package org.ffw.worktable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ffw.platform.cases.Procedure;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Camunda Tasklist and the engine REST API stay usable for looking, but a task of an FFW procedure is completed only
 * in the worktable: a completion through {@code /engine-rest} or Tasklist's own API is answered 403 with the reason,
 * in Camunda's error format so that Tasklist shows it. The engine itself refuses any other door
 * ({@link WorktableDoor}); this filter only turns the refusal into a clear answer before the engine is asked.
 */
@Component
class EngineCompletionFilter extends OncePerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form|resolve)/?$");

    private final TaskViewMapper views;
    private final ObjectMapper json;

    EngineCompletionFilter(TaskViewMapper views, ObjectMapper json) {
        this.views = views;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = COMPLETION.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        TaskInfo task = m.matches() ? views.find(m.group(1)) : null;
        if (task != null && Procedure.ofProcessKey(task.processKey()).isPresent()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(), Map.of("type", "ForbiddenException",
                    "message", WorktableDoor.REFUSAL));
            return;
        }
        chain.doFilter(request, response);
    }
}
