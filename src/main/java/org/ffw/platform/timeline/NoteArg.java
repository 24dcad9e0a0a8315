package org.ffw.platform.timeline;

import java.time.LocalDate;
import java.util.List;

/** An argument of a timeline {@link Note}: made with {@link Note#of}, {@link Note#code}, {@link Note#all} … */
public sealed interface NoteArg permits Note, NoteArg.Text, NoteArg.Day, NoteArg.Code, NoteArg.All {

    /** Words shown as they are: a person's text, a number, a case number, a name. */
    record Text(String value) implements NoteArg {
    }

    /** A date: 2026-03-10 in Chinese, 10 Mar 2026 in English. */
    record Day(LocalDate date) implements NoteArg {
    }

    /**
     * A code shown as its label {@code group.CODE} in the reader's language; {@code fallback} (else the code) when the
     * bundles have no such label.
     */
    record Code(String group, String code, String fallback) implements NoteArg {
    }

    /** Its parts one after the other. */
    record All(List<NoteArg> parts) implements NoteArg {
        public All {
            parts = List.copyOf(parts);
        }
    }
}
