package org.ffw.certification;

import org.ffw.platform.web.Paging;
import java.net.URI;
import java.util.List;

import org.ffw.certification.CertificationService.Answer;
import org.ffw.certification.CertificationViews.CertificateView;
import org.ffw.certification.CertificationViews.ListItem;
import org.ffw.certification.CertificationViews.Post;
import org.ffw.platform.idempotency.Idempotency;
import org.ffw.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The certification API for employers and district staff (docs/certification.md); the public part is elsewhere. */
@RestController
@Tag(name = "certification")
class CertificationController {

    static final String BASE = "/api/v1/certifications";
    static final String CERTIFICATES = "/api/v1/certificates";

    private final CertificationService service;
    private final CertificationReads reads;
    private final Certificates certificates;
    private final CertificateReads certificateReads;
    private final Idempotency idempotency;

    CertificationController(CertificationService service, CertificationReads reads, Certificates certificates,
                            CertificateReads certificateReads, Idempotency idempotency) {
        this.service = service;
        this.reads = reads;
        this.certificates = certificates;
        this.certificateReads = certificateReads;
        this.idempotency = idempotency;
    }

    @PostMapping(BASE)
    @PreAuthorize("hasRole('EMPLOYER')")
    @Operation(summary = "Apply for fertility-friendly post certification, or the renewal of the certificate held "
            + "(employer); honours Idempotency-Key; 409 while another application is open")
    ResponseEntity<JsonNode> apply(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
                                   @Valid @RequestBody ApplyCertification body) {
        return idempotency.run("certifications", key, body, () -> {
            Answer a = service.apply(CurrentUser.get(), body);
            return ResponseEntity.created(URI.create(BASE + "/" + a.caseNo())).body(a);
        });
    }

    @GetMapping(BASE)
    @Operation(summary = "The employer's own applications, or the district's for its HRB and union staff")
    List<ListItem> list(@RequestParam(required = false) CertificationStatus status,
                        @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return reads.listFor(CurrentUser.get(), status, page, size);
    }

    @GetMapping(BASE + "/{caseNo}")
    @Operation(summary = "An application with its posts, reviews and timeline: the employer's view or the staff's")
    Object get(@PathVariable String caseNo) {
        return reads.read(CurrentUser.get(), caseNo);
    }

    @PutMapping(BASE + "/{caseNo}/posts")
    @Operation(summary = "The employer revises its posts while a change is requested (then resubmits on its task)")
    List<Post> revise(@PathVariable String caseNo, @RequestBody CertificationService.Posts body) {
        return Post.of(service.revisePosts(CurrentUser.get(), caseNo, body));
    }

    @GetMapping(CERTIFICATES)
    @Operation(summary = "The employer's certificates, or the district's for its staff")
    List<CertificateView> certificates(@RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                                       @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return certificateReads.listFor(CurrentUser.get(), page, size);
    }

    @GetMapping(CERTIFICATES + "/{number}")
    @Operation(summary = "A certificate with its posts, findings and timeline (holder and district staff)")
    CertificateView certificate(@PathVariable String number) {
        return certificateReads.read(CurrentUser.get(), number);
    }

    record Surrender(String reason) {
    }

    @PostMapping(CERTIFICATES + "/{number}/surrender")
    @Operation(summary = "The holder gives its certificate back: SURRENDERED, off the public register at once")
    CertificateView surrender(@PathVariable String number, @RequestBody(required = false) Surrender body) {
        certificates.surrender(CurrentUser.get(), number, body == null ? null : body.reason());
        return certificateReads.read(CurrentUser.get(), number);
    }
}
