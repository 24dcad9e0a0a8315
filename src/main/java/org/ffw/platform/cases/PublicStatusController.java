package org.ffw.platform.cases;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public status lookup's API, for every procedure's case numbers ({@link PublicStatuses}). */
@RestController
@Tag(name = "public")
class PublicStatusController {

    private final PublicStatuses statuses;

    PublicStatusController(PublicStatuses statuses) {
        this.statuses = statuses;
    }

    @GetMapping("/api/v1/public/case-status")
    @Operation(summary = "Status and dates of a case (complaint, report, subsidy application), by case number and "
            + "query code, without login")
    Object status(@RequestParam String caseNo, @RequestParam String queryCode) {
        return statuses.lookup(caseNo, queryCode).status();
    }
}
