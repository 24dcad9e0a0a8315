package org.ffw.subsidy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;

import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.NotFoundException;
import org.ffw.subsidy.ContributionImports.Replace;
import org.ffw.subsidy.ContributionImports.Report;
import org.ffw.subsidy.ContributionImports.Summary;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The social-insurance agency's contribution records (先缴后补, docs/subsidy-records.md): ADMIN imports the CSV files
 * and reads the imports; ADMIN and the district's subsidy officers and supervisors read the records.
 */
@RestController
@Tag(name = "contribution records")
class ContributionRecordController {

    private final ContributionImports imports;
    private final ContributionRecords records;

    ContributionRecordController(ContributionImports imports, ContributionRecords records) {
        this.imports = imports;
        this.records = records;
    }

    /**
     * Imports one CSV file. 201 with the report (also when no row was accepted); 400 naming {@code file} when it is
     * not such a CSV file at all, and then nothing changed.
     */
    @PostMapping("/api/v1/contribution-records")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import the agency's contribution records (ADMIN): multipart 'file', a UTF-8 CSV with the "
            + "header creditCode,residentId,month,pension,medical,unemployment,workInjury; the accepted rows replace "
            + "every record of their months (replace=MONTHS, default) or of their employers' months "
            + "(replace=EMPLOYER_MONTHS); 201 with the report of accepted and rejected rows")
    ResponseEntity<Report> importFile(@RequestParam(name = "file", required = false) MultipartFile file,
                                      @RequestParam(name = "replace", defaultValue = "MONTHS") Replace replace) {
        if (file == null) {
            throw new InvalidInputException("file", "is required");
        }
        Report report = imports.importFile(file.getOriginalFilename(), bytes(file), replace, CurrentUser.actorName());
        return ResponseEntity.created(URI.create("/api/v1/contribution-imports/" + report.id())).body(report);
    }

    @GetMapping("/api/v1/contribution-records")
    @PreAuthorize("hasAnyRole('ADMIN','SUBSIDY_OFFICER','SUPERVISOR')")
    @Operation(summary = "The recorded contributions of an employer (and an employee), by employee and month "
            + "(ADMIN; the subsidy officers and supervisors of the employer's district)")
    List<ContributionRecord> list(@RequestParam String creditCode,
                                  @RequestParam(required = false) String residentId,
                                  @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                                  @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        return records.list(CurrentUser.get(), creditCode, residentId, from, to, page, size);
    }

    @GetMapping("/api/v1/contribution-imports")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The past imports of contribution records, newest first (ADMIN)")
    List<Summary> imports(@RequestParam(defaultValue = "0") @Min(0) @jakarta.validation.constraints.Max(100000) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return imports.imports(page, size);
    }

    @GetMapping("/api/v1/contribution-imports/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The report of one import: months replaced, rows accepted and rejected (ADMIN)")
    Report report(@PathVariable long id) {
        return imports.find(id).orElseThrow(() -> new NotFoundException("No contribution import with this id."));
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
