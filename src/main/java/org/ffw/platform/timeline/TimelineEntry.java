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
}
