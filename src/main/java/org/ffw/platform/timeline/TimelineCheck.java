package org.ffw.platform.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.springframework.stereotype.Service;

/**
 * The administrator's check of the timeline's hash chain ({@link TimelineChain}): reads every entry once, case by
 * case in id order, in pages of {@link #PAGE} by the (case_no, id) index, recomputes each seal and compares it and
 * its link to the entry before; at each case's end compares the last seal and the number of entries with the case's
 * head. Reports how much it read and the first broken link in that order (the case, the entry, when, what is wrong).
 * Memory stays at one page whatever the size of the table.
 */
@Service
public class TimelineCheck {

    static final int PAGE = 2000;

    private final CheckMapper mapper;

    TimelineCheck(CheckMapper mapper) {
        this.mapper = mapper;
    }

    /** What is wrong at a link, in words the admin page and the API say (i18n/audit: timeline.check.kind.*). */
    public enum Kind {
        /** The entry's content no longer matches its seal: changed after it was written. */
        ALTERED,
        /** The entry has no seal: it was written outside the application. */
        UNSEALED,
        /** The entry does not link to the one before it: an entry between them was removed, or one inserted. */
        LINK_BROKEN,
        /** The case's first entries are missing: its first remaining entry links to one that is gone. */
        START_MISSING,
        /** The case's last entries are missing: the head says more entries, or a later seal. */
        END_MISSING,
        /** The case's entries are all gone while its head remains. */
        ALL_MISSING
    }

    /** The first broken link: the case, the entry (none for END_MISSING / ALL_MISSING), its time, what is wrong. */
    public record Break(String caseNo, Long entryId, Instant occurredAt, Kind kind, long expectedEntries,
                        long foundEntries) {
    }

    public record Result(boolean intact, long entries, long cases, Break firstBreak) {
    }

    /** Every case. */
    public Result checkAll() {
        return run(null);
    }

    /** One case. */
    public Result checkCase(String caseNo) {
        return run(Objects.requireNonNull(caseNo));
    }

    private Result run(String only) {
        String caseNo = only == null ? "" : only;
        long lastId = 0;
        State s = new State();
        while (true) {
            List<Row> rows = mapper.sameCase(caseNo, lastId, PAGE);
            if (rows.isEmpty() && only == null) {
                rows = mapper.afterCase(caseNo, PAGE);
            }
            if (rows.isEmpty()) {
                break;
            }
            for (Row r : rows) {
                s.take(r);
                if (s.firstBreak != null) {
                    return s.result();
                }
            }
            Row last = rows.get(rows.size() - 1);
            caseNo = last.caseNo();
            lastId = last.id();
        }
        s.endOfCase();
        if (s.firstBreak == null) {
            String orphan = only == null ? mapper.headWithoutEntries() : mapper.headOf(only);
            if (orphan != null && (only == null || s.entries == 0)) {
                Long expected = mapper.headEntries(orphan);
                s.firstBreak = new Break(orphan, null, null, Kind.ALL_MISSING, expected == null ? 0 : expected, 0);
            }
        }
        return s.result();
    }

    /** The walk's state: the case being read, its last seal, how many of its entries were read. */
    private static final class State {
        String caseNo;
        String lastSeal;
        long caseEntries;
        String headHash;
        Long headEntries;
        long entries;
        long cases;
        Break firstBreak;
        Row last;

        void take(Row r) {
            if (!r.caseNo().equals(caseNo)) {
                endOfCase();
                if (firstBreak != null) {
                    return;
                }
                caseNo = r.caseNo();
                lastSeal = null;
                caseEntries = 0;
                headHash = r.headHash();
                headEntries = r.headEntries();
                cases++;
            }
            entries++;
            caseEntries++;
            if (r.rowHash() == null) {
                firstBreak = at(r, Kind.UNSEALED);
                return;
            }
            String seal = TimelineChain.seal(r.prevHash(), r.caseNo(), r.occurredAt(), r.actor(), r.actorRole(),
                    r.action(), r.fromStatus(), r.toStatus(), r.visibility(), r.note(), r.noteKey(), r.noteArgs());
            if (!seal.equals(r.rowHash())) {
                firstBreak = at(r, Kind.ALTERED);
                return;
            }
            if (!Objects.equals(r.prevHash(), lastSeal)) {
                firstBreak = at(r, lastSeal == null ? Kind.START_MISSING : Kind.LINK_BROKEN);
                return;
            }
            lastSeal = r.rowHash();
            last = r;
        }

        void endOfCase() {
            if (caseNo == null || firstBreak != null) {
                return;
            }
            if (headEntries == null) {
                firstBreak = new Break(caseNo, last.id(), last.occurredAt(), Kind.UNSEALED, 0, caseEntries);
            } else if (headEntries != caseEntries || !Objects.equals(headHash, lastSeal)) {
                firstBreak = new Break(caseNo, last.id(), last.occurredAt(), Kind.END_MISSING, headEntries,
                        caseEntries);
            }
        }

        Break at(Row r, Kind kind) {
            return new Break(r.caseNo(), r.id(), r.occurredAt(), kind, headEntries == null ? 0 : headEntries,
                    caseEntries);
        }

        Result result() {
            return new Result(firstBreak == null, entries, cases, firstBreak);
        }
    }

    record Row(long id, String caseNo, Instant occurredAt, String actor, String actorRole, String action,
               String fromStatus, String toStatus, String visibility, String note, String noteKey, String noteArgs,
               String prevHash, String rowHash, String headHash, Long headEntries) {
    }

    @Mapper
    interface CheckMapper {

        String COLUMNS = """
                SELECT e.id, e.case_no, e.occurred_at, e.actor, e.actor_role, e.action, e.from_status, e.to_status,
                       e.visibility, e.note, e.note_key, e.note_args, e.prev_hash, e.row_hash,
                       h.last_hash AS head_hash, h.entries AS head_entries
                FROM case_event e LEFT JOIN case_event_head h ON h.case_no = e.case_no""";

        @Select(COLUMNS + " WHERE e.case_no = #{caseNo} AND e.id > #{id} ORDER BY e.id LIMIT #{n}")
        List<Row> sameCase(@Param("caseNo") String caseNo, @Param("id") long afterId, @Param("n") int n);

        @Select(COLUMNS + " WHERE e.case_no > #{caseNo} ORDER BY e.case_no, e.id LIMIT #{n}")
        List<Row> afterCase(@Param("caseNo") String caseNo, @Param("n") int n);

        @Select("""
                SELECT h.case_no FROM case_event_head h
                WHERE NOT EXISTS (SELECT 1 FROM case_event e WHERE e.case_no = h.case_no)
                ORDER BY h.case_no LIMIT 1""")
        String headWithoutEntries();

        @Select("SELECT case_no FROM case_event_head WHERE case_no = #{caseNo}")
        String headOf(@Param("caseNo") String caseNo);

        @Select("SELECT entries FROM case_event_head WHERE case_no = #{caseNo}")
        Long headEntries(@Param("caseNo") String caseNo);
    }
}
