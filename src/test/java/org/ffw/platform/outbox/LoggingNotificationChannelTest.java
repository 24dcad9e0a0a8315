package org.ffw.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggingNotificationChannelTest {

    @Test
    void the_log_never_shows_a_query_code() {
        String body = "您的投诉 LC-2026-000001 已提交，将在 2026-12-09 前作出受理决定。查询码：K7M2P9QX4T（请妥善保存）。";
        assertThat(LoggingNotificationChannel.masked(body)).doesNotContain("K7M2P9QX4T")
                .contains("查询码：**********").contains("LC-2026-000001", "2026-12-09");
        assertThat(LoggingNotificationChannel.masked("查询码: abcdef2345")).isEqualTo("查询码: **********");
        assertThat(LoggingNotificationChannel.masked(null)).isNull();
    }
}
