package org.ffw.subsidy;

import org.ffw.platform.web.Paging;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.ffw.platform.document.DocumentUploads;
import org.ffw.platform.document.Documents;
import org.ffw.platform.document.Documents.Document;
import org.ffw.platform.idempotency.Idempotency;
import org.ffw.platform.security.CurrentUser;
import org.ffw.subsidy.SubsidyPayments.Instruction;
import org.ffw.subsidy.SubsidyPayments.Payment;
import org.ffw.subsidy.SubsidyService.Answer;
import org.ffw.subsidy.SubsidyViews.ListItem;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The subsidy API: the employer applies and follows; district staff read; finance pays (docs/subsidy.md). */
@RestController
@Tag(name = "subsidy")
class SubsidyController {

    static final String BASE = "/api/v1/subsidy-applications";

    private final SubsidyService service;
    private final SubsidyReads reads;
    private final SubsidyDocuments documents;
    private final SubsidyPayments payments;
    private final Idempotency idempotency;
    private final DocumentUploads uploads;
    private final SubsidyPrefill prefill;

    SubsidyController(SubsidyService service, SubsidyReads reads, SubsidyDocuments documents,
                      SubsidyPayments payments, Idempotency idempotency, DocumentUploads uploads,
                      SubsidyPrefill prefill) {
        this.prefill = prefill;
        this.service = service;
        this.reads = reads;
        this.documents = documents;
        this.payments = payments;
        this.idempotency = idempotency;
        this.uploads = uploads;
    }

    @PostMapping(BASE)
    @PreAuthorize("hasRole('EMPLOYER')")
    @Operation(summary = "Apply for the subsidy (employer); honours Idempotency-Key; 409 when the employee and child "
            + "have an open application")
    ResponseEntity<JsonNode> apply(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
                                   @Valid @RequestBody ApplySubsidy body) {
        return idempotency.run("subsidy-applications", key, body, () -> {
            Answer a = service.apply(CurrentUser.get(), body);
            return ResponseEntity.created(URI.create(BASE + "/" + a.caseNo())).body(a);
        });
    }

    @PostMapping(BASE + "/calculate")
    @PreAuthorize("hasRole('EMPLOYER')")
    @Operation(summary = "The amount and the eligibility checks of a draft application (the payee, the name and the "
            + "declarations may still be missing); stores nothing")
    Answer calculate(@RequestBody ApplySubsidy body) {
        return service.calculate(CurrentUser.get(), body);
    }

    @GetMapping(BASE + "/prefill")
    @PreAuthorize("hasRole('EMPLOYER')")
    @Operation(summary = "What FFW knows of an employee of the caller: sex and birth date from the resident ID, the "
            + "name from earlier applications, the recorded contributions of the term of the birth")
    SubsidyPrefill.Employee prefill(@RequestParam String residentId,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                    LocalDate childBirthDate) {
        return prefill.employee(CurrentUser.get(), residentId, childBirthDate);
    }

    @GetMapping(BASE)
    @Operation(summary = "The employer's own applications, or the district's for its subsidy officers and "
            + "supervisors")
    List<ListItem> list(@RequestParam(required = false) SubsidyStatus status,
                        @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return reads.listFor(CurrentUser.get(), status, page, size);
    }

    @GetMapping(BASE + "/{caseNo}")
    @Operation(summary = "An application with its checks, months and timeline: the employer's view or the staff's")
    Object get(@PathVariable String caseNo) {
        return reads.read(CurrentUser.get(), caseNo);
    }

    @PostMapping(path = BASE + "/{caseNo}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach the birth medical certificate, the contribution statement or a supplement: PDF, "
            + "JPEG or PNG, at most 10 MB, 10 per party; honours Idempotency-Key")
    ResponseEntity<JsonNode> attach(@PathVariable String caseNo,
                                    @RequestHeader(name = Idempotency.HEADER, required = false) String key,
                                    @RequestPart("file") MultipartFile file) {
        return uploads.api("subsidy-documents", caseNo, key, file,
                (name, content) -> documents.attach(CurrentUser.get(), caseNo, name, content));
    }

    @GetMapping(BASE + "/{caseNo}/documents")
    @Operation(summary = "The documents of an application the caller may read")
    List<Documents.Item> documents(@PathVariable String caseNo) {
        return documents.list(CurrentUser.get(), caseNo);
    }

    @GetMapping(BASE + "/{caseNo}/documents/{id}")
    @Operation(summary = "Download a document of an application the caller may read")
    ResponseEntity<byte[]> download(@PathVariable String caseNo, @PathVariable long id) {
        Document d = documents.find(CurrentUser.get(), caseNo, id);
        return DocumentUploads.download(d, documents.content(d));
    }

    @PostMapping(BASE + "/{caseNo}/payment")
    @Operation(summary = "Finance confirms the payment of an approved application → PAID")
    SubsidyPayments.Receipt pay(@PathVariable String caseNo, @RequestBody(required = false) Payment body) {
        return SubsidyPayments.Receipt.of(payments.confirm(CurrentUser.get(), caseNo, body));
    }

    @GetMapping("/api/v1/subsidy-payments")
    @Operation(summary = "Finance: the payment instructions not yet paid (approved on the day, or all)")
    List<Instruction> instructions(@RequestParam(required = false)
                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn) {
        return payments.instructions(CurrentUser.get(), approvedOn);
    }

    @GetMapping("/api/v1/subsidy-payments.csv")
    @Operation(summary = "Finance: the day's payment instructions as one CSV for the bank (default: today)")
    ResponseEntity<String> csv(@RequestParam(required = false)
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn) {
        return csv(payments, approvedOn);
    }

    /** The CSV as a download named after its day. */
    static ResponseEntity<String> csv(SubsidyPayments payments, LocalDate approvedOn) {
        LocalDate day = approvedOn == null ? payments.today() : approvedOn;
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("subsidy-payments-" + day + ".csv").build().toString())
                .body(payments.csv(CurrentUser.get(), day));
    }
}
