package org.ffw.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bulk insertion for the benchmarks: rows of one table given as column → value maps, sent in JDBC batches. Every
 * NOT NULL column without a default that a row does not name is filled with a value of its type (an empty string cut
 * to the column's size, 0, false, the epoch), so a loader names only the columns a measured query reads and keeps
 * working when a migration adds a mandatory column. Nullable columns it does not name stay NULL.
 */
public final class BulkRows implements AutoCloseable {

    /** A column as the database describes it. */
    record Column(String name, int type, int size, boolean mandatory, String defaultValue) {
    }

    private final Connection connection;
    private final String table;
    private final List<Column> columns;
    private final PreparedStatement insert;
    private final int batch;
    private int pending;
    private long written;

    public BulkRows(Connection connection, String table, int batch) throws SQLException {
        this.connection = connection;
        this.table = table;
        this.batch = batch;
        this.columns = columns(connection, table);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("no table " + table);
        }
        this.insert = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ",
                columns.stream().map(Column::name).toList()) + ") VALUES (" + "?, ".repeat(columns.size() - 1)
                + "?)");
    }

    /** Adds one row; commits every {@code batch} rows (the connection is not in auto-commit). */
    public void add(Map<String, ?> values) throws SQLException {
        Map<String, Object> byName = new LinkedHashMap<>();
        values.forEach((k, v) -> byName.put(k.toLowerCase(Locale.ROOT), v));
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            String key = c.name().toLowerCase(Locale.ROOT);
            Object v = byName.containsKey(key) ? byName.get(key) : c.mandatory() ? filler(c) : null;
            if (v == Default.VALUE) {
                v = c.defaultValue();
            }
            if (v == null) {
                insert.setNull(i + 1, c.type());
            } else if (v instanceof Instant instant) {
                insert.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (v instanceof LocalDate date) {
                insert.setObject(i + 1, java.sql.Date.valueOf(date));
            } else {
                insert.setObject(i + 1, v);
            }
        }
        insert.addBatch();
        if (++pending >= batch) {
            flush();
        }
    }

    public void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            connection.commit();
            written += pending;
            pending = 0;
        }
    }

    public long written() {
        return written + pending;
    }

    public String table() {
        return table;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            insert.close();
        }
    }

    /** Stands for the column's declared default. */
    private enum Default { VALUE }

    private static Object filler(Column c) {
        if (c.defaultValue() != null) {
            return Default.VALUE;
        }
        return switch (c.type()) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.CLOB ->
                    c.type() == Types.CHAR && c.size() > 0 ? "0".repeat(c.size()) : "";
            case Types.BOOLEAN, Types.BIT -> false;
            case Types.DATE -> java.sql.Date.valueOf(LocalDate.EPOCH);
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Timestamp.from(Instant.EPOCH);
            default -> 0;
        };
    }

    /** A column default as the metadata gives it ('WEB', FALSE, 0) as a value; null for none or an expression. */
    private static String literal(String def) {
        if (def == null || def.isBlank() || def.equalsIgnoreCase("NULL")) {
            return null;
        }
        String d = def.strip();
        if (d.startsWith("'") && d.endsWith("'") && d.length() >= 2) {
            return d.substring(1, d.length() - 1);
        }
        return switch (d.toUpperCase(Locale.ROOT)) {
            case "FALSE" -> "0";
            case "TRUE" -> "1";
            default -> d.matches("-?[0-9.]+") ? d : null;
        };
    }

    /** The table's columns (H2 keeps names in upper case, MariaDB as created). */
    static List<Column> columns(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        List<Column> found = new ArrayList<>();
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = md.getColumns(c.getCatalog(), null, name, null)) {
                while (rs.next()) {
                    String def = rs.getString("COLUMN_DEF");
                    boolean autoIncrement = "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"));
                    boolean mandatory = rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls;
                    if (!autoIncrement) {
                        found.add(new Column(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"),
                                rs.getInt("COLUMN_SIZE"), mandatory, literal(def)));
                    }
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return found;
    }
}
