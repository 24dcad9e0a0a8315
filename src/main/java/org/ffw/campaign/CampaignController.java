package org.ffw.campaign;

import java.net.URI;
import java.util.List;

import org.ffw.campaign.CampaignViews.Detail;
import org.ffw.campaign.CampaignViews.ListItem;
import org.ffw.campaign.CampaignViews.PublicRecord;
import org.ffw.campaign.CampaignViews.Verification;
import org.ffw.platform.idempotency.Idempotency;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.web.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Inspection campaigns (双随机、一公开, docs/campaigns.md): binding and status codes only. */
@RestController
@Tag(name = "campaigns")
class CampaignController {

    private static final String HRB = "hasAnyRole('SUPERVISOR','INSPECTOR','ADMIN')";
    private static final String LEADS = "hasAnyRole('SUPERVISOR','ADMIN')";

    private final CampaignService service;
    private final CampaignReads reads;
    private final Idempotency idempotency;

    CampaignController(CampaignService service, CampaignReads reads, Idempotency idempotency) {
        this.service = service;
        this.reads = reads;
        this.idempotency = idempotency;
    }

    @PostMapping("/api/v1/campaigns")
    @PreAuthorize(LEADS)
    @Operation(summary = "Create a campaign (supervisor: own district; admin: any): drawn at once and published, each "
            + "drawn employer opened as an inspection case; honours Idempotency-Key")
    ResponseEntity<JsonNode> create(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
                                    @RequestBody CampaignRequest body) {
        return idempotency.run("campaigns", key, body, () -> {
            long id = service.create(CurrentUser.get(), body, key);
            return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id)).body(reads.read(CurrentUser.get(), id));
        });
    }

    @PostMapping("/api/v1/campaigns/preview")
    @PreAuthorize(LEADS)
    @Operation(summary = "The population a campaign would draw from, its risk signals and weights, the expected "
            + "split; stores nothing")
    CampaignService.Preview preview(@RequestBody CampaignRequest body) {
        return service.preview(CurrentUser.get(), body);
    }

    @GetMapping("/api/v1/campaigns")
    @PreAuthorize(HRB)
    @Operation(summary = "Campaigns of the caller's district (admin: all), newest first")
    List<ListItem> list(@RequestParam(defaultValue = "0") @Min(0) @jakarta.validation.constraints.Max(100000) int page,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return reads.list(CurrentUser.get(), page, size);
    }

    @GetMapping("/api/v1/campaigns/{id}")
    @PreAuthorize(HRB)
    @Operation(summary = "A campaign: inputs, the draw's record, picks with case, pair and progress")
    Detail get(@PathVariable long id) {
        return reads.read(CurrentUser.get(), id);
    }

    @GetMapping("/api/v1/campaigns/{id}/draw/verification")
    @PreAuthorize(HRB)
    @Operation(summary = "Re-run the draw from the recorded seed, population and inspector pools")
    Verification verify(@PathVariable long id) {
        return reads.verify(CurrentUser.get(), id);
    }

    @PostMapping("/api/v1/campaigns/{id}/draw")
    @PreAuthorize(LEADS)
    @Operation(summary = "Always 409: the draw is published at creation and cannot be redone")
    void redraw(@PathVariable long id) {
        service.redraw(CurrentUser.get(), id);
    }

    record RecusalRequest(String inspector, String reason) {
    }

    @PostMapping("/api/v1/campaigns/{id}/cases/{caseNo}/recusal")
    @PreAuthorize(HRB)
    @Operation(summary = "An inspector of the case declares a conflict (themself, or the district supervisor): a "
            + "replacement is drawn; 409 when none is left or the case is closed")
    CampaignService.Recusal recuse(@PathVariable long id, @PathVariable String caseNo,
                                   @RequestBody RecusalRequest body) {
        return service.recuse(CurrentUser.get(), id, caseNo, body.inspector(), body.reason());
    }

    @GetMapping("/api/v1/public/campaigns")
    @Operation(summary = "一公开: the published (closed) campaigns, the latest first: employers inspected, violations"
            + " found, put right")
    List<CampaignViews.PublicItem> publishedList(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        // page × size is the offset: bounded so that it cannot overflow (page=2147483647 was a 500)
        if (page < 0 || page > 100_000 || size < 1 || size > 200) {
            boolean badPage = page < 0 || page > 100_000;
            throw new InvalidInputException(badPage ? "page" : "size",
                    badPage ? "must be between 0 and 100000" : "must be between 1 and 200");
        }
        return reads.publishedList(page, size);
    }

    @GetMapping("/api/v1/public/campaigns/{id}")
    @Operation(summary = "一公开: a closed campaign's results without personal data (404 until it closes)")
    PublicRecord published(@PathVariable long id) {
        return reads.published(id);
    }
}
