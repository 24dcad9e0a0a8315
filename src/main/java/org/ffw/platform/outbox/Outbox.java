package org.ffw.platform.outbox;

import java.lang.management.ManagementFactory;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification outbox. A feature calls {@link #enqueue} inside its business transaction, so a notice exists
 * exactly when the change it announces was committed. A scheduled sender on every node claims due rows with a
 * lease (an UPDATE that only one node can win), delivers them through the {@link NotificationChannel}, and marks
 * them sent; a failure is retried with back-off, a crash after delivery means the notice goes out again when the
 * lease runs out (at least once). A node names itself in the lease with {@link #nodeId(String)}: its host (shortened
 * to fit), its process id and a random part, at most {@value #MAX_NODE_ID} characters whatever the host is called.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    /** The width of notification_outbox.lease_owner. */
    static final int MAX_NODE_ID = 64;
    /** Host names longer than this keep their head and their tail (where a Kubernetes pod name is unique). */
    static final int MAX_HOST = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OutboxMapper mapper;
    private final NotificationChannel channel;
    private final OutboxProperties props;
    private final String node;
    private final Clock clock;

    @Autowired
    Outbox(OutboxMapper mapper, NotificationChannel channel, OutboxProperties props) {
        this(mapper, channel, props, nodeId(ManagementFactory.getRuntimeMXBean().getName()), Clock.systemUTC());
        log.info("outbox sender on this node claims notices as {}", node);
    }

    /** A sender with its own node id and clock (tests: several nodes, a lease that runs out). */
    Outbox(OutboxMapper mapper, NotificationChannel channel, OutboxProperties props, String node, Clock clock) {
        if (node == null || node.isEmpty() || node.length() > MAX_NODE_ID) {
            throw new IllegalArgumentException("an outbox node id has 1 to " + MAX_NODE_ID + " characters: " + node);
        }
        this.mapper = mapper;
        this.channel = channel;
        this.props = props;
        this.node = node;
        this.clock = clock;
    }

    /**
     * The id this node writes into {@code lease_owner}: {@code <host>/<pid>/<12 random hex digits>}, e.g.
     * {@code ffw-7c9d8f6b5-x2k4z/1/3f9a0c1d2e4b}, from {@link java.lang.management.RuntimeMXBean#getName()}
     * ({@code pid@host}). Only the host's first label is kept (not its domain, an IP address stays whole), and a
     * label longer than {@value #MAX_HOST} characters keeps its head and tail around a "~". The random part makes it
     * unique; the result has at most {@value #MAX_NODE_ID} characters, whatever the host is called.
     */
    static String nodeId(String runtimeName) {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return nodeId(runtimeName, HexFormat.of().formatHex(random));
    }

    static String nodeId(String runtimeName, String unique) {
        String name = runtimeName == null ? "" : runtimeName;
        int at = name.indexOf('@');
        String pid = at < 0 ? "" : name.substring(0, at);
        String host = at < 0 ? name : name.substring(at + 1);
        pid = cutTo(clean(pid), 10);
        host = clean(host);
        if (!host.matches("[0-9.]+")) {
            int dot = host.indexOf('.');
            host = dot > 0 ? host.substring(0, dot) : host;
        }
        if (host.length() > MAX_HOST) {
            int tail = (MAX_HOST - 1) / 2;
            host = host.substring(0, MAX_HOST - 1 - tail) + "~" + host.substring(host.length() - tail);
        }
        if (host.isEmpty()) {
            host = "node";
        }
        String id = host + "/" + (pid.isEmpty() ? "" : pid + "/") + unique;
        // only if unique itself were oversized: keep the end, which is the unique part
        return id.length() <= MAX_NODE_ID ? id : id.substring(id.length() - MAX_NODE_ID);
    }

    /** Letters, digits, '.', '-' and '_' only (log- and SQL-console-friendly). */
    private static String clean(String s) {
        return s.strip().replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String cutTo(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** This node's id in {@code lease_owner}. */
    String node() {
        return node;
    }

    /** Queues a notice in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String recipient, String caseNo, String template, String subject, String body) {
        insert(null, recipient, caseNo, template, subject, body);
    }

    /**
     * Queues a notice that must exist only once (e.g. "task 42 is overdue"), even when several nodes decide to send
     * it at the same moment. Returns false when it was already queued.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueueOnce(String dedupKey, String recipient, String caseNo, String template, String subject,
                               String body) {
        if (mapper.countByDedupKey(dedupKey) > 0) {
            return false;
        }
        try {
            insert(dedupKey, recipient, caseNo, template, subject, body);
            return true;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    private void insert(String dedupKey, String recipient, String caseNo, String template, String subject,
                        String body) {
        Instant now = clock.instant();
        mapper.insert(new Notification(0, dedupKey, recipient, caseNo, template, cut(subject, 255), cut(body, 4000),
                Notification.PENDING, 0, now, now, null, null, null));
    }

    @Scheduled(fixedDelayString = "${ffw.outbox.poll-interval}", initialDelayString = "PT15S")
    public void scheduledDelivery() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            // nothing is delivered while this repeats: loud, with the cause
            log.error("outbox delivery round failed on node {}", node, e);
        }
    }

    /** Delivers what is due now; returns how many were sent. Safe to run on several nodes at once. */
    public int deliverDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (Long id : mapper.due(now, props.batchSize())) {
            if (mapper.claim(id, node, now, now.plus(props.lease())) != 1) {
                continue; // another node has it
            }
            Notification n = mapper.find(id);
            try {
                channel.send(n);
                mapper.markSent(id, node, clock.instant(), channel.name());
                sent++;
            } catch (Exception e) {
                int attempts = n.attempts() + 1;
                boolean giveUp = attempts >= props.maxAttempts();
                Instant next = clock.instant().plus(backoff(attempts));
                mapper.markFailed(id, node, attempts, giveUp ? Notification.FAILED : Notification.PENDING, next,
                        cut(e.toString(), 1000));
                log.warn("notice #{} to {} failed (attempt {}{}): {}", id, n.recipient(), attempts,
                        giveUp ? ", giving up" : "", e.toString());
            }
        }
        return sent;
    }

    /** 1, 2, 4 … minutes, at most an hour. */
    static Duration backoff(int attempts) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts - 1, 6)));
    }

    public List<Notification> forCase(String caseNo) {
        return mapper.forCase(caseNo);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    @Mapper
    interface OutboxMapper {

        @Insert("""
                INSERT INTO notification_outbox (dedup_key, recipient, case_no, template, subject, body, status,
                    attempts, created_at, next_attempt_at)
                VALUES (#{dedupKey}, #{recipient}, #{caseNo}, #{template}, #{subject}, #{body}, #{status},
                    #{attempts}, #{createdAt}, #{nextAttemptAt})""")
        int insert(Notification n);

        @Select("SELECT COUNT(*) FROM notification_outbox WHERE dedup_key = #{key}")
        int countByDedupKey(@Param("key") String key);

        @Select("""
                SELECT id FROM notification_outbox
                WHERE status = 'PENDING' AND next_attempt_at <= #{now}
                  AND (lease_until IS NULL OR lease_until < #{now})
                ORDER BY next_attempt_at, id LIMIT #{limit}""")
        List<Long> due(@Param("now") Instant now, @Param("limit") int limit);

        @Update("""
                UPDATE notification_outbox SET lease_owner = #{node}, lease_until = #{until}
                WHERE id = #{id} AND status = 'PENDING' AND next_attempt_at <= #{now}
                  AND (lease_until IS NULL OR lease_until < #{now})""")
        int claim(@Param("id") long id, @Param("node") String node, @Param("now") Instant now,
                  @Param("until") Instant until);

        @Update("""
                UPDATE notification_outbox SET status = 'SENT', sent_at = #{at}, channel = #{channel},
                    attempts = attempts + 1, lease_owner = NULL, lease_until = NULL
                WHERE id = #{id} AND lease_owner = #{node}""")
        int markSent(@Param("id") long id, @Param("node") String node, @Param("at") Instant at,
                     @Param("channel") String channel);

        @Update("""
                UPDATE notification_outbox SET status = #{status}, attempts = #{attempts}, next_attempt_at = #{next},
                    last_error = #{error}, lease_owner = NULL, lease_until = NULL
                WHERE id = #{id} AND lease_owner = #{node}""")
        int markFailed(@Param("id") long id, @Param("node") String node, @Param("attempts") int attempts,
                       @Param("status") String status, @Param("next") Instant next, @Param("error") String error);

        /** Operations and tests: which node holds a notice's lease, if any. */
        @Select("SELECT lease_owner FROM notification_outbox WHERE id = #{id}")
        String leaseOwner(@Param("id") long id);

        /** Operations and tests: retry a pending notice now. */
        @Update("UPDATE notification_outbox SET next_attempt_at = created_at WHERE id = #{id} AND status = 'PENDING'")
        int makeDueForTest(@Param("id") long id);

        @Select("""
                SELECT id, dedup_key, recipient, case_no, template, subject, body, status, attempts, created_at,
                       next_attempt_at, sent_at, channel, last_error
                FROM notification_outbox WHERE id = #{id}""")
        Notification find(@Param("id") long id);

        @Select("""
                SELECT id, dedup_key, recipient, case_no, template, subject, body, status, attempts, created_at,
                       next_attempt_at, sent_at, channel, last_error
                FROM notification_outbox WHERE case_no = #{caseNo} ORDER BY id""")
        List<Notification> forCase(@Param("caseNo") String caseNo);

    }
}
