package org.ffw.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ffw.platform.outbox.Outbox.OutboxMapper;
import org.ffw.platform.outbox.OutboxTest.RecordingChannel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several nodes' senders on the real database at the same moment, over the same due notices: every notice is
 * delivered, and by one node only (the claim is a conditional UPDATE only one node wins). The senders start together
 * behind a barrier and their channel is slow, so that each one reads the same due rows before any claim is made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutboxNodesTest {

    static final int NODES = 4;
    static final int NOTICES = 40;

    @Autowired
    OutboxMapper mapper;
    @Autowired
    TransactionTemplate tx;

    /** A channel that takes a little time, as a gateway does: the other nodes read the due rows meanwhile. */
    static final class SlowChannel implements NotificationChannel {
        final RecordingChannel recorded = new RecordingChannel();

        @Override
        public String name() {
            return "slow";
        }

        @Override
        public void send(Notification n) {
            try {
                Thread.sleep(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            recorded.send(n);
        }
    }

    @Test
    void nodes_sending_at_the_same_moment_deliver_every_notice_once() throws Exception {
        String caseNo = "N-" + UUID.randomUUID().toString().substring(0, 12);
        // queued "tomorrow", so that only these senders (whose clock is tomorrow too) see them due
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        var props = new OutboxProperties(Duration.ofHours(1), 100_000, Duration.ofMinutes(2), 10);
        Outbox queuing = new Outbox(mapper, new RecordingChannel(), props, "queuing",
                Clock.fixed(tomorrow, ZoneOffset.UTC));
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < NOTICES; i++) {
                queuing.enqueue("employee", caseNo, "TEST", "通知 " + i, "多节点同时投递");
            }
        });
        List<Long> ids = queuing.forCase(caseNo).stream().map(Notification::id).toList();
        assertThat(ids).hasSize(NOTICES);

        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(1).plusMinutes(1));
        List<SlowChannel> channels = new ArrayList<>();
        List<Outbox> nodes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            SlowChannel c = new SlowChannel();
            channels.add(c);
            nodes.add(new Outbox(mapper, c, props, Outbox.nodeId((i + 1) + "@ffw-node-" + (char) ('a' + i)), later));
        }
        CyclicBarrier together = new CyclicBarrier(NODES);
        ExecutorService pool = Executors.newFixedThreadPool(NODES);
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (Outbox node : nodes) {
                rounds.add(pool.submit(() -> {
                    together.await();
                    int sent = 0;
                    for (int round = 0; round < 3; round++) {
                        sent += node.deliverDue();
                    }
                    return sent;
                }));
            }
            for (Future<Integer> f : rounds) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<Long> delivered = channels.stream().flatMap(c -> c.recorded.forCase(caseNo).stream())
                .map(Notification::id).toList();
        Map<Long, Long> times = delivered.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        assertThat(times).as("deliveries per notice").containsOnlyKeys(ids).allSatisfy((id, n) -> assertThat(n)
                .as("notice #" + id).isEqualTo(1L));
        long busyNodes = channels.stream().filter(c -> !c.recorded.forCase(caseNo).isEmpty()).count();
        assertThat(busyNodes).as("nodes that delivered some of them (the work was shared)").isGreaterThan(1);
        assertThat(queuing.forCase(caseNo)).allMatch(n -> n.status().equals(Notification.SENT) && n.attempts() == 1);
    }
}
