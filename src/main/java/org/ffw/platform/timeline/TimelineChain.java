package org.ffw.platform.timeline;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.ffw.platform.Hashes;

/**
 * The seal of a timeline entry: SHA-256 over its canonical content and the seal of the case's entry before it (none
 * for a case's first), so that changing, removing or inserting an entry breaks the chain from there on. One chain
 * per case (see docs/reliability.md, "The audit trail"). The canonical content is every column but the id (known
 * only after the insert), each field written as its length and its text (or "-" for none), the time as epoch
 * milliseconds (what DATETIME(3) keeps). Used by {@link Timeline} when it writes, by {@link TimelineCheck} when it
 * verifies, and by the migration V67 that sealed the entries written before.
 */
public final class TimelineChain {

    private TimelineChain() {
    }

    /**
     * The time as every database keeps it: whole seconds, because on MySQL the JDBC URL's
     * {@code sendFractionalSeconds=false} (which Camunda needs) drops the milliseconds of DATETIME(3). What is hashed
     * must be what is stored; entries of a case stay ordered by id.
     */
    public static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS);
    }

    public static String seal(String prevHash, String caseNo, Instant occurredAt, String actor, String actorRole,
                              String action, String fromStatus, String toStatus, String visibility, String note,
                              String noteKey, String noteArgs) {
        StringBuilder b = new StringBuilder(256).append("ffw-case-event-v1");
        for (String f : new String[] {prevHash, caseNo, Long.toString(occurredAt.toEpochMilli()), actor, actorRole,
                action, fromStatus, toStatus, visibility, note, noteKey, noteArgs}) {
            b.append('|');
            if (f == null) {
                b.append('-');
            } else {
                b.append(f.length()).append(':').append(f);
            }
        }
        return Hashes.sha256(b.toString());
    }
}
