package org.ffw.perf;

import java.util.List;
import java.util.Locale;

/**
 * The HTTP queue benchmark's table: each load with its rate and latencies, and as ratios the same page for one
 * inspector alone (what concurrency costs) and the health endpoint under the same number of clients (what the page
 * costs above the HTTP floor).
 */
final class QueueHttpReport {

    private QueueHttpReport() {
    }

    static String render(List<Statements.Counted> loads, int inspectors) {
        StringBuilder sb = new StringBuilder("## Requests\n\n")
                .append("Closed loop: each client sends its next request when the last one answered; ")
                .append(inspectors).append(" clients are ").append(inspectors)
                .append(" different inspectors. Milliseconds.\n\n")
                .append("| request | via | clients | per second | p50 | p95 | p99 | max | errors | statements per"
                        + " request | p50 vs 1 client | p50 vs health, same clients |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|\n");
        for (Statements.Counted c : loads) {
            Load.Result r = c.result();
            String[] what = r.what().split("\\|", 2);
            Load.Result alone = find(loads, r.what(), 1);
            Load.Result floor = loads.stream().map(Statements.Counted::result)
                    .filter(x -> x.what().startsWith("health") && x.threads() == r.threads()).findFirst()
                    .orElse(null);
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %s | %s | %s |%n",
                    what[0], what.length > 1 ? what[1] : "", r.threads(), r.perSecond(), r.ms(50), r.ms(95),
                    r.ms(99), r.latency().getMaxValue() / 1_000.0, r.errors(), c.text(),
                    r.threads() == 1 || alone == null ? "–" : times(r.ms(50), alone.ms(50)),
                    floor == null || floor == r ? "–" : times(r.ms(50), floor.ms(50))));
        }
        return sb.toString();
    }

    private static Load.Result find(List<Statements.Counted> loads, String what, int threads) {
        return loads.stream().map(Statements.Counted::result).filter(x -> x.what().equals(what)
                && x.threads() == threads).findFirst().orElse(null);
    }

    private static String times(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "–" : String.format(Locale.ROOT, "%.1f×", a / b);
    }
}
