package org.ffw.inspection;

import java.net.URI;

import org.ffw.platform.idempotency.Idempotency;
import org.ffw.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The inspection case over REST: read it, and the employer's (or, on site, the pair's) leave report rows. */
@RestController
@Tag(name = "inspections")
class InspectionController {

    private final InspectionReads reads;
    private final LeaveRecords records;
    private final Idempotency idempotency;

    InspectionController(InspectionReads reads, LeaveRecords records, Idempotency idempotency) {
        this.reads = reads;
        this.records = records;
        this.idempotency = idempotency;
    }

    @GetMapping("/api/v1/inspections/{caseNo}")
    @Operation(summary = "An inspection case: the whole case for the district's staff, the employer's own view")
    Object get(@PathVariable String caseNo) {
        return reads.read(CurrentUser.get(), caseNo);
    }

    @PostMapping("/api/v1/inspections/{caseNo}/leave-records")
    @Operation(summary = "Add a row to the leave report (the employer while its report is due; the pair while it "
            + "reviews): the statutory days are computed and stored beside the days granted; honours Idempotency-Key")
    ResponseEntity<JsonNode> add(@PathVariable String caseNo,
                                 @RequestHeader(name = Idempotency.HEADER, required = false) String key,
                                 @Valid @RequestBody NewLeaveRecord body) {
        return idempotency.run("inspection-record:" + caseNo, key, body, () -> {
            LeaveRecord r = records.add(CurrentUser.get(), caseNo, body);
            return ResponseEntity.created(URI.create("/api/v1/inspections/" + caseNo + "/leave-records/" + r.id()))
                    .body(r);
        });
    }

    @DeleteMapping("/api/v1/inspections/{caseNo}/leave-records/{id}")
    @Operation(summary = "Remove a row of the leave report while it may still be changed")
    ResponseEntity<Void> remove(@PathVariable String caseNo, @PathVariable long id) {
        records.remove(CurrentUser.get(), caseNo, id);
        return ResponseEntity.noContent().build();
    }
}
