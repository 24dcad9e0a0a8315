package org.ffw.platform.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default channel: writes each notice to the log. Replace it by declaring another NotificationChannel bean. */
@Configuration
class LoggingNotificationChannel {

    private static final Logger log = LoggerFactory.getLogger("ffw.notifications");

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
                log.info("notice #{} to {} [{}] {}: {}", n.id(), n.recipient(), n.caseNo(), n.subject(), n.body());
            }
        };
    }
}
