package org.ffw.perf;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The statements a load sent to a MySQL-compatible server, from its global counters ({@code SHOW GLOBAL STATUS},
 * {@code Com_select}, {@code Com_insert}, …) before and after, per successful call: how much database work one
 * case costs. The counters are the server's, so whatever else runs then (a job executor's polling) is counted too.
 * None on H2.
 */
final class Statements {

    static final List<String> COUNTED = List.of("Com_select", "Com_insert", "Com_update", "Com_delete", "Com_commit");

    private Statements() {
    }

    /** The load's result, and its statements per successful call (empty on H2). */
    record Counted(Load.Result result, Map<String, Double> perCall) {

        String text() {
            if (perCall.isEmpty()) {
                return "–";
            }
            return String.format("%.1f (%.1f select, %.1f insert, %.1f update, %.1f delete; %.1f commits)",
                    perCall.get("Com_select") + perCall.get("Com_insert") + perCall.get("Com_update")
                            + perCall.get("Com_delete"), perCall.get("Com_select"), perCall.get("Com_insert"),
                    perCall.get("Com_update"), perCall.get("Com_delete"), perCall.get("Com_commit"));
        }
    }

    static Counted count(Baselines.Db db, Callable<Load.Result> load) throws Exception {
        Map<String, Long> before = snapshot(db);
        Load.Result r = load.call();
        Map<String, Long> after = snapshot(db);
        Map<String, Double> per = new LinkedHashMap<>();
        if (!before.isEmpty() && r.ok() > 0) {
            for (String k : COUNTED) {
                per.put(k, (after.get(k) - before.get(k)) / (double) r.ok());
            }
        }
        return new Counted(r, per);
    }

    private static Map<String, Long> snapshot(Baselines.Db db) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        if (db.url().startsWith("jdbc:h2:")) {
            return out;
        }
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_select', 'Com_insert',"
                     + " 'Com_update', 'Com_delete', 'Com_commit')")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }
}
