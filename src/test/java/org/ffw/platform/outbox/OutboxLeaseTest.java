package org.ffw.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.ffw.platform.outbox.Outbox.OutboxMapper;
import org.ffw.platform.outbox.OutboxTest.RecordingChannel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leases on the real database: a node on a host with a 253-character name claims (its id fits lease_owner), dies
 * holding its notices, and another node delivers them once the lease has run out — and not before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutboxLeaseTest {

    static final Duration LEASE = Duration.ofMinutes(2);

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxMapper mapper;
    @Autowired
    TransactionTemplate tx;

    /** Stands for the process dying in the middle of a delivery: nothing after the send runs. */
    static final class NodeDied extends Error {
        NodeDied() {
            super("node died");
        }
    }

    @Test
    void a_node_that_died_holding_notices_has_them_delivered_by_another_once_its_lease_ran_out() {
        String caseNo = "T-" + UUID.randomUUID().toString().substring(0, 12);
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 3; i++) {
                outbox.enqueue("employee", caseNo, "TEST", "通知 " + i, "租约到期后由其他节点投递");
            }
        });
        List<Long> ids = outbox.forCase(caseNo).stream().map(Notification::id).toList();
        assertThat(ids).hasSize(3);
        Instant t0 = Instant.now();
        // a large batch: the shared test database may hold many due notices of other tests
        var props = new OutboxProperties(Duration.ofHours(1), 100_000, LEASE, 10);

        // node A on a pod with the longest possible host name: dies while sending each of our notices
        String longHostNode = Outbox.nodeId("4194304@" + OutboxNodeIdTest.LONGEST_FQDN);
        RecordingChannel others = new RecordingChannel();
        NotificationChannel dying = new NotificationChannel() {
            @Override
            public String name() {
                return "dying";
            }

            @Override
            public void send(Notification n) {
                if (caseNo.equals(n.caseNo())) {
                    throw new NodeDied();
                }
                others.send(n);
            }
        };
        Outbox nodeA = new Outbox(mapper, dying, props, longHostNode, Clock.fixed(t0, ZoneOffset.UTC));
        for (int i = 0; i < ids.size(); i++) {
            assertThatThrownBy(nodeA::deliverDue).isInstanceOf(NodeDied.class);
        }
        for (long id : ids) {
            assertThat(mapper.leaseOwner(id)).as("claimed by the dead node").isEqualTo(longHostNode);
        }

        // node B while the lease still holds: nothing of ours
        RecordingChannel channelB = new RecordingChannel();
        Outbox early = new Outbox(mapper, channelB, props, Outbox.nodeId("1@ffw-b"),
                Clock.fixed(t0.plus(LEASE).minusSeconds(5), ZoneOffset.UTC));
        early.deliverDue();
        assertThat(channelB.forCase(caseNo)).isEmpty();
        assertThat(outbox.forCase(caseNo)).allMatch(n -> n.status().equals(Notification.PENDING));

        // node B once the lease has run out: each of ours, once
        Outbox late = new Outbox(mapper, channelB, props, Outbox.nodeId("1@ffw-b"),
                Clock.fixed(t0.plus(LEASE).plusSeconds(5), ZoneOffset.UTC));
        late.deliverDue();
        late.deliverDue();
        assertThat(channelB.forCase(caseNo)).extracting(Notification::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(outbox.forCase(caseNo)).allMatch(n -> n.status().equals(Notification.SENT));
        for (long id : ids) {
            assertThat(mapper.leaseOwner(id)).isNull();
        }
    }
}
