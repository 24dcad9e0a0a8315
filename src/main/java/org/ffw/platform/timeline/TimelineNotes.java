package org.ffw.platform.timeline;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of a {@link Note} in a language: its key's message of the bundles ({@code i18n/timeline}) with each
 * argument rendered in the same language — a person's text as written, a date as the pages write it, a code as its
 * label. The timeline stores the Chinese rendering in {@code note}; the pages ask for the reader's.
 */
@Component
public class TimelineNotes {

    /** The Chinese, in which {@code case_event.note} is written. */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final Logger log = LoggerFactory.getLogger(TimelineNotes.class);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /**
     * Labels of codes that are not in the bundles (a district's name is in its table): the feature that owns them
     * offers them as a bean.
     */
    public interface Labels {
        /** The label of the code in the language, or null when this group is not one of this bean's. */
        String label(String group, String code, Locale locale);
    }

    private final MessageSource messages;
    private final ObjectProvider<Labels> labels;

    /** The labels are looked up when a note is rendered (their features may themselves write timelines). */
    TimelineNotes(MessageSource messages, ObjectProvider<Labels> labels) {
        this.messages = messages;
        this.labels = labels;
    }

    /** The entry's note in the language: its key's message, else (an older entry, a person's words) the stored note. */
    public String text(TimelineEntry e, Locale locale) {
        if (e == null) {
            return null;
        }
        if (e.noteKey() == null) {
            return e.note();
        }
        try {
            return render(Note.parse(e.noteKey(), e.noteArgs()), locale);
        } catch (RuntimeException unreadable) {
            log.warn("timeline note {} of entry {} cannot be rendered: {}", e.noteKey(), e.id(), unreadable.toString());
            return e.note();
        }
    }

    /** The note in the language (a missing key fails: every key used is in the bundles, a test checks it). */
    public String render(Note note, Locale locale) {
        String text = messages.getMessage(note.key(), note.args().stream().map(a -> render(a, locale)).toArray(),
                locale);
        return english(locale) ? text : text.replace("。。", "。");
    }

    private String render(NoteArg arg, Locale locale) {
        if (arg instanceof NoteArg.Text t) {
            return t.value();
        }
        if (arg instanceof NoteArg.Day d) {
            return english(locale) ? DATE_EN.format(d.date()) : d.date().toString();
        }
        if (arg instanceof NoteArg.Code c) {
            return label(c, locale);
        }
        if (arg instanceof Note n) {
            return render(n, locale);
        }
        StringBuilder s = new StringBuilder();
        for (NoteArg part : ((NoteArg.All) arg).parts()) {
            s.append(render(part, locale));
        }
        return s.toString();
    }

    private String label(NoteArg.Code c, Locale locale) {
        if (c.code() == null) {
            return Objects.requireNonNullElse(c.fallback(), "");
        }
        for (Labels l : labels.orderedStream().toList()) {
            String own = l.label(c.group(), c.code(), locale);
            if (own != null) {
                return own;
            }
        }
        return messages.getMessage(c.group() + "." + c.code(), null,
                Objects.requireNonNullElse(c.fallback(), c.code()), locale);
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
