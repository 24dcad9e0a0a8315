package org.ffw.workbench;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

import org.ffw.identity.UserService;
import org.ffw.platform.Shanghai;
import org.ffw.platform.security.FfwUser;
import org.ffw.workbench.CaseFinder.Asked;
import org.springframework.context.ApplicationContext;

/**
 * The case search as the cases benchmark times it: what the page /cases asks of {@link CaseFinder} (the page of 50
 * and the total), for the Pudong supervisor and for the administrator (the whole city).
 */
public final class SearchProbes {

    private SearchProbes() {
    }

    /** {@code employer}: credit code and name of an employer with many cases; {@code caseNo}: one case's number. */
    public static void add(ApplicationContext context, String[] employer, String caseNo,
                           Map<String, Supplier<Object>> ops) {
        CaseFinder finder = context.getBean(CaseFinder.class);
        UserService users = context.getBean(UserService.class);
        FfwUser supervisor = users.find("supervisor").orElseThrow();
        FfwUser admin = users.find("admin").orElseThrow();
        LocalDate today = LocalDate.now(Shanghai.ZONE);
        String namePart = employer[1].substring(0, 4);
        put(ops, finder, "supervisor", "newest cases of the district, page 1", supervisor,
                new Asked(null, null, null, null, null, null, null, 0, 50));
        put(ops, finder, "supervisor", "page 100 of the same", supervisor,
                new Asked(null, null, null, null, null, null, null, 99, 50));
        put(ops, finder, "supervisor", "open complaints", supervisor,
                new Asked(null, null, "LEAVE_COMPLAINT", null, false, null, null, 0, 50));
        put(ops, finder, "supervisor", "subsidies awaiting review (status)", supervisor,
                new Asked(null, null, "EMPLOYER_SUBSIDY", "SUBMITTED", null, null, null, 0, 50));
        put(ops, finder, "supervisor", "opened in the last 30 days", supervisor,
                new Asked(null, null, null, null, null, today.minusDays(30), today, 0, 50));
        put(ops, finder, "supervisor", "by credit code", supervisor,
                new Asked(null, employer[0], null, null, null, null, null, 0, 50));
        put(ops, finder, "supervisor", "by part of the name (\"" + namePart + "\")", supervisor,
                new Asked(null, namePart, null, null, null, null, null, 0, 50));
        put(ops, finder, "supervisor", "by case number", supervisor,
                new Asked(caseNo, null, null, null, null, null, null, 0, 50));
        put(ops, finder, "supervisor", "by case number prefix (a year of complaints)", supervisor,
                new Asked(caseNo.substring(0, 7), null, null, null, null, null, null, 0, 50));
        put(ops, finder, "admin", "newest cases of the city, page 1", admin,
                new Asked(null, null, null, null, null, null, null, 0, 50));
        put(ops, finder, "admin", "open complaints of the city", admin,
                new Asked(null, null, "LEAVE_COMPLAINT", null, false, null, null, 0, 50));
        put(ops, finder, "admin", "by part of the name", admin,
                new Asked(null, namePart, null, null, null, null, null, 0, 50));
    }

    private static void put(Map<String, Supplier<Object>> ops, CaseFinder finder, String who, String what,
                            FfwUser user, Asked asked) {
        long total = finder.find(user, asked).total();
        ops.put(who + "|case search: " + what + " (" + total + " found)", () -> finder.find(user, asked));
    }
}
