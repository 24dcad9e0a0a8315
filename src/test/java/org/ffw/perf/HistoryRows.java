package org.ffw.perf;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Camunda history rows in bulk, for benchmarks that must see a database with years of history (MariaDB/MySQL): the
 * history the engine wrote for the instances it really ran (every {@code ACT_HI_*} table with rows) is the template,
 * copied round after round with {@code INSERT … SELECT} — every instance id, execution id, task id and row id given
 * a prefix of the run and the round ({@code h<run><round>-}), everything else as the engine wrote it — until {@code target} rows
 * were added or the time bound passed. Definition ids, user and group ids stay, so the copies belong to the deployed
 * processes and to real people, like the history of cases worked before.
 */
final class HistoryRows {

    /** Columns holding the id of a row, an instance, an execution, a task or an activity instance. */
    private static final Set<String> IDS = Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_", "EXECUTION_ID_",
            "TASK_ID_", "ACT_INST_ID_", "PARENT_ACT_INST_ID_", "SUPER_PROCESS_INSTANCE_ID_", "PARENT_TASK_ID_",
            "VAR_INST_ID_", "CALL_PROC_INST_ID_", "CASE_INST_ID_", "CASE_EXECUTION_ID_", "SUPER_CASE_INSTANCE_ID_",
            "OPERATION_ID_", "JOB_ID_", "ROOT_CAUSE_INCIDENT_ID_", "CAUSE_INCIDENT_ID_", "PROCESS_INSTANCE_ID_");

    /** The copies' id prefix: unlike another run's on the same database (then the round). */
    private static final String RUN = "h" + Long.toString(System.currentTimeMillis() / 1000 % 1_679_616, 36);

    /** What was added: rows per table, in how long, and whether the time bound stopped it. */
    record Added(Map<String, Long> rows, double seconds, boolean bounded) {

        long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private HistoryRows() {
    }

    static Added add(Connection c, long target, Duration bound) throws SQLException {
        if (target <= 0) {
            return new Added(Map.of(), 0, false);
        }
        long deadline = System.nanoTime() + bound.toNanos();
        long began = System.nanoTime();
        Map<String, List<String>> tables = templates(c);
        long perRound = 0;
        for (String t : tables.keySet()) {
            perRound += count(c, "bench_tpl_" + t);
        }
        Map<String, Long> added = new LinkedHashMap<>();
        tables.keySet().forEach(t -> added.put(t, 0L));
        if (perRound == 0) {
            return new Added(added, 0, false);
        }
        int chunk = Math.max(1, (int) Math.min(10_000, 500_000 / perRound)); // about half a million rows a round
        rounds(c, chunk);
        long done = 0;
        int round = 0;
        boolean bounded = false;
        while (done < target) {
            if (System.nanoTime() > deadline) {
                bounded = true;
                break;
            }
            int rounds = (int) Math.min(chunk, Math.max(1, (target - done + perRound - 1) / perRound));
            for (Map.Entry<String, List<String>> t : tables.entrySet()) {
                long n = copy(c, t.getKey(), t.getValue(), round, rounds);
                added.merge(t.getKey(), n, Long::sum);
                done += n;
            }
            round += rounds;
        }
        try (Statement s = c.createStatement()) {
            for (String t : tables.keySet()) {
                s.execute("DROP TABLE bench_tpl_" + t);
            }
            s.execute("DROP TABLE bench_round");
        }
        return new Added(added, (System.nanoTime() - began) / 1e9, bounded);
    }

    /** The rows of all ACT_HI_ tables, counted. */
    static long rows(Connection c) throws SQLException {
        long n = 0;
        for (String t : tables(c)) {
            n += count(c, t);
        }
        return n;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "ACT_HI_%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    /** Every ACT_HI_ table with rows, copied once into bench_tpl_… (its columns, in order). */
    private static Map<String, List<String>> templates(Connection c) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String t : tables(c)) {
                if (count(c, t) == 0) {
                    continue;
                }
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, t, null)) {
                    while (rs.next()) {
                        columns.add(rs.getString("COLUMN_NAME"));
                    }
                }
                s.execute("DROP TABLE IF EXISTS bench_tpl_" + t);
                // the engine's own rows only (its ids are UUIDs, never starting with h): not an earlier run's copies
                s.execute("CREATE TABLE bench_tpl_" + t + " AS SELECT * FROM " + t + " WHERE ID_ NOT LIKE 'h%'");
                out.put(t, columns);
            }
        }
        return out;
    }

    /** bench_round(n): 0 … n-1, the rounds one statement copies. */
    private static void rounds(Connection c, int n) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_round");
            s.execute("CREATE TABLE bench_round (n INT PRIMARY KEY)");
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < n; i++) {
                values.append(i == 0 ? "" : ",").append('(').append(i).append(')');
            }
            s.execute("INSERT INTO bench_round VALUES " + values);
        }
    }

    private static long copy(Connection c, String table, List<String> columns, int firstRound, int rounds)
            throws SQLException {
        StringBuilder select = new StringBuilder();
        for (String col : columns) {
            select.append(select.isEmpty() ? "" : ", ").append(IDS.contains(col.toUpperCase())
                    ? "CASE WHEN t." + col + " IS NULL THEN NULL ELSE CONCAT('" + RUN + "', r.n + " + firstRound + ", '-', t."
                    + col + ") END"
                    : "t." + col);
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + select + " FROM bench_tpl_"
                + table + " t CROSS JOIN bench_round r WHERE r.n < " + rounds;
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Rows and bytes (data and indexes, as the server estimates them) of the ACT_HI_ tables. */
    static String size(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT SUM(TABLE_ROWS),"
                + " SUM(DATA_LENGTH + INDEX_LENGTH) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME LIKE 'ACT\\_HI\\_%'")) {
            rs.next();
            return String.format("about %,d rows, %,d MiB", rs.getLong(1), rs.getLong(2) / (1024 * 1024));
        }
    }
}
