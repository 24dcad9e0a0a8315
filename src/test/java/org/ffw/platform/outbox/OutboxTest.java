package org.ffw.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ffw.platform.outbox.Outbox.OutboxMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutboxTest {

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxMapper mapper;
    @Autowired
    TransactionTemplate tx;

    final OutboxProperties props = new OutboxProperties(Duration.ofHours(1), 500, Duration.ofMinutes(2), 3);

    /** A channel that records what it delivers, and fails while told to. */
    static final class RecordingChannel implements NotificationChannel {
        final List<Notification> delivered = Collections.synchronizedList(new ArrayList<>());
        volatile boolean failing;

        @Override
        public String name() {
            return "test";
        }

        @Override
        public void send(Notification n) {
            if (failing) {
                throw new IllegalStateException("gateway down");
            }
            delivered.add(n);
        }

        List<Notification> forCase(String caseNo) {
            synchronized (delivered) {
                return delivered.stream().filter(n -> caseNo.equals(n.caseNo())).toList();
            }
        }
    }

    @Test
    void a_notice_exists_only_if_its_transaction_commits() {
        String committed = caseNo();
        String rolledBack = caseNo();
        tx.executeWithoutResult(s -> outbox.enqueue("employee", committed, "TEST", "受理", "您的投诉已受理"));
        tx.executeWithoutResult(s -> {
            outbox.enqueue("employee", rolledBack, "TEST", "受理", "不应发送");
            s.setRollbackOnly();
        });
        assertThat(outbox.forCase(committed)).hasSize(1);
        assertThat(outbox.forCase(rolledBack)).isEmpty();
    }

    @Test
    void delivered_notices_are_marked_sent_and_not_sent_again() {
        String caseNo = caseNo();
        tx.executeWithoutResult(s -> outbox.enqueue("employee", caseNo, "TEST", "受理", "您的投诉已受理"));
        RecordingChannel channel = new RecordingChannel();
        Outbox sender = new Outbox(mapper, channel, props);
        sender.deliverDue();
        sender.deliverDue();
        assertThat(channel.forCase(caseNo)).hasSize(1);
        Notification n = outbox.forCase(caseNo).get(0);
        assertThat(n.status()).isEqualTo(Notification.SENT);
        assertThat(n.sentAt()).isNotNull();
        assertThat(n.channel()).isEqualTo("test");
    }

    @Test
    void a_failed_delivery_is_retried_later_and_given_up_after_max_attempts() {
        String caseNo = caseNo();
        tx.executeWithoutResult(s -> outbox.enqueue("employee", caseNo, "TEST", "受理", "失败重试"));
        RecordingChannel channel = new RecordingChannel();
        channel.failing = true;
        Outbox sender = new Outbox(mapper, channel, props);
        sender.deliverDue();
        Notification afterFailure = outbox.forCase(caseNo).get(0);
        assertThat(afterFailure.status()).isEqualTo(Notification.PENDING);
        assertThat(afterFailure.attempts()).isEqualTo(1);
        assertThat(afterFailure.lastError()).contains("gateway down");
        assertThat(afterFailure.nextAttemptAt()).isAfter(afterFailure.createdAt());

        // not due yet: nothing happens
        sender.deliverDue();
        assertThat(outbox.forCase(caseNo).get(0).attempts()).isEqualTo(1);

        // make it due again twice more: after 3 attempts it is FAILED
        for (int i = 0; i < 2; i++) {
            makeDue(caseNo);
            sender.deliverDue();
        }
        assertThat(outbox.forCase(caseNo).get(0).status()).isEqualTo(Notification.FAILED);
        assertThat(outbox.forCase(caseNo).get(0).attempts()).isEqualTo(3);
    }

    @Test
    void a_recovered_channel_delivers_the_retry() {
        String caseNo = caseNo();
        tx.executeWithoutResult(s -> outbox.enqueue("employee", caseNo, "TEST", "受理", "恢复后送达"));
        RecordingChannel channel = new RecordingChannel();
        channel.failing = true;
        Outbox sender = new Outbox(mapper, channel, props);
        sender.deliverDue();
        channel.failing = false;
        makeDue(caseNo);
        sender.deliverDue();
        assertThat(channel.forCase(caseNo)).hasSize(1);
        assertThat(outbox.forCase(caseNo).get(0).status()).isEqualTo(Notification.SENT);
    }

    @Test
    void several_nodes_delivering_at_once_send_each_notice_once() throws Exception {
        String caseNo = caseNo();
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 30; i++) {
                outbox.enqueue("employee", caseNo, "TEST", "通知 " + i, "并发投递");
            }
        });
        RecordingChannel channel = new RecordingChannel();
        List<Outbox> nodes = List.of(new Outbox(mapper, channel, props), new Outbox(mapper, channel, props),
                new Outbox(mapper, channel, props));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (Outbox node : nodes) {
                runs.add(pool.submit(node::deliverDue));
            }
            for (Future<Integer> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(channel.forCase(caseNo)).hasSize(30);
        assertThat(channel.forCase(caseNo)).extracting(Notification::id).doesNotHaveDuplicates();
        assertThat(outbox.forCase(caseNo)).allMatch(n -> n.status().equals(Notification.SENT));
    }

    @Test
    void a_deduplicated_notice_is_queued_once() {
        String caseNo = caseNo();
        String key = "test-overdue:" + caseNo;
        Boolean first = tx.execute(s -> outbox.enqueueOnce(key, "supervisor", caseNo, "TEST", "逾期", "任务已逾期"));
        Boolean second = tx.execute(s -> outbox.enqueueOnce(key, "supervisor", caseNo, "TEST", "逾期", "任务已逾期"));
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(outbox.forCase(caseNo)).hasSize(1);
    }

    @Test
    void backoff_grows_and_is_capped() {
        assertThat(Outbox.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Outbox.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Outbox.backoff(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(Outbox.backoff(20)).isEqualTo(Duration.ofMinutes(60));
    }

    private void makeDue(String caseNo) {
        for (Notification n : outbox.forCase(caseNo)) {
            mapper.makeDueForTest(n.id());
        }
    }

    private static String caseNo() {
        return "T-" + UUID.randomUUID().toString().substring(0, 12);
    }
}
