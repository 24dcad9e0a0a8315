package org.ffw.platform.outbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * A notice before it is worded: its outbox template code, the message keys of its subject and body (bundle
 * {@code i18n/notices}) and their arguments. {@link Notices} words it once per recipient, in the recipient's language,
 * when it is queued. Subject and body share the arguments ({@code {0}}, {@code {1}} …).
 *
 * <p>An argument is one of: text and numbers as they are (data: a case number, a reason someone wrote, an amount
 * {@code 12345.60}, a year {@code 2034} — numbers are written without grouping, so an English message cannot use a
 * {@code choice} on them); or one of the parts below, worded in the recipient's language too: {@link #text} a message
 * of the bundles, {@link #label} the label of a code ({@code outcome.WITHDRAWN} → 投诉人撤回 / Withdrawn by the
 * complainant), {@link #date} and {@link #time} as the pages write them (2026-03-10 / 10 Mar 2026), {@link #words}
 * data stored in both languages (a district's name), {@link #join} several parts one after the other.
 */
public record Notice(String template, String subjectKey, String bodyKey, List<Object> args) {

    /** Nothing: an empty part. */
    public static final Object NONE = new Join(List.of());

    public Notice {
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    public Notice(String template, String subjectKey, String bodyKey, Object... args) {
        this(template, subjectKey, bodyKey, Arrays.asList(args));
    }

    /** The notice whose subject is {@code key.subject} and whose body is {@code key.body}. */
    public static Notice of(String template, String key, Object... args) {
        return new Notice(template, key + ".subject", key + ".body", args);
    }

    /** A message of the bundles with its own arguments. */
    public record Text(String key, List<Object> args) {
        public Text {
            args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
        }
    }

    /** The label of a code ({@code group.CODE}); {@code otherwise} when the bundles have none (null: the code). */
    public record Label(String group, Object code, Object otherwise) {
    }

    /** A date (a LocalDate, or the Shanghai date of an Instant). */
    public record Day(Object value) {
    }

    /** An instant as Shanghai time, "2026-10-13 17:00" / "13 Oct 2026, 17:00". */
    public record Time(Object value) {
    }

    /** Data stored in both languages; the Chinese when there is no English. */
    public record Words(String zh, String en) {
    }

    /** Parts one after the other. */
    public record Join(List<Object> parts) {
        public Join {
            parts = parts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(parts));
        }
    }

    public static Text text(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    public static Label label(String group, Object code) {
        return new Label(group, code, null);
    }

    public static Label label(String group, Object code, Object otherwise) {
        return new Label(group, code, otherwise);
    }

    public static Day date(Object value) {
        return new Day(value);
    }

    public static Time time(Object value) {
        return new Time(value);
    }

    public static Words words(String zh, String en) {
        return new Words(zh, en);
    }

    public static Join join(Object... parts) {
        return new Join(Arrays.asList(parts));
    }

    /** The message keys of the notice and its parts (not the labels': those are looked up, with a fallback). */
    public Stream<String> keys() {
        return Stream.concat(Stream.of(subjectKey, bodyKey), args.stream().flatMap(Notice::keysOf));
    }

    private static Stream<String> keysOf(Object part) {
        if (part instanceof Text t) {
            return Stream.concat(Stream.of(t.key()), t.args().stream().flatMap(Notice::keysOf));
        }
        if (part instanceof Join j) {
            return j.parts().stream().flatMap(Notice::keysOf);
        }
        if (part instanceof Label l && l.otherwise() != null) {
            return keysOf(l.otherwise());
        }
        return Stream.empty();
    }
}
