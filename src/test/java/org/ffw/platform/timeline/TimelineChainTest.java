package org.ffw.platform.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ffw.platform.timeline.TimelineCheck.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain over the timeline: an untouched case passes; a row changed, removed or added with plain JDBC (as
 * someone with database access would) makes the check fail at exactly that link; concurrent writers of one case do
 * not fork its chain. Every test puts the rows back, so the whole timeline stays intact for the other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimelineChainTest {

    @Autowired
    Timeline timeline;
    @Autowired
    TimelineCheck check;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    /** A case of five entries written as the application writes them; its case number sorts before every real one. */
    String fiveEntries() {
        String caseNo = "!AUDIT-" + UUID.randomUUID().toString().substring(0, 8);
        tx.executeWithoutResult(s -> {
            timeline.recordAs(caseNo, "inspector", "INSPECTOR", "ACCEPTED", "SUBMITTED", "INVESTIGATING",
                    Visibility.PUBLIC, "立案");
            timeline.recordAs(caseNo, "employer", "EMPLOYER", "RESPONDED", null, null, Visibility.PUBLIC, "单位答复");
        });
        tx.executeWithoutResult(s -> timeline.recordAs(caseNo, "union", "UNION_REVIEWER", "UNION_OPINION", null, null,
                Visibility.STAFF, "工会意见"));
        tx.executeWithoutResult(s -> timeline.record(caseNo, "FINDING", "INVESTIGATING", "SUBSTANTIATED",
                Visibility.PUBLIC, Note.of("timeline.note.complaint.finding", "投诉属实")));
        tx.executeWithoutResult(s -> timeline.recordAs(caseNo, "system", null, "CLOSED", "SUBSTANTIATED", "CLOSED",
                Visibility.PUBLIC, "结案"));
        return caseNo;
    }

    List<Long> ids(String caseNo) {
        return jdbc.queryForList("SELECT id FROM case_event WHERE case_no = ? ORDER BY id", Long.class, caseNo);
    }

    @Test
    void an_untouched_chain_passes_case_by_case_and_as_a_whole() {
        String caseNo = fiveEntries();
        var one = check.checkCase(caseNo);
        assertThat(one.intact()).as(String.valueOf(one.firstBreak())).isTrue();
        assertThat(one.entries()).isEqualTo(5);
        var all = check.checkAll();
        assertThat(all.intact()).as(String.valueOf(all.firstBreak())).isTrue();
        assertThat(all.entries()).isGreaterThanOrEqualTo(5);
        // the first entry has no predecessor, each other links to the one before
        var rows = jdbc.queryForList("SELECT prev_hash, row_hash FROM case_event WHERE case_no = ? ORDER BY id", caseNo);
        assertThat(rows.get(0).get("prev_hash")).isNull();
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).get("prev_hash")).isEqualTo(rows.get(i - 1).get("row_hash"));
        }
    }

    @Test
    void a_changed_note_or_actor_breaks_the_chain_at_that_entry() {
        String caseNo = fiveEntries();
        long third = ids(caseNo).get(2);
        jdbc.update("UPDATE case_event SET note = ? WHERE id = ?", "工会意见（已改）", third);
        assertBreak(check.checkCase(caseNo), caseNo, third, Kind.ALTERED);
        // the whole timeline's first broken link is the same (this case sorts first)
        assertBreak(check.checkAll(), caseNo, third, Kind.ALTERED);
        jdbc.update("UPDATE case_event SET note = ? WHERE id = ?", "工会意见", third);
        assertThat(check.checkCase(caseNo).intact()).isTrue();

        long second = ids(caseNo).get(1);
        jdbc.update("UPDATE case_event SET actor = 'someone-else' WHERE id = ?", second);
        assertBreak(check.checkCase(caseNo), caseNo, second, Kind.ALTERED);
        jdbc.update("UPDATE case_event SET actor = 'employer' WHERE id = ?", second);
        assertThat(check.checkAll().intact()).isTrue();
    }

    @Test
    void a_removed_middle_first_or_last_entry_and_an_entry_added_outside_are_found() {
        String caseNo = fiveEntries();
        List<Long> ids = ids(caseNo);

        Map<String, Object> middle = removeRow(ids.get(2));
        assertBreak(check.checkCase(caseNo), caseNo, ids.get(3), Kind.LINK_BROKEN);
        putBack(middle);

        Map<String, Object> first = removeRow(ids.get(0));
        assertBreak(check.checkCase(caseNo), caseNo, ids.get(1), Kind.START_MISSING);
        putBack(first);

        Map<String, Object> last = removeRow(ids.get(4));
        var end = check.checkCase(caseNo);
        assertBreak(end, caseNo, ids.get(3), Kind.END_MISSING);
        assertThat(end.firstBreak().expectedEntries()).isEqualTo(5);
        assertThat(end.firstBreak().foundEntries()).isEqualTo(4);
        putBack(last);

        jdbc.update("""
                INSERT INTO case_event (case_no, occurred_at, actor, action, visibility, note)
                VALUES (?, CURRENT_TIMESTAMP, 'inspector', 'NOTE', 'PUBLIC', '补记')""", caseNo);
        long added = ids(caseNo).get(5);
        assertBreak(check.checkCase(caseNo), caseNo, added, Kind.UNSEALED);
        jdbc.update("DELETE FROM case_event WHERE id = ?", added);

        List<Map<String, Object>> all = new ArrayList<>();
        for (long id : ids) {
            all.add(removeRow(id));
        }
        var gone = check.checkCase(caseNo);
        assertThat(gone.firstBreak().kind()).isEqualTo(Kind.ALL_MISSING);
        assertThat(gone.firstBreak().expectedEntries()).isEqualTo(5);
        all.forEach(this::putBack);
        var back = check.checkAll();
        assertThat(back.intact()).as(String.valueOf(back.firstBreak())).isTrue();
    }

    @Test
    void concurrent_writers_of_one_case_take_turns_and_do_not_fork_its_chain() throws Exception {
        String caseNo = "!AUDIT-" + UUID.randomUUID().toString().substring(0, 8);
        // the case's first entry is written by the transaction that opens the case, which alone knows the new number
        // (two first writers racing for a new head deadlock on MariaDB: one rolls back, nothing forks)
        tx.executeWithoutResult(s -> timeline.recordAs(caseNo, "system", null, "OPENED", null, "SUBMITTED",
                Visibility.PUBLIC, "立案"));
        int writers = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Void>> jobs = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                jobs.add(() -> {
                    for (int i = 0; i < each; i++) {
                        int n = i;
                        tx.executeWithoutResult(s -> timeline.recordAs(caseNo, "writer-" + writer, null, "NOTE",
                                null, null, Visibility.STAFF, "entry " + n));
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(jobs)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        var r = check.checkCase(caseNo);
        assertThat(r.intact()).as(String.valueOf(r.firstBreak())).isTrue();
        assertThat(r.entries()).isEqualTo(writers * each + 1);
        // no two entries share a predecessor
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT prev_hash) FROM case_event WHERE case_no = ?",
                Integer.class, caseNo)).isEqualTo(writers * each);
    }

    private Map<String, Object> removeRow(long id) {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM case_event WHERE id = ?", id);
        jdbc.update("DELETE FROM case_event WHERE id = ?", id);
        return row;
    }

    private void putBack(Map<String, Object> row) {
        jdbc.update("""
                INSERT INTO case_event (id, case_no, occurred_at, actor, actor_role, action, from_status, to_status,
                                        visibility, note, note_key, note_args, prev_hash, row_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                get(row, "id"), get(row, "case_no"), get(row, "occurred_at"), get(row, "actor"),
                get(row, "actor_role"), get(row, "action"), get(row, "from_status"), get(row, "to_status"),
                get(row, "visibility"), get(row, "note"), get(row, "note_key"), get(row, "note_args"),
                get(row, "prev_hash"), get(row, "row_hash"));
    }

    /** A column of a row read with SELECT *, whatever case the database gives its name in. */
    private static Object get(Map<String, Object> row, String column) {
        for (Map.Entry<String, Object> e : row.entrySet()) {
            if (e.getKey().equalsIgnoreCase(column)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static void assertBreak(TimelineCheck.Result r, String caseNo, long entryId, Kind kind) {
        assertThat(r.intact()).isFalse();
        assertThat(r.firstBreak().caseNo()).isEqualTo(caseNo);
        assertThat(r.firstBreak().entryId()).isEqualTo(entryId);
        assertThat(r.firstBreak().kind()).isEqualTo(kind);
        assertThat(r.firstBreak().occurredAt()).isNotNull();
    }
}
