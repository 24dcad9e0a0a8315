package org.ffw.workbench;

import org.ffw.platform.web.Paging;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;

import org.ffw.platform.security.CurrentUser;
import org.ffw.workbench.CaseFinder.Asked;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/cases}: the staff's case search across the procedures (docs/worktable.md#case-search). */
@RestController
class CaseSearchController {

    static final String STAFF = "hasAnyRole('INSPECTOR','SUPERVISOR','UNION_REVIEWER','UNION_SUPERVISOR',"
            + "'SUBSIDY_OFFICER','ADMIN')";

    record Item(String caseNo, String procedure, String procedureName, String status, String district,
                String employerCreditCode, String employerName, String summary, LocalDate openedOn, boolean closed,
                String page) {
    }

    /** total counts up to 10,000 matches; more is true when there are more than that. */
    record Answer(List<Item> items, long total, boolean more, int page, int size, long pages) {
    }

    private final CaseFinder finder;

    CaseSearchController(CaseFinder finder) {
        this.finder = finder;
    }

    @GetMapping("/api/v1/cases")
    @PreAuthorize(STAFF)
    Answer search(@RequestParam(required = false) String caseNo, @RequestParam(required = false) String employer,
                  @RequestParam(required = false) String procedure, @RequestParam(required = false) String status,
                  @RequestParam(required = false) Boolean closed,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedFrom,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedTo,
                  @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page, @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        CaseFinder.Result r = finder.find(CurrentUser.get(), new Asked(caseNo, employer, procedure, status, closed,
                openedFrom, openedTo, page, size));
        return new Answer(r.cases().stream().map(f -> new Item(f.c().caseNo(), f.c().procedure().name(),
                f.c().procedure().label(), f.c().status(), f.c().district(), f.c().employerCreditCode(),
                f.employerName(), f.c().summary(), f.openedOn(), f.c().closed(), f.link())).toList(),
                r.total(), r.more(), r.page(), r.size(), r.pages());
    }
}
