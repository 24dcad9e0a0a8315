package org.ffw.platform.outbox;

import java.time.Instant;

/** A row of the notification outbox. */
public record Notification(
        long id,
        String dedupKey,
        String recipient,
        String caseNo,
        String template,
        String subject,
        String body,
        String status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt,
        String channel,
        String lastError) {

    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";
}
