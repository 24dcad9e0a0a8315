package org.ffw.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ffw.platform.timeline.TimelineChain;

import com.zaxxer.hikari.HikariDataSource;

/**
 * N closed cases put into history without driving each through HTTP: the closed complaints the measured loads left
 * (up to {@code templates} of them) are copied, with new ids and case numbers, in batches of INSERT … SELECT — every
 * Camunda history table by the instance's root ({@code ACT_HI_*}, history byte arrays), every FFW table with a
 * {@code case_no} (registry, complaint, deadlines, instruments, notices, violations, …) and the lodging's idempotency
 * record. What is keyed or chained globally is kept sound: Camunda ids get a prefix of the clone; case numbers are
 * {@code LC-<year>-<n>} with n from 500,000 and years counted back from last year, which the application (this
 * year, counting from 1) never hands out, so the counters ({@code case_sequence}) are untouched; auto-increment ids
 * are the database's; unique document numbers and notice dedup keys carry the new case number; the timeline's hash
 * chain ({@code case_event}, {@code case_event_head}) is sealed anew per clone in Java ({@link TimelineChain}), after
 * checking that the templates' own chains recompute. A clone's instruments point at its template's stored document
 * (the content is ~27 KB a document; a million cases of three would not fit the disk), which the report says.
 * Bounded in time and by free disk space (25 GB left, the disk is shared), a batch at a time; only whole batches count.
 */
final class HistoryClone {

    /** What the cloning did, and the history's size per case. */
    record Result(long cases, long templates, long closedNow, double seconds, String stopped, String summary,
                  String tables) {
    }

    static final int FIRST_NUMBER = 500_000;
    static final int PER_YEAR = 500_000;
    static final long MIN_FREE_BYTES = 25L << 30;
    /** Camunda columns holding ids of instance data (not of definitions, users or activities): given the prefix. */
    static final Set<String> IDS = Set.of("ID_", "PROC_INST_ID_", "PROCESS_INSTANCE_ID_", "ROOT_PROC_INST_ID_",
            "SUPER_PROCESS_INSTANCE_ID_", "EXECUTION_ID_", "ACT_INST_ID_", "PARENT_ACT_INST_ID_", "CALL_PROC_INST_ID_",
            "TASK_ID_", "PARENT_TASK_ID_", "VAR_INST_ID_", "BYTEARRAY_ID_", "JOB_ID_", "JOB_EXCEPTION_STACK_ID_",
            "OPERATION_ID_", "CASE_INST_ID_", "CASE_EXECUTION_ID_", "CALL_CASE_INST_ID_", "SUPER_CASE_INSTANCE_ID_",
            "DEC_INST_ID_", "ROOT_DEC_INST_ID_", "CONTENT_ID_", "EXT_TASK_ID_", "EXTERNAL_TASK_ID_",
            "CAUSE_INCIDENT_ID_", "ROOT_CAUSE_INCIDENT_ID_", "ERROR_DETAILS_ID_", "RESTARTED_PROC_INST_ID_",
            "process_instance_id");
    static final Set<String> TEXT = Set.of("char", "varchar", "text", "mediumtext", "longtext", "tinytext");
    /** Sealed in Java, not copied by SQL. */
    static final Set<String> CHAINED = Set.of("case_event", "case_event_head");

    private final Baselines.Db db;
    private final String kind;
    private final int batch;

    HistoryClone(Baselines.Db db, String kind) {
        this.db = db;
        this.kind = kind;
        this.batch = Integer.parseInt(System.getProperty("bench.lifecycle.batch", "500"));
    }

    Result load(int templates, long wanted, Duration bound) throws Exception {
        if (kind.equals("h2")) { // its SQL is MariaDB's/MySQL's (information_schema, SUBSTRING_INDEX, ANALYZE TABLE)
            return new Result(0, 0, 0, 0, "not on H2", "no history cloned: the cloning runs on MariaDB/MySQL only", "");
        }
        try (HikariDataSource pool = db.pool(1); Connection c = pool.getConnection()) { // batches rewritten
            c.setAutoCommit(true);
            String schema = c.getCatalog();
            List<String[]> tpl = new ArrayList<>(); // case_no, root process instance
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT case_no, process_instance_id"
                    + " FROM complaint WHERE status = 'CLOSED' ORDER BY case_no LIMIT " + templates)) {
                while (rs.next()) {
                    tpl.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            if (tpl.isEmpty() || wanted <= 0) {
                return new Result(0, tpl.size(), closed(c), 0, "nothing asked", "nothing cloned", "");
            }
            Map<String, String> tables = stage(c, schema, tpl);
            List<List<Object[]>> chains = chains(c, tpl);
            long sizeBefore = size(c, schema, tables.keySet());
            long t0 = System.nanoTime();
            long deadline = t0 + bound.toNanos();
            long done = 0;
            String stopped = "all asked for were loaded";
            while (done < wanted) {
                if (System.nanoTime() > deadline) {
                    stopped = "stopped by the time bound";
                    break;
                }
                if (freeBytes(c) < MIN_FREE_BYTES) {
                    stopped = "stopped: less than 25 GB free on the database's disk";
                    break;
                }
                int n = (int) Math.min(batch, wanted - done);
                map(c, tpl, done, n);
                for (Map.Entry<String, String> t : tables.entrySet()) {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate(t.getValue());
                    }
                }
                seal(c, tpl, chains, done, n);
                done += n;
                if (done % (batch * 20L) == 0) {
                    System.out.printf("cloned %,d closed cases in %.0f s%n", done, (System.nanoTime() - t0) / 1e9);
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long sizeAfter = size(c, schema, tables.keySet());
            String perTable = perCase(c, tables.keySet(), tpl.size(), done, sizeBefore, sizeAfter);
            String summary = String.format("cloned %,d closed cases (from %d driven ones) in %.0f s, %.0f cases/s;"
                    + " %s", done, tpl.size(), seconds, done / seconds, stopped);
            return new Result(done, tpl.size(), closed(c), seconds, stopped, summary, perTable);
        }
    }

    /** The templates' rows of every table, once, into bench_src_* with the key they are cloned by. */
    private static Map<String, String> stage(Connection c, String schema, List<String[]> tpl) throws SQLException {
        String nos = in(tpl, 0);
        String roots = in(tpl, 1);
        Map<String, String> inserts = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_clone_map");
            s.execute("CREATE TABLE bench_clone_map (k BIGINT PRIMARY KEY, tpl_no VARCHAR(32) NOT NULL,"
                    + " tpl_root VARCHAR(64) NOT NULL, new_no VARCHAR(32) NOT NULL, prefix VARCHAR(16) NOT NULL,"
                    + " KEY (tpl_no), KEY (tpl_root))");
        }
        Map<String, List<String[]>> columns = new LinkedHashMap<>(); // table → [name, data type, extra]
        try (PreparedStatement p = c.prepareStatement("SELECT table_name, column_name, data_type, extra FROM"
                + " information_schema.columns WHERE table_schema = ? ORDER BY table_name, ordinal_position")) {
            p.setString(1, schema);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        }
        for (Map.Entry<String, List<String[]>> t : columns.entrySet()) {
            String table = t.getKey();
            List<String> names = t.getValue().stream().map(col -> col[0]).toList();
            String key;
            String where;
            String join;
            if ((table.startsWith("ACT_HI_") || table.equals("ACT_GE_BYTEARRAY"))
                    && names.contains("ROOT_PROC_INST_ID_")) {
                key = "ROOT_PROC_INST_ID_";
                where = "ROOT_PROC_INST_ID_ IN (" + roots + ")";
                join = "m.tpl_root";
            } else if (names.contains("case_no") && !CHAINED.contains(table) && !table.startsWith("bench_")) {
                key = "case_no";
                where = "case_no IN (" + nos + ")";
                join = "m.tpl_no";
            } else if (table.equals("idempotency_record")) {
                key = "SUBSTRING_INDEX(response_location, '/', -1)";
                where = "scope = 'complaints' AND " + key + " IN (" + nos + ")";
                join = "m.tpl_no";
            } else {
                continue;
            }
            String src = "bench_src_" + table.toLowerCase();
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + src);
                s.execute("CREATE TABLE " + src + " AS SELECT t.*, " + key + " AS bench_tpl_key FROM " + table
                        + " t WHERE " + where);
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + src)) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        s.execute("DROP TABLE " + src);
                        continue;
                    }
                }
            }
            List<String> into = new ArrayList<>();
            List<String> exprs = new ArrayList<>();
            for (String[] col : t.getValue()) {
                String name = col[0];
                String q = "s.`" + name + "`";
                if (col[2] != null && col[2].contains("auto_increment")) {
                    continue; // the database's own
                }
                into.add("`" + name + "`");
                if (IDS.contains(name)) {
                    exprs.add("CONCAT(m.prefix, " + q + ")"); // NULL stays NULL
                } else if (name.equals("case_no")) {
                    exprs.add("m.new_no");
                } else if (table.equals("idempotency_record") && name.equals("idem_key")) {
                    exprs.add("CONCAT(m.prefix, " + q + ")");
                } else if (table.equals("notification_outbox") && name.equals("dedup_key")) {
                    exprs.add("CONCAT(m.prefix, " + q + ")");
                } else if (table.equals("instrument") && name.equals("replaces_id")) {
                    exprs.add("NULL"); // an id of the template's; none on the path driven
                } else if (TEXT.contains(col[1])) {
                    exprs.add("REPLACE(" + q + ", m.tpl_no, m.new_no)");
                } else {
                    exprs.add(q);
                }
            }
            inserts.put(table, "INSERT INTO " + table + " (" + String.join(", ", into) + ") SELECT "
                    + String.join(", ", exprs) + " FROM " + src + " s JOIN bench_clone_map m ON s.bench_tpl_key = "
                    + join);
        }
        return inserts;
    }

    /** The clone numbers {@code from … from+n-1} of the batch, each with its template, case number and id prefix. */
    private static void map(Connection c, List<String[]> tpl, long from, int n) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM bench_clone_map");
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO bench_clone_map VALUES (?, ?, ?, ?, ?)")) {
            for (long k = from; k < from + n; k++) {
                String[] t = tpl.get((int) (k % tpl.size()));
                p.setLong(1, k);
                p.setString(2, t[0]);
                p.setString(3, t[1]);
                p.setString(4, caseNo(k));
                p.setString(5, "h" + k + "-");
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    static String caseNo(long k) {
        int year = java.time.LocalDate.now(org.ffw.platform.Shanghai.ZONE).getYear() - 1 - (int) (k / PER_YEAR);
        return String.format("LC-%d-%06d", year, FIRST_NUMBER + k % PER_YEAR);
    }

    /** Each template's timeline in order, checked: its seals must recompute as stored. */
    private static List<List<Object[]>> chains(Connection c, List<String[]> tpl) throws SQLException {
        List<List<Object[]>> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT occurred_at, actor, actor_role, action, from_status,"
                + " to_status, visibility, note, note_key, note_args, prev_hash, row_hash FROM case_event"
                + " WHERE case_no = ? ORDER BY id")) {
            for (String[] t : tpl) {
                p.setString(1, t[0]);
                List<Object[]> rows = new ArrayList<>();
                String prev = null;
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        Object[] r = new Object[12];
                        r[0] = rs.getObject(1, LocalDateTime.class);
                        for (int i = 1; i < 12; i++) {
                            r[i] = rs.getString(i + 1);
                        }
                        String seal = seal(prev, t[0], t[0], r);
                        if (!seal.equals(r[11])) {
                            throw new IllegalStateException("the timeline of " + t[0] + " does not recompute at "
                                    + r[3] + ": the clone's seals would be wrong");
                        }
                        prev = seal;
                        rows.add(r);
                    }
                }
                out.add(rows);
            }
        }
        return out;
    }

    private static String seal(String prev, String oldNo, String newNo, Object[] r) {
        return TimelineChain.seal(prev, newNo, ((LocalDateTime) r[0]).toInstant(ZoneOffset.UTC), (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], swap(r[7], oldNo, newNo),
                (String) r[8], swap(r[9], oldNo, newNo));
    }

    private static String swap(Object s, String oldNo, String newNo) {
        return s == null ? null : ((String) s).replace(oldNo, newNo);
    }

    /** The batch's timelines, sealed for their new case numbers, and their chain heads. */
    private static void seal(Connection c, List<String[]> tpl, List<List<Object[]>> chains, long from, int n)
            throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement e = c.prepareStatement("INSERT INTO case_event (case_no, occurred_at, actor,"
                + " actor_role, action, from_status, to_status, visibility, note, note_key, note_args, prev_hash,"
                + " row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement h = c.prepareStatement("INSERT INTO case_event_head (case_no, last_hash, entries)"
                     + " VALUES (?, ?, ?)")) {
            for (long k = from; k < from + n; k++) {
                int t = (int) (k % tpl.size());
                String oldNo = tpl.get(t)[0];
                String newNo = caseNo(k);
                String prev = null;
                for (Object[] r : chains.get(t)) {
                    String seal = seal(prev, oldNo, newNo, r);
                    e.setString(1, newNo);
                    e.setObject(2, r[0]);
                    for (int i = 1; i <= 6; i++) {
                        e.setString(i + 2, (String) r[i]);
                    }
                    e.setString(9, swap(r[7], oldNo, newNo));
                    e.setString(10, (String) r[8]);
                    e.setString(11, swap(r[9], oldNo, newNo));
                    e.setString(12, prev);
                    e.setString(13, seal);
                    e.addBatch();
                    prev = seal;
                }
                if (prev != null) {
                    h.setString(1, newNo);
                    h.setString(2, prev);
                    h.setLong(3, chains.get(t).size());
                    h.addBatch();
                }
            }
            e.executeBatch();
            h.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static long closed(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM complaint WHERE status = 'CLOSED'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long freeBytes(Connection c) throws SQLException, IOException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT @@datadir")) {
            rs.next();
            Path dir = Path.of(rs.getString(1));
            return Files.isDirectory(dir) ? Files.getFileStore(dir).getUsableSpace() : Long.MAX_VALUE;
        }
    }

    /** data_length + index_length of the cloned tables after ANALYZE (InnoDB's estimate). */
    private static long size(Connection c, String schema, Set<String> tables) throws SQLException {
        List<String> all = new ArrayList<>(tables);
        all.addAll(CHAINED);
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE " + String.join(", ", all));
            try (ResultSet rs = s.executeQuery("SELECT SUM(data_length + index_length) FROM information_schema.tables"
                    + " WHERE table_schema = '" + schema + "' AND table_name IN ('" + String.join("', '", all)
                    + "')")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A Markdown table: rows per case of every table cloned (exact, from the templates), and bytes per case. */
    private static String perCase(Connection c, Set<String> tables, int templates, long cloned, long before,
                                  long after) throws SQLException {
        StringBuilder sb = new StringBuilder("| table | rows per closed case |\n|---|---|\n");
        double total = 0;
        List<String> all = new ArrayList<>(tables);
        all.addAll(CHAINED);
        try (Statement s = c.createStatement()) {
            for (String t : all) {
                String src = CHAINED.contains(t) ? t + " WHERE case_no IN (SELECT bench_tpl_key FROM"
                        + " bench_src_complaint)" : "bench_src_" + t.toLowerCase();
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + src)) {
                    rs.next();
                    double per = rs.getLong(1) / (double) templates;
                    total += per;
                    sb.append(String.format("| %s | %.1f |%n", t, per));
                }
            }
            sb.append(String.format("| **all** | **%.1f** |%n", total));
            long docs = 0;
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(LENGTH(d.content)), 0) FROM document_content d"
                    + " JOIN bench_src_instrument i ON i.storage_key = d.storage_key")) {
                if (rs.next()) {
                    docs = rs.getLong(1);
                }
            } catch (SQLException none) {
                // no instruments among the templates
            }
            sb.append(String.format("%nSize on disk (information_schema data_length + index_length of these tables,"
                            + " after ANALYZE TABLE): %s before, %s after the %,d clones: %s per closed case; plus"
                            + " the stored documents (document_content, shared by the clones with their template):"
                            + " %.1f KB per case.%n", LifecycleReport.mb(before), LifecycleReport.mb(after), cloned,
                    cloned == 0 ? "–" : String.format("%.1f KB", (after - before) / 1024.0 / cloned),
                    docs / 1024.0 / templates));
            for (String t : tables) {
                s.execute("DROP TABLE IF EXISTS bench_src_" + t.toLowerCase());
            }
            s.execute("DROP TABLE IF EXISTS bench_clone_map");
        }
        return sb.toString();
    }

    private static String in(List<String[]> rows, int i) {
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            sb.append(sb.isEmpty() ? "" : ", ").append('\'').append(r[i].replace("'", "''")).append('\'');
        }
        return sb.toString();
    }
}
