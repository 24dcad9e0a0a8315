package org.ffw.certification;

import org.ffw.platform.web.Paging;
import java.net.URI;
import java.util.List;

import org.ffw.certification.CertificationViews.Notice;
import org.ffw.certification.CertificationViews.Page;
import org.ffw.certification.CertificationViews.RegisterEntry;
import org.ffw.certification.CertificationViews.Verification;
import org.ffw.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** What anyone may do without a login: verify a certificate, read the register and the notices, object. */
@RestController
@Tag(name = "certification (public)")
class PublicCertificationController {

    private final CertificateReads reads;
    private final CertificationService service;

    PublicCertificationController(CertificateReads reads, CertificationService service) {
        this.reads = reads;
        this.service = service;
    }

    @GetMapping("/api/v1/public/certificates/{number}")
    @Operation(summary = "Verify a certificate number: the holder, the number of posts, validity and status; 404 "
            + "with verdict NEVER_ISSUED, FORGED (check character fails) or MALFORMED")
    ResponseEntity<?> verify(@PathVariable String number) {
        Verification v = reads.verify(number);
        if (!"ISSUED".equals(v.verdict())) {
            ProblemDetail pd = Problems.of(HttpStatus.NOT_FOUND, "certificate-not-found", "No such certificate",
                    v.words());
            pd.setProperty("verdict", v.verdict());
            pd.setProperty("number", v.number());
            return Problems.response(pd);
        }
        return ResponseEntity.ok(v);
    }

    @GetMapping("/api/v1/public/certificates/{number}/qr.svg")
    @Operation(summary = "The QR code printed on the certificate: the address of its verification page")
    ResponseEntity<String> qr(@PathVariable String number) {
        Verification v = reads.verify(number);
        if (!"ISSUED".equals(v.verdict())) {
            // a problem, like every 4xx (it was a bare 404 without a body)
            throw new org.ffw.platform.web.NotFoundException("No issued certificate with this number.");
        }
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/public/certificates/{n}")
                .buildAndExpand(v.number()).toUriString();
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).body(CertificateQr.svg(url));
    }

    @GetMapping("/api/v1/public/certified-employers")
    @Operation(summary = "The city's list of employers offering fertility-friendly posts (valid certificates only), "
            + "by district and measure, paged")
    Page<RegisterEntry> register(@RequestParam(required = false) @Pattern(regexp = "\\d{6}",
                                         message = "must be a 6-digit district code") String district,
                                 @RequestParam(required = false) Measure measure,
                                 @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return reads.register(district, measure, page, size);
    }

    @GetMapping("/api/v1/public/certification-notices")
    @Operation(summary = "The applications in their public notice, with the period objections are taken")
    List<Notice> notices(@RequestParam(required = false) @Pattern(regexp = "\\d{6}",
            message = "must be a 6-digit district code") String district) {
        return reads.notices(district);
    }

    @PostMapping("/api/v1/public/certification-notices/{caseNo}/objections")
    @Operation(summary = "Object to an application during its public notice (no login; a few per address and hour)")
    ResponseEntity<Void> object(@PathVariable String caseNo, @RequestBody CertificationService.Objection body,
                                HttpServletRequest request) {
        service.object(org.ffw.platform.security.CurrentUser.find().orElse(null), caseNo, body,
                request.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/v1/public/certification-notices")).build();
    }
}
