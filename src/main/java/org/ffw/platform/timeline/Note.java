package org.ffw.platform.timeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.ffw.platform.timeline.NoteArg.All;
import org.ffw.platform.timeline.NoteArg.Code;
import org.ffw.platform.timeline.NoteArg.Day;
import org.ffw.platform.timeline.NoteArg.Text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A timeline note FFW composes: a message key of {@code i18n/timeline} and its arguments ({@link NoteArg}), shown in
 * the reader's language ({@link TimelineNotes}). An argument is a {@link Text} (what a person wrote, a number, a case
 * number, a file name: shown as it is, never translated), a {@link Day} (an ISO date, written as the reader writes
 * dates), a {@link Code} (shown as the label {@code group.CODE} of the bundles), a nested {@code Note} or {@link All}
 * of them one after the other. The timeline stores the key and the arguments (as JSON) beside the Chinese text.
 */
public record Note(String key, List<NoteArg> args) implements NoteArg {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Note {
        args = List.copyOf(args);
    }

    /**
     * A note of the key with these arguments: {@link NoteArg}s as they are, a LocalDate as a {@link Day}, a BigDecimal
     * as its plain digits, anything else (strings, numbers) as {@link Text}. An enum is refused: say with
     * {@link #code} which labels it has.
     */
    public static Note of(String key, Object... args) {
        return new Note(key, Arrays.stream(args).map(Note::arg).toList());
    }

    public static Code code(String group, Object code) {
        return code(group, code, null);
    }

    public static Code code(String group, Object code, String fallback) {
        return new Code(group, code == null ? null : code instanceof Enum<?> e ? e.name() : code.toString(), fallback);
    }

    public static Text text(Object value) {
        return new Text(value == null ? "" : value.toString());
    }

    public static All all(Object... parts) {
        return new All(Arrays.stream(parts).map(Note::arg).toList());
    }

    /** Nothing (an optional part that is absent). */
    public static All none() {
        return new All(List.of());
    }

    /**
     * A deadline as the timeline says it: the date, with "(provisional …)" while the holiday schedule of its year is
     * not published, or "(counted once the schedule is loaded)" without a date.
     */
    public static Note due(LocalDate date, boolean provisional) {
        if (date == null) {
            return of("timeline.note.due.pending");
        }
        return provisional ? of("timeline.note.due.provisional", date) : of("timeline.note.due", date);
    }

    private static NoteArg arg(Object o) {
        if (o instanceof NoteArg a) {
            return a;
        }
        if (o instanceof LocalDate d) {
            return new Day(d);
        }
        if (o instanceof BigDecimal b) {
            return new Text(b.toPlainString());
        }
        if (o instanceof Enum<?> e) {
            throw new IllegalArgumentException("the code " + e + " needs Note.code(group, code)");
        }
        return text(o);
    }

    /** The arguments as stored in {@code case_event.note_args}. */
    String argsJson() {
        try {
            return JSON.writeValueAsString(args.stream().map(Note::toJson).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The note of a stored key and arguments. */
    static Note parse(String key, String argsJson) {
        try {
            List<NoteArg> args = new ArrayList<>();
            if (argsJson != null && !argsJson.isBlank()) {
                JSON.readTree(argsJson).forEach(n -> args.add(fromJson(n)));
            }
            return new Note(key, args);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("note arguments are not JSON: " + argsJson, e);
        }
    }

    private static Object toJson(NoteArg a) {
        if (a instanceof Text t) {
            return t.value();
        }
        if (a instanceof Day d) {
            return Map.of("d", d.date().toString());
        }
        if (a instanceof Code c) {
            return c.fallback() == null ? Map.of("g", c.group(), "c", String.valueOf(c.code()))
                    : Map.of("g", c.group(), "c", String.valueOf(c.code()), "t", c.fallback());
        }
        if (a instanceof Note n) {
            return Map.of("k", n.key(), "a", n.args().stream().map(Note::toJson).toList());
        }
        return Map.of("s", ((All) a).parts().stream().map(Note::toJson).toList());
    }

    private static NoteArg fromJson(JsonNode n) {
        if (n.isTextual()) {
            return new Text(n.asText());
        }
        if (n.has("d")) {
            return new Day(LocalDate.parse(n.get("d").asText()));
        }
        if (n.has("c")) {
            return new Code(n.path("g").asText(), n.get("c").asText(), n.has("t") ? n.get("t").asText() : null);
        }
        if (n.has("k")) {
            List<NoteArg> args = new ArrayList<>();
            n.path("a").forEach(x -> args.add(fromJson(x)));
            return new Note(n.get("k").asText(), args);
        }
        List<NoteArg> parts = new ArrayList<>();
        n.path("s").forEach(x -> parts.add(fromJson(x)));
        return new All(parts);
    }
}
