package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.ffw.platform.timeline.TimelineChain;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The timeline's hash chain (docs/reliability.md, "The audit trail"): every case_event row gets the seal of the
 * case's row before it ({@code prev_hash}) and its own ({@code row_hash}, {@link TimelineChain}); case_event_head
 * keeps each case's last seal and number of entries, so that removing a case's last entries shows too. The rows
 * written before this migration are sealed here, case by case in id order, read in pages by the (case_no, id)
 * index; a Java migration because the seal is computed in Java (MySQL's SHA2 and H2's HASH differ, and the
 * canonical form must be the one the application writes). This is the only code that ever updates case_event.
 */
public class V67__timeline_hash_chain extends BaseJavaMigration {

    static final int PAGE = 2000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE case_event ADD COLUMN prev_hash CHAR(64) NULL");
            s.execute("ALTER TABLE case_event ADD COLUMN row_hash CHAR(64) NULL");
            s.execute("""
                    CREATE TABLE case_event_head (
                        case_no    VARCHAR(32) NOT NULL,
                        last_hash  CHAR(64)    NOT NULL,
                        entries    BIGINT      NOT NULL,
                        PRIMARY KEY (case_no)
                    )""");
        }
        seal(c);
    }

    private static void seal(Connection c) throws SQLException {
        String caseNo = "";
        long lastId = 0;
        String prev = null;
        long entries = 0;
        try (PreparedStatement same = c.prepareStatement(SELECT + " WHERE case_no = ? AND id > ? ORDER BY id LIMIT "
                + PAGE);
             PreparedStatement after = c.prepareStatement(SELECT + " WHERE case_no > ? ORDER BY case_no, id LIMIT "
                     + PAGE);
             PreparedStatement update = c.prepareStatement(
                     "UPDATE case_event SET prev_hash = ?, row_hash = ? WHERE id = ?");
             PreparedStatement head = c.prepareStatement(
                     "INSERT INTO case_event_head (case_no, last_hash, entries) VALUES (?, ?, ?)")) {
            while (true) {
                int n = 0;
                same.setString(1, caseNo);
                same.setLong(2, lastId);
                try (ResultSet rs = same.executeQuery()) {
                    while (rs.next()) {
                        prev = sealRow(rs, prev, update);
                        entries++;
                        lastId = rs.getLong("id");
                        n++;
                    }
                }
                if (n == 0) {
                    after.setString(1, caseNo);
                    try (ResultSet rs = after.executeQuery()) {
                        while (rs.next()) {
                            String rowCase = rs.getString("case_no");
                            if (!rowCase.equals(caseNo)) {
                                addHead(head, caseNo, prev, entries);
                                caseNo = rowCase;
                                prev = null;
                                entries = 0;
                            }
                            prev = sealRow(rs, prev, update);
                            entries++;
                            lastId = rs.getLong("id");
                            n++;
                        }
                    }
                }
                update.executeBatch();
                head.executeBatch();
                if (n == 0) {
                    addHead(head, caseNo, prev, entries);
                    head.executeBatch();
                    return;
                }
            }
        }
    }

    private static final String SELECT = """
            SELECT id, case_no, occurred_at, actor, actor_role, action, from_status, to_status, visibility, note,
                   note_key, note_args FROM case_event""";

    private static String sealRow(ResultSet rs, String prev, PreparedStatement update) throws SQLException {
        String seal = TimelineChain.seal(prev, rs.getString("case_no"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"), rs.getString("actor_role"), rs.getString("action"), rs.getString("from_status"),
                rs.getString("to_status"), rs.getString("visibility"), rs.getString("note"), rs.getString("note_key"),
                rs.getString("note_args"));
        update.setString(1, prev);
        update.setString(2, seal);
        update.setLong(3, rs.getLong("id"));
        update.addBatch();
        return seal;
    }

    private static void addHead(PreparedStatement head, String caseNo, String last, long entries)
            throws SQLException {
        if (entries == 0) {
            return;
        }
        head.setString(1, caseNo);
        head.setString(2, last);
        head.setLong(3, entries);
        head.addBatch();
    }
}
