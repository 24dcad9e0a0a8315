package org.ffw.reliability;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ffw.platform.Shanghai;
import org.ffw.support.ChildApp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Deadlines late in the year reach into the next; a year whose schedule is not loaded would stop lodging, so the
 * child gets a TEST FIXTURE schedule (not the State Council's) for this year and the next where missing — through
 * the API, as the demo admin.
 */
public final class CrashCalendars {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CrashCalendars() {
    }

    public static void load(ChildApp app) throws IOException, InterruptedException {
        JsonNode years = JSON.readTree(app.get("/api/v1/calendar", null, null).body()).path("years");
        int thisYear = LocalDate.now(Shanghai.ZONE).getYear();
        for (int year = thisYear; year <= thisYear + 1; year++) {
            boolean loaded = false;
            for (JsonNode y : years) {
                loaded |= y.asInt() == year;
            }
            if (loaded) {
                continue;
            }
            LocalDate monday = LocalDate.of(year, 2, 8);
            while (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
                monday = monday.plusDays(1);
            }
            List<Map<String, String>> days = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                days.add(Map.of("date", monday.plusDays(i).toString(), "kind", "STATUTORY_HOLIDAY", "name", "春节（测试）"));
            }
            days.add(Map.of("date", monday.plusDays(4).toString(), "kind", "ADJUSTED_REST", "name", "春节调休（测试）"));
            days.add(Map.of("date", monday.plusDays(12).toString(), "kind", "ADJUSTED_WORKDAY", "name", "春节补班（测试）"));
            var r = app.put("/api/v1/calendar/" + year, JSON.writeValueAsString(Map.of(
                    "source", "TEST FIXTURE — not a State Council schedule", "days", days)), "admin", "demo");
            if (r.statusCode() != 200) {
                throw new AssertionError("loading the " + year + " calendar answered " + r.statusCode() + ": "
                        + r.body());
            }
        }
    }
}
