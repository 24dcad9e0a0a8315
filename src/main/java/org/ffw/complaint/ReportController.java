package org.ffw.complaint;

import java.net.URI;

import org.ffw.platform.idempotency.Idempotency;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.ForbiddenException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

@RestController
@Tag(name = "reports")
class ReportController {

    private final ComplaintReports reports;
    private final Idempotency idempotency;

    ReportController(ComplaintReports reports, Idempotency idempotency) {
        this.reports = reports;
        this.idempotency = idempotency;
    }

    @PostMapping("/api/v1/reports")
    @Operation(summary = "Report a leave violation at an employer (举报): with an employee account or anonymously "
            + "(limited per address and hour); always confidential; honours Idempotency-Key")
    ResponseEntity<JsonNode> report(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
                                    @Valid @RequestBody LodgeReport body, HttpServletRequest request) {
        FfwUser me = reporter();
        String address = request.getRemoteAddr();
        return idempotency.run(ComplaintReports.idempotencyScope(me, address), key, body, () -> {
            var lodged = reports.report(me, body, address);
            return ResponseEntity.created(URI.create("/api/v1/public/case-status?caseNo=" + lodged.caseNo()))
                    .body(lodged);
        });
    }

    /** An employee account, or nobody; staff and employers do not report through this door. */
    static FfwUser reporter() {
        FfwUser me = CurrentUser.find().orElse(null);
        if (me != null && !me.has(Role.EMPLOYEE)) {
            throw new ForbiddenException("Reports are made anonymously or from an employee account.");
        }
        return me;
    }
}
