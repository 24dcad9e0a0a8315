package org.ffw.platform.outbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as an administrator keeps it: the notices that failed for good or still wait (with their attempts,
 * next attempt and last error), counts by state, and a retry that makes a notice due now — the sender then delivers
 * it as any other (on whichever node claims it first, at least once).
 */
@Service
public class OutboxAdmin {

    /** The states an administrator lists. */
    public static final List<String> LISTED = List.of(Notification.FAILED, Notification.PENDING);

    /** A notice as listed, with who asked for its last retry. */
    public record Row(long id, String recipient, String caseNo, String template, String subject, String status,
                      int attempts, Instant createdAt, Instant nextAttemptAt, String lastError, String retriedBy,
                      Instant retriedAt) {
    }

    public record Page(List<Row> rows, long total, Map<String, Long> counts) {
    }

    private final AdminMapper mapper;

    OutboxAdmin(AdminMapper mapper) {
        this.mapper = mapper;
    }

    /** One page of the notices in a state (FAILED or PENDING), newest first; counts of every state. */
    public Page list(String status, int offset, int limit) {
        if (!LISTED.contains(status)) {
            throw new IllegalArgumentException("status is FAILED or PENDING: " + status);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String s : List.of(Notification.FAILED, Notification.PENDING, Notification.SENT)) {
            counts.put(s, mapper.count(s));
        }
        return new Page(mapper.page(status, offset, limit), counts.get(status), counts);
    }

    /** Makes a failed or waiting notice due now; 404 for none, 409 for one already sent. */
    @Transactional
    public void retry(long id, String by, Instant now) {
        String status = mapper.status(id);
        if (status == null) {
            throw new NotFoundException("No notice " + id + ".");
        }
        if (mapper.retry(id, by, now) != 1) {
            throw new ConflictException("Notice " + id + " was already sent.");
        }
    }

    /** Makes every failed notice due now; how many. */
    @Transactional
    public int retryAllFailed(String by, Instant now) {
        return mapper.retryAllFailed(by, now);
    }

    @Mapper
    interface AdminMapper {

        @Select("SELECT COUNT(*) FROM notification_outbox WHERE status = #{status}")
        long count(@Param("status") String status);

        @Select("""
                SELECT id, recipient, case_no, template, subject, status, attempts, created_at, next_attempt_at,
                       last_error, retried_by, retried_at
                FROM notification_outbox WHERE status = #{status}
                ORDER BY created_at DESC, id DESC LIMIT #{limit} OFFSET #{offset}""")
        List<Row> page(@Param("status") String status, @Param("offset") int offset, @Param("limit") int limit);

        @Select("SELECT status FROM notification_outbox WHERE id = #{id}")
        String status(@Param("id") long id);

        /** A retry leaves the lease alone: a notice being sent right now is not sent twice by this. */
        @Update("""
                UPDATE notification_outbox SET status = 'PENDING', next_attempt_at = #{now}, retried_by = #{by},
                    retried_at = #{now}
                WHERE id = #{id} AND status IN ('FAILED', 'PENDING')""")
        int retry(@Param("id") long id, @Param("by") String by, @Param("now") Instant now);

        @Update("""
                UPDATE notification_outbox SET status = 'PENDING', next_attempt_at = #{now}, retried_by = #{by},
                    retried_at = #{now}
                WHERE status = 'FAILED'""")
        int retryAllFailed(@Param("by") String by, @Param("now") Instant now);
    }
}
