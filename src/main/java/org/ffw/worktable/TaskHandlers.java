package org.ffw.worktable;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The typed handlers of one procedure's user tasks, registered by its {@link CaseTasks} bean:
 *
 * <pre>
 * record Triage(String triageDecision, String allegation, String note) {}   // exactly the keys of the task's form
 *
 * public void register(TaskHandlers&lt;Complaint&gt; handlers) {
 *     handlers.on("triage", Triage.class, this::triaged);
 *     handlers.on("investigate", Investigation.class, this::investigated)
 *             .prefill(c -&gt; new Investigation(c.investigationRecord(), null, null));
 * }
 *
 * Map&lt;String, Object&gt; triaged(Complaint c, Triage values) { … store, timeline, notices …; return routing variables; }
 * </pre>
 *
 * The record's components are the form's keys: a form key the record does not have fails the completion (and the
 * form-key test), so nothing a form accepts can be dropped silently.
 *
 * @param <C> the procedure's case row
 */
public final class TaskHandlers<C> {

    /** Stores what the task decided and returns the process variables the diagram routes on (may be empty). */
    @FunctionalInterface
    public interface Completion<C, V> {
        Map<String, Object> complete(C kase, V values);
    }

    /** One task's handler: the record its values bind to, what it does, and the values its form starts with. */
    public static final class Handler<C, V extends Record> {
        final Class<V> values;
        final Completion<C, V> completion;
        Function<C, V> prefill = c -> null;
        Function<C, Map<String, Object>> inputs = c -> Map.of();

        Handler(Class<V> values, Completion<C, V> completion) {
            this.values = values;
            this.completion = completion;
        }

        /** The form's current values from the case (a record with nulls for the empty fields). */
        public Handler<C, V> prefill(Function<C, V> current) {
            this.prefill = current;
            return this;
        }

        /**
         * Input data of the form besides its fields, e.g. the options of a field with {@code valuesKey} (a list of
         * {label, value} under that key): what the form offers to choose from this case.
         */
        public Handler<C, V> inputs(Function<C, Map<String, Object>> data) {
            this.inputs = data;
            return this;
        }

        public Class<V> valuesType() {
            return values;
        }
    }

    private final Map<String, Handler<C, ?>> byTask = new LinkedHashMap<>();

    TaskHandlers() {
    }

    public <V extends Record> Handler<C, V> on(String taskKey, Class<V> values, Completion<C, V> completion) {
        Handler<C, V> h = new Handler<>(values, completion);
        if (byTask.putIfAbsent(taskKey, h) != null) {
            throw new IllegalStateException("two handlers for task " + taskKey);
        }
        return h;
    }

    Optional<Handler<C, ?>> of(String taskKey) {
        return Optional.ofNullable(byTask.get(taskKey));
    }

    /** The registered task keys and the records their values bind to (for tests and documentation). */
    public Map<String, Class<?>> valueTypes() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        byTask.forEach((k, h) -> types.put(k, h.values));
        return types;
    }
}
