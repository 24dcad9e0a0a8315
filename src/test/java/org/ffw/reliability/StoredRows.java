package org.ffw.reliability;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The row counts of FFW's own tables and of Camunda's runtime tables that a started or moved case writes (one query),
 * to see that a refused request stored nothing: {@link #snapshot} before and after, {@link #diff} between.
 */
final class StoredRows {

    private static final Set<String> ENGINE = Set.of("act_ru_execution", "act_ru_task", "act_ru_variable",
            "act_ru_job", "act_hi_procinst", "act_ru_identitylink");
    private static final Set<String> SKIPPED = Set.of("flyway_schema_history");
    /**
     * The outbox rows a request queues. The scheduled sweeps (deadline escalation, calendar reminders) queue theirs
     * with a dedup key and run on their own clock, so they are not counted against the request that was under way.
     */
    private static final String BY_REQUESTS = " WHERE dedup_key IS NULL";

    private final JdbcTemplate jdbc;
    private final List<String> tables;
    private final String sql;

    StoredRows(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tables = tables(dataSource);
        StringBuilder sb = new StringBuilder("SELECT ");
        for (int i = 0; i < tables.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append("(SELECT COUNT(*) FROM ").append(tables.get(i))
                    .append(tables.get(i).equalsIgnoreCase("notification_outbox") ? BY_REQUESTS : "").append(')');
        }
        this.sql = sb.toString();
    }

    List<String> tables() {
        return tables;
    }

    private static List<String> tables(DataSource dataSource) {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    String lower = name.toLowerCase(Locale.ROOT);
                    boolean engine = lower.startsWith("act_");
                    if ((engine && ENGINE.contains(lower)) || (!engine && !SKIPPED.contains(lower)
                            && !lower.startsWith("spring_session"))) {
                        out.add(name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (out.stream().noneMatch(t -> t.equalsIgnoreCase("act_ru_execution"))
                || out.stream().noneMatch(t -> t.equalsIgnoreCase("case_registry"))) {
            throw new IllegalStateException("the tables to count were not found: " + out);
        }
        return List.copyOf(out);
    }

    Map<String, Long> snapshot() {
        return jdbc.query(sql, rs -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            rs.next();
            for (int i = 0; i < tables.size(); i++) {
                counts.put(tables.get(i), rs.getLong(i + 1));
            }
            return counts;
        });
    }

    /** The tables whose count changed, with the change ("case_registry +1"). */
    static List<String> diff(Map<String, Long> before, Map<String, Long> after) {
        List<String> out = new ArrayList<>();
        before.forEach((table, n) -> {
            long d = after.getOrDefault(table, n) - n;
            if (d != 0) {
                out.add(table.toLowerCase(Locale.ROOT) + (d > 0 ? " +" : " ") + d);
            }
        });
        return out;
    }
}
