package org.ffw.portal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.rules.CalendarYearNotLoadedException;
import org.ffw.rules.LeaveEntitlement;
import org.ffw.rules.LeaveEntitlements;
import org.ffw.rules.LeaveEvent;
import org.ffw.rules.LeaveQuery;
import org.ffw.rules.LeaveRule;
import org.ffw.rules.LeaveRules;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The public leave-entitlement calculator's page, on the rules module ({@link LeaveEntitlements}, the same answer as
 * {@code GET /api/v1/leave-entitlements}): the query parameters are the API's, so a result can be linked and
 * bookmarked ({@code /public/leave-entitlements?event=BIRTH&birthDate=2026-03-10}). Bad input is a 400 page with the
 * problem beside its field; nothing is stored.
 */
@Controller
class LeaveCalculatorPages {

    static final String PATH = "/public/leave-entitlements";

    /** The form as typed (strings, so that a bad value comes back as it was). */
    record Form(String event, String birthDate, String babies, boolean difficultBirth, String lawfulBirth,
                String pregnancyMonths, String leaveStart) {
    }

    /**
     * One line of the answer: what (message {@code portal.leave.line.<key>}), how much, from and to, and the legal
     * basis as the rules table names it.
     */
    record Line(String key, Integer amount, LocalDate from, LocalDate to, String basis) {
    }

    private final LeaveEntitlements entitlements;
    private final LeaveRules rules;

    LeaveCalculatorPages(LeaveEntitlements entitlements, LeaveRules rules) {
        this.entitlements = entitlements;
        this.rules = rules;
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String event, @RequestParam(required = false) String birthDate,
                @RequestParam(required = false) String babies,
                @RequestParam(required = false, defaultValue = "false") String difficultBirth,
                @RequestParam(required = false) String lawfulBirth,
                @RequestParam(required = false) String pregnancyMonths,
                @RequestParam(required = false) String leaveStart, Model model, HttpServletResponse response) {
        Form form = new Form(trim(event), trim(birthDate), trim(babies), "true".equalsIgnoreCase(trim(difficultBirth))
                || "on".equalsIgnoreCase(trim(difficultBirth)), trim(lawfulBirth), trim(pregnancyMonths),
                trim(leaveStart));
        model.addAttribute("form", form);
        Map<String, String> errors = new LinkedHashMap<>();
        model.addAttribute("errors", errors);
        if (form.event() == null && form.birthDate() == null) {
            return "portal/leave"; // the empty form
        }
        LeaveEvent ev = null;
        if (form.event() == null) {
            errors.put("event", "portal.leave.error.event");
        } else {
            try {
                ev = LeaveEvent.valueOf(form.event().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("event", "portal.leave.error.event");
            }
        }
        LocalDate birth = date(form.birthDate(), "birthDate", true, errors);
        LocalDate start = date(form.leaveStart(), "leaveStart", false, errors);
        Integer n = number(form.babies(), "babies", errors);
        Integer months = number(form.pregnancyMonths(), "pregnancyMonths", errors);
        boolean lawful = form.lawfulBirth() == null || !"false".equalsIgnoreCase(form.lawfulBirth());
        if (!errors.isEmpty()) {
            return bad(response);
        }
        LeaveQuery q = new LeaveQuery(ev, birth, n == null ? 1 : n, form.difficultBirth(), lawful, months, start);
        try {
            LeaveEntitlement e = entitlements.calculate(q);
            model.addAttribute("result", e);
            model.addAttribute("lines", lines(e, sources(q)));
        } catch (InvalidInputException invalid) {
            for (FieldProblem p : invalid.errors()) {
                errors.putIfAbsent(known(p.field()), "portal.leave.error." + known(p.field()));
            }
            return bad(response);
        } catch (CalendarYearNotLoadedException beyond) {
            errors.put("birthDate", "portal.leave.error.year");
            model.addAttribute("beyondYear", beyond.year());
            response.setStatus(422);
            return "portal/leave";
        }
        return "portal/leave";
    }

    private Map<String, String> sources(LeaveQuery q) {
        Map<String, String> bySource = new HashMap<>();
        for (LeaveRule r : rules.applicable(q.event(), q.birthDate(), q.lawfulBirth(), q.pregnancyMonths())) {
            bySource.putIfAbsent(r.entitlement(), r.source());
        }
        return bySource;
    }

    static List<Line> lines(LeaveEntitlement e, Map<String, String> source) {
        List<Line> out = new ArrayList<>();
        out.add(new Line(e.event() == LeaveEvent.MISCARRIAGE ? "miscarriage" : "maternity", e.maternityLeaveDays(),
                e.leaveStart(), e.maternityLeaveEnd(), source.get(LeaveRule.MATERNITY)));
        if (e.birthLeaveDays() > 0) {
            out.add(new Line("birth", e.birthLeaveDays(), e.birthLeaveStart(), e.birthLeaveEnd(),
                    source.get(LeaveRule.BIRTH)));
        }
        if (e.holidayExtensionDays() > 0) {
            out.add(new Line("extension", e.holidayExtensionDays(), null, e.birthLeaveEnd(),
                    source.getOrDefault(LeaveRule.BIRTH_POSTPONED_BY_STATUTORY_HOLIDAYS, source.get(LeaveRule.BIRTH))));
        }
        if (e.paternityLeaveDays() > 0) {
            out.add(new Line("paternity", e.paternityLeaveDays(), null, null, source.get(LeaveRule.PATERNITY)));
        }
        if (e.childcareLeaveDaysPerYear() > 0) {
            out.add(new Line("childcare", e.childcareLeaveDaysPerYear(), null, e.childcareLeaveUntil(),
                    source.get(LeaveRule.CHILDCARE_PER_YEAR)));
        }
        if (e.nursingHoursPerDay() > 0) {
            out.add(new Line("nursing", e.nursingHoursPerDay(), null, e.nursingUntil(),
                    source.get(LeaveRule.NURSING_PER_DAY)));
        }
        return out;
    }

    private static String bad(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "portal/leave";
    }

    private static String known(String field) {
        return switch (field == null ? "" : field) {
            case "event", "birthDate", "babies", "pregnancyMonths", "leaveStart" -> field;
            default -> "birthDate";
        };
    }

    private static LocalDate date(String text, String field, boolean required, Map<String, String> errors) {
        if (text == null) {
            if (required) {
                errors.put(field, "portal.leave.error." + field);
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, "portal.leave.error.date");
            return null;
        }
    }

    private static Integer number(String text, String field, Map<String, String> errors) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            errors.put(field, "portal.leave.error." + field);
            return null;
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
