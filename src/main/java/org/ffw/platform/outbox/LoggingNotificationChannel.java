package org.ffw.platform.outbox;

import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default channel: writes each notice to the log. Replace it by declaring another NotificationChannel bean. A
 * query code (查询码) is for its applicant only: the log shows it masked.
 */
@Configuration
class LoggingNotificationChannel {

    private static final Logger log = LoggerFactory.getLogger("ffw.notifications");
    private static final Pattern QUERY_CODE = Pattern.compile("(查询码\\s*[：:]\\s*)[0-9A-Za-z]{6,}");

    @Bean
    @ConditionalOnMissingBean(NotificationChannel.class)
    NotificationChannel loggingChannel() {
        return new NotificationChannel() {
            @Override
            public String name() {
                return "log";
            }

            @Override
            public void send(Notification n) {
                log.info("notice #{} to {} [{}] {}: {}", n.id(), n.recipient(), n.caseNo(), n.subject(),
                        masked(n.body()));
            }
        };
    }

    /** The text with every query code replaced by asterisks. */
    static String masked(String text) {
        return text == null ? null : QUERY_CODE.matcher(text).replaceAll("$1**********");
    }
}
