package org.ffw.report;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

import org.ffw.identity.UserService;
import org.ffw.platform.Shanghai;
import org.ffw.platform.security.FfwUser;
import org.springframework.context.ApplicationContext;

/**
 * The dashboard's aggregates as the cases benchmark times them, through the services the pages call: every figure
 * of /reports for the Pudong supervisor and for the administrator (the city) over the last twelve months, each figure
 * of the city on its own, and the public statistics of last year.
 */
final class ReportProbes {

    private ReportProbes() {
    }

    static void add(ApplicationContext context, Map<String, Supplier<Object>> ops) {
        Reports reports = context.getBean(Reports.class);
        PublicStatistics statistics = context.getBean(PublicStatistics.class);
        UserService users = context.getBean(UserService.class);
        FfwUser supervisor = users.find("supervisor").orElseThrow();
        FfwUser admin = users.find("admin").orElseThrow();
        ops.put("supervisor|reports: every figure of the district, last 12 months", () -> reports.all(supervisor,
                null, null));
        ops.put("admin|reports: every figure of the city, last 12 months", () -> reports.all(admin, null, null));
        Reports.Scope city = reports.scope(admin, null, null, null);
        for (Reports.Figure f : Reports.Figure.values()) {
            ops.put("admin|reports: " + f.slug() + " of the city, last 12 months", () -> reports.figure(f, city));
        }
        Reports.Scope threeYears = reports.scope(admin, null, LocalDate.now(Shanghai.ZONE).minusYears(3), null);
        ops.put("admin|reports: every figure of the city, 3 years (the longest period)", () -> reports.all(threeYears));
        int lastYear = LocalDate.now(Shanghai.ZONE).getYear() - 1;
        ops.put("anyone|public statistics of " + lastYear, () -> statistics.of(lastYear));
    }
}
