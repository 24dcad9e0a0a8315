package org.ffw.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets API tokens that ended long ago: a token revoked or expired more than {@code ffw.accounts.tokens.keep-ended}
 * ago (90 days) is deleted, once a night. Until then its owner still sees it in the list, with its status and when it
 * was last used. Every node may run it: a delete by age is the same on each.
 */
@Component
class ApiTokenPruning {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenPruning.class);

    private final ApiTokens.TokenMapper tokens;
    private final Duration keepEnded;
    private final Clock clock = Clock.systemUTC();

    ApiTokenPruning(ApiTokens.TokenMapper tokens,
                    @Value("${ffw.accounts.tokens.keep-ended:P90D}") Duration keepEnded) {
        this.tokens = tokens;
        this.keepEnded = keepEnded;
    }

    @Scheduled(cron = "${ffw.accounts.tokens.prune-cron:0 40 3 * * *}", zone = "Asia/Shanghai")
    int prune() {
        Instant before = clock.instant().minus(keepEnded);
        int n = tokens.deleteEndedBefore(before);
        if (n > 0) {
            log.info("Deleted {} API tokens that ended before {}", n, before);
        }
        return n;
    }
}
