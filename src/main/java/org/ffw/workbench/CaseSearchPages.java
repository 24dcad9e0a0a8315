package org.ffw.workbench;

import org.ffw.platform.web.Paging;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.ffw.platform.cases.CaseSearch;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.web.FieldErrors;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.workbench.CaseFinder.Asked;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /cases}: 案件查询, the staff's search across the procedures. A field typed wrongly (a date, a vague name) is
 * shown beside the field with the other values kept, and nothing is searched.
 */
@Controller
class CaseSearchPages {

    static final int PAGE_SIZE = 50;

    private final CaseFinder finder;

    CaseSearchPages(CaseFinder finder) {
        this.finder = finder;
    }

    @GetMapping("/cases")
    @PreAuthorize(CaseSearchController.STAFF)
    String search(@RequestParam(required = false) String caseNo, @RequestParam(required = false) String employer,
                  @RequestParam(required = false) String procedure, @RequestParam(required = false) String closed,
                  @RequestParam(required = false) String openedFrom, @RequestParam(required = false) String openedTo,
                  @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page, Model model) {
        FfwUser me = CurrentUser.get();
        List<Procedure> mine = CaseSearch.procedures(me).stream().toList();
        model.addAttribute("procedures", mine);
        model.addAttribute("q", new Query(caseNo, employer, procedure, closed, openedFrom, openedTo));
        try {
            Boolean isClosed = "closed".equals(closed) ? Boolean.TRUE : "open".equals(closed) ? Boolean.FALSE : null;
            model.addAttribute("result", finder.find(me, new Asked(caseNo, employer, procedure, null, isClosed,
                    day("openedFrom", openedFrom), day("openedTo", openedTo),
                    Math.min(Math.max(0, page), CaseSearch.COUNT_CAP / PAGE_SIZE - 1), PAGE_SIZE)));
            model.addAttribute("errors", FieldErrors.none());
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FieldErrors.of(e));
        }
        model.addAttribute("labels", java.util.Map.of("caseNo", "search.caseNo", "employer", "search.employer",
                "procedure", "search.procedure", "openedFrom", "search.openedFrom", "openedTo", "search.openedTo"));
        return "workbench/cases";
    }

    /** The form as typed, given back to the page. */
    record Query(String caseNo, String employer, String procedure, String closed, String openedFrom,
                 String openedTo) {
    }

    private static LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date (yyyy-mm-dd)");
        }
    }
}
