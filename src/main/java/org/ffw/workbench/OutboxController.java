package org.ffw.workbench;

import org.ffw.platform.web.Paging;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ffw.platform.outbox.OutboxAdmin;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** {@code /api/v1/admin/outbox}: the notices that failed or still wait, and their retry (ADMIN; docs/operations.md). */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class OutboxController {

    static final int MAX_SIZE = 200;
    static final int MAX_PAGE = 10_000;

    private final OutboxAdmin outbox;

    OutboxController(OutboxAdmin outbox) {
        this.outbox = outbox;
    }

    record Answer(List<OutboxAdmin.Row> items, long total, int page, int size, Map<String, Long> counts) {
    }

    @GetMapping("/api/v1/admin/outbox")
    @Operation(summary = "Failed (status=FAILED) or waiting (status=PENDING) notices, newest first, with counts")
    Answer list(@RequestParam(defaultValue = "FAILED") String status, @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        checkPaging(status, page, size);
        var p = outbox.list(status, page * size, size);
        return new Answer(p.rows(), p.total(), page, size, p.counts());
    }

    @PostMapping("/api/v1/admin/outbox/{id}/retry")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Make a failed or waiting notice due now (404 none, 409 already sent)")
    void retry(@PathVariable long id) {
        outbox.retry(id, CurrentUser.get().getUsername(), Instant.now());
    }

    @PostMapping("/api/v1/admin/outbox/retry-failed")
    @Operation(summary = "Make every failed notice due now; how many")
    Map<String, Integer> retryFailed() {
        return Map.of("retried", outbox.retryAllFailed(CurrentUser.get().getUsername(), Instant.now()));
    }

    static void checkPaging(String status, int page, int size) {
        if (!OutboxAdmin.LISTED.contains(status)) {
            throw new InvalidInputException("status", "must be FAILED or PENDING");
        }
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidInputException("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
        }
    }
}
