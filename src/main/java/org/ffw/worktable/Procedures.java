package org.ffw.worktable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ffw.platform.security.FfwUser;
import org.ffw.platform.web.NotFoundException;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The procedures plugged into the worktable ({@link CaseTasks} beans) with their task handlers, and the binding of
 * form values to the handlers' records.
 */
@Component
class Procedures {

    private final Map<String, Bound<?>> byProcess = new LinkedHashMap<>();
    private final ObjectMapper json;

    Procedures(List<CaseTasks<?>> procedures, ObjectMapper json) {
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (CaseTasks<?> p : procedures) {
            if (byProcess.put(p.processKey(), bind(p)) != null) {
                throw new IllegalStateException("two CaseTasks beans for process " + p.processKey());
            }
        }
    }

    private <C> Bound<C> bind(CaseTasks<C> procedure) {
        TaskHandlers<C> handlers = new TaskHandlers<>();
        procedure.register(handlers);
        return new Bound<>(procedure, handlers);
    }

    Optional<Bound<?>> of(String processKey) {
        return Optional.ofNullable(processKey == null ? null : byProcess.get(processKey));
    }

    List<String> processKeys() {
        return byProcess.keySet().stream().sorted().toList();
    }

    /** The task's case read (and, for a completion, locked) once: its form's values, and the completion. */
    interface Open {
        Map<String, Object> currentValues();

        /** Binds the form-checked values to the handler's record and runs it; returns the routing variables. */
        Map<String, Object> complete(Map<String, Object> values);
    }

    final class Bound<C> {
        private final CaseTasks<C> procedure;
        private final TaskHandlers<C> handlers;

        Bound(CaseTasks<C> procedure, TaskHandlers<C> handlers) {
            this.procedure = procedure;
            this.handlers = handlers;
        }

        Map<String, Object> details(String caseNo, FfwUser viewer) {
            return procedure.caseDetails(existing(procedure.find(caseNo)), viewer);
        }

        Open open(TaskInfo task, boolean lock) {
            C kase = existing(lock ? procedure.lock(task.caseNo()) : procedure.find(task.caseNo()));
            TaskHandlers.Handler<C, ?> handler = handlers.of(task.taskKey()).orElseThrow(() ->
                    new IllegalStateException("process " + procedure.processKey() + " has no handler for task "
                            + task.taskKey()));
            return open(kase, handler);
        }

        private <V extends Record> Open open(C kase, TaskHandlers.Handler<C, V> handler) {
            return new Open() {
                @Override
                public Map<String, Object> currentValues() {
                    V current = handler.prefill.apply(kase);
                    Map<String, Object> values = new LinkedHashMap<>(handler.inputs.apply(kase));
                    if (current != null) {
                        json.convertValue(current, Map.class).forEach((k, v) -> {
                            if (v != null) {
                                values.put(k.toString(), v);
                            }
                        });
                    }
                    return values;
                }

                @Override
                public Map<String, Object> complete(Map<String, Object> values) {
                    V bound;
                    try {
                        bound = json.convertValue(values, handler.values);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException("the values of form fields " + values.keySet()
                                + " do not bind to " + handler.values.getSimpleName(), e);
                    }
                    Map<String, Object> variables = handler.completion.complete(kase, bound);
                    return variables == null ? Map.of() : variables;
                }
            };
        }

        TaskHandlers<C> handlers() {
            return handlers;
        }
    }

    private static <C> C existing(C kase) {
        if (kase == null) {
            throw new NotFoundException("The case of this task does not exist.");
        }
        return kase;
    }
}
