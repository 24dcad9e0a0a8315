package org.ffw.complaint;

import org.ffw.platform.web.Paging;
import java.net.URI;
import java.util.List;

import org.ffw.complaint.ComplaintViews.EmployerListItem;
import org.ffw.complaint.ComplaintViews.EmployerView;
import org.ffw.complaint.ComplaintViews.ListItem;
import org.ffw.platform.document.DocumentUploads;
import org.ffw.platform.document.Documents;
import org.ffw.platform.document.Documents.Document;
import org.ffw.platform.idempotency.Idempotency;
import org.ffw.platform.instrument.Instruments;
import org.ffw.platform.security.CurrentUser;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "complaints")
class ComplaintController {

    private final ComplaintService complaints;
    private final ComplaintReads reads;
    private final ComplaintDocuments documents;
    private final Idempotency idempotency;
    private final DocumentUploads uploads;
    private final ComplaintExtensions extensions;
    private final Instruments instruments;
    private final ComplaintInstruments complaintInstruments;

    ComplaintController(ComplaintService complaints, ComplaintReads reads, ComplaintDocuments documents,
                        Idempotency idempotency, DocumentUploads uploads, ComplaintExtensions extensions,
                        Instruments instruments, ComplaintInstruments complaintInstruments) {
        this.instruments = instruments;
        this.complaintInstruments = complaintInstruments;
        this.complaints = complaints;
        this.extensions = extensions;
        this.reads = reads;
        this.documents = documents;
        this.idempotency = idempotency;
        this.uploads = uploads;
    }

    @PostMapping("/api/v1/complaints")
    @PreAuthorize("hasAnyRole('EMPLOYEE', 'INSPECTOR')")
    @Operation(summary = "Lodge a complaint: the employee's own (channel WEB), or a district inspector's on behalf of a "
            + "person (COUNTER, HOTLINE_12333, LETTER with onBehalfOf); a collective complaint names coComplainants "
            + "and up to 5 representatives; honours Idempotency-Key")
    ResponseEntity<JsonNode> lodge(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
                                   @Valid @RequestBody LodgeComplaint body) {
        return idempotency.run("complaints", key, body, () -> {
            var lodged = complaints.lodge(CurrentUser.get(), body);
            return ResponseEntity.created(URI.create("/api/v1/complaints/" + lodged.caseNo())).body(lodged);
        });
    }

    @GetMapping("/api/v1/complaints")
    @Operation(summary = "The complainant's own complaints, or the district's for HRB and union staff")
    List<ListItem> list(@RequestParam(required = false) Status status,
                        @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return reads.listFor(CurrentUser.get(), status == null ? null : status.name(), page, size);
    }

    @GetMapping("/api/v1/complaints/{caseNo}")
    @Operation(summary = "A complaint: the complainant's view, or the full case for district staff")
    Object get(@PathVariable String caseNo) {
        return reads.read(CurrentUser.get(), caseNo);
    }

    record Withdrawal(@Size(max = 1000) String reason) {
    }

    @PostMapping("/api/v1/complaints/{caseNo}/withdraw")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The complainant withdraws the complaint (before a finding)")
    void withdraw(@PathVariable String caseNo, @Valid @RequestBody(required = false) Withdrawal body) {
        complaints.withdraw(CurrentUser.get(), caseNo, body == null ? null : body.reason());
    }

    record ExtensionRequest(@NotBlank @Size(min = ComplaintExtensions.REASON_MIN,
            max = ComplaintExtensions.REASON_MAX) String reason) {
    }

    @PostMapping("/api/v1/complaints/{caseNo}/extension-request")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "An inspector of the handling district requests 30 more working days for the investigation "
            + "(once per case, from acceptance until the finding); the supervisor approves or refuses")
    void requestExtension(@PathVariable String caseNo, @Valid @RequestBody ExtensionRequest body) {
        extensions.request(CurrentUser.get(), caseNo, body.reason());
    }

    record Rating(@NotNull @Min(1) @Max(5) Integer score, @Size(max = 1000) String comment) {
    }

    @PostMapping("/api/v1/complaints/{caseNo}/rating")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "好差评: rate the handling 1–5, once, after closure")
    void rate(@PathVariable String caseNo, @Valid @RequestBody Rating body) {
        complaints.rate(CurrentUser.get(), caseNo, body.score(), body.comment());
    }

    @PostMapping(path = "/api/v1/complaints/{caseNo}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach evidence: PDF, JPEG or PNG (by content), at most 10 MB, 10 per party of a case; "
            + "honours Idempotency-Key")
    ResponseEntity<JsonNode> attach(@PathVariable String caseNo,
                                    @RequestHeader(name = Idempotency.HEADER, required = false) String key,
                                    @RequestPart("file") MultipartFile file) {
        return uploads.api("complaint-documents", caseNo, key, file,
                (name, content) -> documents.attach(CurrentUser.get(), caseNo, name, content));
    }

    @PostMapping(path = "/api/v1/complaints/{caseNo}/intake-record", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "District inspectors attach the signed record (笔录) of a complaint taken down at the counter, "
            + "the record of a 12333 call or the letter; honours Idempotency-Key")
    ResponseEntity<JsonNode> attachIntakeRecord(@PathVariable String caseNo,
                                                @RequestHeader(name = Idempotency.HEADER, required = false) String key,
                                                @RequestPart("file") MultipartFile file) {
        return uploads.api("complaint-intake-records", caseNo, key, file,
                (name, content) -> documents.attachIntakeRecord(CurrentUser.get(), caseNo, name, content));
    }

    @GetMapping("/api/v1/complaints/{caseNo}/documents")
    @Operation(summary = "The documents of a case the caller may read")
    List<Documents.Item> documents(@PathVariable String caseNo) {
        return documents.list(CurrentUser.get(), caseNo);
    }

    @GetMapping("/api/v1/complaints/{caseNo}/documents/{id}")
    @Operation(summary = "Download a document of a case the caller may read")
    ResponseEntity<byte[]> download(@PathVariable String caseNo, @PathVariable long id) {
        Document d = documents.find(CurrentUser.get(), caseNo, id);
        return DocumentUploads.download(d, documents.content(d));
    }

    @GetMapping("/api/v1/complaints/{caseNo}/instruments")
    @Operation(summary = "The formal instruments (文书) of a case the caller may read: the complainant those addressed "
            + "to her, the employer its own, district staff all")
    List<Instruments.Item> instruments(@PathVariable String caseNo) {
        return instruments.listFor(CurrentUser.get(), caseNo).stream()
                .map(l -> Instruments.item(l, "/api/v1/complaints/" + caseNo)).toList();
    }

    @GetMapping("/api/v1/complaints/{caseNo}/instruments/{id}")
    @Operation(summary = "Download an instrument (PDF); the addressee's first download is its service (送达)")
    ResponseEntity<byte[]> instrument(@PathVariable String caseNo, @PathVariable long id) {
        return Instruments.download(instruments.serve(CurrentUser.get(), caseNo, id, Instruments.Channel.DOWNLOAD));
    }

    record Correction(@NotBlank @Size(min = 5, max = 1000) String reason) {
    }

    @PostMapping("/api/v1/complaints/{caseNo}/instruments/{id}/corrections")
    @Operation(summary = "Correct an instrument (inspectors, supervisors of the district): a new version naming the "
            + "replaced one, which stays unchanged")
    ResponseEntity<Instruments.Item> correct(@PathVariable String caseNo, @PathVariable long id,
                                             @Valid @RequestBody Correction body) {
        var issued = complaintInstruments.correct(CurrentUser.get(), caseNo, id, body.reason().strip());
        var item = Instruments.item(new Instruments.Listed(issued, null, null), "/api/v1/complaints/" + caseNo);
        return ResponseEntity.created(URI.create(item.href())).body(item);
    }

    @PostMapping("/api/v1/complaints/{caseNo}/instruments/{id}/served-by-post")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Staff record that the addressee was served the instrument by post (邮寄送达)")
    void servedByPost(@PathVariable String caseNo, @PathVariable long id) {
        instruments.servedByPost(CurrentUser.get(), caseNo, id);
    }

    @GetMapping("/api/v1/employer/complaints")
    @PreAuthorize("hasRole('EMPLOYER')")
    @Operation(summary = "Complaints against the caller's organisation, from the investigation on")
    List<EmployerListItem> employerList() {
        return reads.listForEmployer(CurrentUser.get());
    }

    @GetMapping("/api/v1/employer/complaints/{caseNo}")
    @PreAuthorize("hasRole('EMPLOYER')")
    @Operation(summary = "A complaint against the caller's organisation (no complainant identity when confidential)")
    EmployerView employerGet(@PathVariable String caseNo) {
        return reads.readForEmployer(CurrentUser.get(), caseNo);
    }

}
