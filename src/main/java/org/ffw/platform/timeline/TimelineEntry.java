package org.ffw.platform.timeline;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One line of a case's timeline: who did what, when, from which status to which. {@code note} is the Chinese text;
 * a note FFW composed also has its {@code noteKey} and {@code noteArgs} (JSON, see {@link Note}), from which the
 * pages word it in the reader's language ({@link TimelineNotes}).
 */
public record TimelineEntry(
        long id,
        String caseNo,
        Instant occurredAt,
        String actor,
        String actorRole,
        String action,
        String fromStatus,
        String toStatus,
        Visibility visibility,
        String note,
        @JsonIgnore String noteKey,
        @JsonIgnore String noteArgs) {

    /** The entry with the actor's name replaced by their role ("system" for the engine): for readers outside the
     * bureau, who learn what happened but not which official or which employee account did it. */
    public TimelineEntry withoutActorName() {
        return new TimelineEntry(id, caseNo, occurredAt, actorRole == null ? "SYSTEM" : actorRole, actorRole, action,
                fromStatus, toStatus, visibility, note, noteKey, noteArgs);
    }
}
