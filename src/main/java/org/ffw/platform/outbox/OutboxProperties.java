package org.ffw.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** ffw.outbox.*: how often the sender polls, how many it takes, how long a node holds a claim, when it gives up. */
@ConfigurationProperties("ffw.outbox")
public record OutboxProperties(Duration pollInterval, int batchSize, Duration lease, int maxAttempts) {
}
