package org.ffw.perf;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ffw.support.ChildApp;

/**
 * The engine's history cleanup on a database full of history (MariaDB/MySQL): a share of the copied instances
 * ({@link HistoryRows}) is given a removal time in the past, as cases closed more than their time to live ago would
 * have; the cleanup is started as an administrator would ({@code POST /engine-rest/history/cleanup}) in the
 * application, whose cleanup window then covers the whole day, and the rows still due are counted every few
 * seconds until none is left or the time bound passes. Figures: rows due, removed, per second.
 */
final class HistoryCleanupRun {

    /** What the cleanup did. */
    record Figures(long due, long removed, double seconds, boolean bounded, String before, String after) {

        String text() {
            return String.format(Locale.ROOT, "- history cleanup: %,d rows due (of instances past their time to"
                            + " live), %,d removed in %.0f s — %,.0f rows a second%s%n- history before: %s; after: %s%n",
                    due, removed, seconds, removed / Math.max(seconds, 1e-9),
                    bounded ? " (stopped by the time bound, rows were still due)" : "", before, after);
        }
    }

    /** The child's arguments that open the cleanup window for the whole day (the shipped window is 01:00-05:00). */
    static List<String> wholeDayWindow() {
        return List.of("--camunda.bpm.generic-properties.properties.historyCleanupBatchWindowStartTime=00:00",
                "--camunda.bpm.generic-properties.properties.historyCleanupBatchWindowEndTime=23:59");
    }

    private HistoryCleanupRun() {
    }

    /** Gives the copies of {@code percent} % of the copied instances a removal time of yesterday; rows due. */
    static long expire(Connection c, int percent) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String t : removable(c)) {
                s.executeUpdate("UPDATE " + t + " SET REMOVAL_TIME_ = NOW() - INTERVAL 1 DAY WHERE ROOT_PROC_INST_ID_"
                        + " LIKE 'h%' AND CRC32(ROOT_PROC_INST_ID_) % 100 < " + percent);
            }
        }
        return due(c);
    }

    static Figures run(ChildApp app, Connection c, Duration bound) throws Exception {
        String before = HistoryRows.size(c);
        long due = due(c);
        long began = System.nanoTime();
        HttpResponse<String> started = app.post("/engine-rest/history/cleanup?immediatelyDue=true", null, "admin",
                "demo");
        if (started.statusCode() != 200) {
            throw new IllegalStateException("the cleanup did not start: " + started.statusCode() + " "
                    + started.body());
        }
        long left = due;
        long deadline = began + bound.toNanos();
        while (left > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5_000);
            left = due(c);
            System.out.printf(Locale.ROOT, "  history cleanup: %,d rows still due%n", left);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE ACT_HI_PROCINST, ACT_HI_ACTINST, ACT_HI_TASKINST, ACT_HI_VARINST");
        }
        return new Figures(due, due - left, seconds, left > 0, before, HistoryRows.size(c));
    }

    /** Rows whose removal time has passed, over every history table that has one. */
    static long due(Connection c) throws SQLException {
        long n = 0;
        try (Statement s = c.createStatement()) {
            for (String t : removable(c)) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t + " WHERE REMOVAL_TIME_ <= NOW()")) {
                    rs.next();
                    n += rs.getLong(1);
                }
            }
        }
        return n;
    }

    /** The history tables with both a removal time and a root instance (batches and the like have no instance). */
    private static List<String> removable(Connection c) throws SQLException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (String column : List.of("REMOVAL_TIME_", "ROOT_PROC_INST_ID_")) {
            try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, "ACT_HI_%", column)) {
                while (rs.next()) {
                    columns.merge(rs.getString("TABLE_NAME"), 1, Integer::sum);
                }
            }
        }
        List<String> out = new ArrayList<>();
        columns.forEach((table, n) -> {
            if (n == 2) {
                out.add(table);
            }
        });
        return out;
    }
}
