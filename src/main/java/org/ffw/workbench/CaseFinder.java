package org.ffw.workbench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ffw.employer.Employer;
import org.ffw.employer.EmployerService;
import org.ffw.platform.Shanghai;
import org.ffw.platform.cases.CaseRecord;
import org.ffw.platform.cases.CaseSearch;
import org.ffw.platform.cases.CaseSearch.Criteria;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * The workbench's case search as both doors (the page /cases, the API /api/v1/cases) ask it: the words typed become
 * the registry's criteria — an employer given by credit code or by part of its name (the employer register answers
 * which codes), a procedure by its code — and each case found carries its staff page.
 */
@Service
class CaseFinder {

    /** At most this many employers match a name; a name matching more is too vague and says so. */
    static final int MAX_EMPLOYERS = 200;

    /** The staff page of a case, by procedure. */
    static final Map<Procedure, String> PAGES = Map.of(
            Procedure.LEAVE_COMPLAINT, "/complaints/", Procedure.EMPLOYER_SUBSIDY, "/subsidies/",
            Procedure.FRIENDLY_POST, "/certifications/", Procedure.FRIENDLY_POST_CERTIFICATE, "/certificates/",
            Procedure.UNION_SUPERVISION, "/union-supervision/", Procedure.LEAVE_INSPECTION, "/inspections/");

    /** What was typed, each field optional. */
    record Asked(String caseNo, String employer, String procedure, String status, Boolean closed,
                 LocalDate openedFrom, LocalDate openedTo, int page, int size) {
    }

    /** One case found: the registry's row, the employer's name, the day it was opened, its page. */
    record Found(CaseRecord c, String employerName, LocalDate openedOn, String link) {
    }

    /** total counts no further than CaseSearch.COUNT_CAP: more says there are more. */
    record Result(List<Found> cases, long total, boolean more, int page, int size, long pages) {
    }

    private final CaseSearch search;
    private final EmployerService employers;

    CaseFinder(CaseSearch search, EmployerService employers) {
        this.search = search;
        this.employers = employers;
    }

    Result find(FfwUser me, Asked a) {
        Procedure procedure = procedure(a.procedure());
        List<String> codes = employerCodes(a.employer());
        CaseSearch.Page page = search.search(me, new Criteria(a.caseNo(), codes, procedure, blank(a.status()),
                a.closed(), a.openedFrom(), a.openedTo()), a.page(), a.size());
        List<Found> found = page.cases().stream().map(c -> new Found(c,
                c.employerCreditCode() == null ? null
                        : employers.find(c.employerCreditCode()).map(Employer::name).orElse(null),
                c.openedAt().atZone(Shanghai.ZONE).toLocalDate(), PAGES.getOrDefault(c.procedure(), "/cases/")
                        + c.caseNo())).toList();
        return new Result(found, page.total(), page.more(), page.page(), page.size(), page.pages());
    }

    private static Procedure procedure(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Procedure.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("procedure", "is not a procedure");
        }
    }

    /** Null for no employer filter; the codes of the employers meant (possibly none). */
    private List<String> employerCodes(String employer) {
        String e = blank(employer);
        if (e == null) {
            return null;
        }
        if (e.length() == 18 && e.toUpperCase(Locale.ROOT).matches("[0-9A-Z]{18}")) {
            return List.of(e.toUpperCase(Locale.ROOT));
        }
        if (e.length() < 2) {
            throw new InvalidInputException("employer", "give at least 2 characters of the name");
        }
        List<Employer> matching = employers.search(null, e, 0, MAX_EMPLOYERS + 1);
        if (matching.size() > MAX_EMPLOYERS) {
            throw new InvalidInputException("employer", "matches more than " + MAX_EMPLOYERS
                    + " employers: give more of the name");
        }
        return matching.stream().map(Employer::creditCode).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
