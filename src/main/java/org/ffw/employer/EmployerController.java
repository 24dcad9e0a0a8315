package org.ffw.employer;

import org.ffw.platform.web.Paging;
import java.net.URI;
import java.util.List;

import org.ffw.employer.EmployerService.NewEmployer;
import org.ffw.platform.idempotency.Idempotency;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.NotFoundException;
import org.ffw.rules.ValidCreditCode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/employers")
@Tag(name = "employers")
class EmployerController {

    private static final String STAFF = "hasAnyRole('INSPECTOR','SUPERVISOR','UNION_REVIEWER','SUBSIDY_OFFICER','ADMIN')";

    private final EmployerService employers;
    private final Idempotency idempotency;

    EmployerController(EmployerService employers, Idempotency idempotency) {
        this.employers = employers;
        this.idempotency = idempotency;
    }

    /** Staff look up any employer; an employer account may read its own entry. */
    @GetMapping("/{creditCode}")
    @PreAuthorize(STAFF + " or hasRole('EMPLOYER')")
    @Operation(summary = "An employer by unified social credit code (400 if malformed, 404 if unknown)")
    Employer get(@PathVariable String creditCode) {
        FfwUser me = CurrentUser.get();
        Employer employer = employers.find(creditCode)
                .orElseThrow(() -> new NotFoundException("No employer with this credit code is registered."));
        if (me.has(Role.EMPLOYER) && !employer.creditCode().equals(me.employerCreditCode())) {
            throw new ForbiddenException("An employer account may only read its own entry.");
        }
        return employer;
    }

    @GetMapping("/{creditCode}/violations")
    @PreAuthorize(STAFF)
    @Operation(summary = "The employer's compliance record: substantiated violations")
    List<EmployerService.Violation> violations(@PathVariable String creditCode) {
        employers.find(creditCode)
                .orElseThrow(() -> new NotFoundException("No employer with this credit code is registered."));
        return employers.violations(creditCode);
    }

    @GetMapping
    @PreAuthorize(STAFF)
    @Operation(summary = "Search the registry by district, part of the name, sector (GB/T 4754 门类 letter A–T) and "
            + "size band")
    List<Employer> search(@RequestParam(required = false) @Pattern(regexp = "\\d{6}") String district,
                          @RequestParam(required = false) @Size(max = 64) String name,
                          @RequestParam(required = false) String sector,
                          @RequestParam(required = false) String sizeBand,
                          @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return employers.search(district, name, sector(sector), sizeBand(sizeBand), page, size);
    }

    private static Sector sector(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Sector s = Sector.of(code.trim());
        if (s == null) {
            throw new InvalidInputException("sector", "is not a sector of GB/T 4754-2017 (one letter A–T)");
        }
        return s;
    }

    private static SizeBand sizeBand(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        SizeBand b = SizeBand.of(code.trim());
        if (b == null) {
            throw new InvalidInputException("sizeBand", "is not a size band (UNDER_20, FROM_20_TO_99, "
                    + "FROM_100_TO_299, FROM_300_TO_999, FROM_1000)");
        }
        return b;
    }

    /** Registers a verified employer. Honours Idempotency-Key. */
    @PostMapping
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Operation(summary = "Register an employer (supervisor, admin); honours Idempotency-Key")
    ResponseEntity<JsonNode> register(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
                                      @Valid @RequestBody RegisterEmployer body) {
        return idempotency.run("employers", key, body, () -> {
            if (employers.exists(body.creditCode())) {
                throw new org.ffw.platform.web.ConflictException("This employer is already registered.");
            }
            Employer created = employers.register(new NewEmployer(body.creditCode(), body.name(), body.district(),
                    body.address(), body.legalRepresentative(), sector(body.sector()), sizeBand(body.sizeBand())));
            return ResponseEntity.created(URI.create("/api/v1/employers/" + created.creditCode())).body(created);
        });
    }

    record RegisterEmployer(
            @NotBlank @ValidCreditCode String creditCode,
            @NotBlank @Size(max = 128) String name,
            @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit district code") String district,
            @Size(max = 255) String address,
            @Size(max = 64) String legalRepresentative,
            String sector,
            String sizeBand) {
    }
}
