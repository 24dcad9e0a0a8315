package org.ffw.platform.timeline;

import java.time.Instant;

/** One line of a case's timeline: who did what, when, from which status to which. */
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
        String note) {

    /** The entry with the actor's name replaced by their role ("system" for the engine): for readers outside the
     * bureau, who learn what happened but not which official or which employee account did it. */
    public TimelineEntry withoutActorName() {
        return new TimelineEntry(id, caseNo, occurredAt, actorRole == null ? "SYSTEM" : actorRole, actorRole, action,
                fromStatus, toStatus, visibility, note);
    }
}
