package org.ffw.supervision;

import org.ffw.platform.web.Paging;
import java.net.URI;
import java.util.List;

import org.ffw.platform.document.DocumentUploads;
import org.ffw.platform.document.Documents;
import org.ffw.platform.document.Documents.Document;
import org.ffw.platform.idempotency.Idempotency;
import org.ffw.platform.security.CurrentUser;
import org.ffw.supervision.SupervisionViews.ListItem;
import org.ffw.platform.instrument.Instruments;
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

@RestController
@Tag(name = "union-supervision")
class SupervisionController {

    private final SupervisionService service;
    private final SupervisionReads reads;
    private final SupervisionDocuments documents;
    private final Idempotency idempotency;
    private final DocumentUploads uploads;

    SupervisionController(SupervisionService service, SupervisionReads reads, SupervisionDocuments documents,
                          Idempotency idempotency, DocumentUploads uploads) {
        this.service = service;
        this.reads = reads;
        this.documents = documents;
        this.idempotency = idempotency;
        this.uploads = uploads;
    }

    @PostMapping("/api/v1/union-supervision")
    @PreAuthorize("hasRole('UNION_REVIEWER')")
    @Operation(summary = "A union reviewer opens a supervision case and issues the supervision opinion to the "
            + "employer (its own district); honours Idempotency-Key")
    ResponseEntity<JsonNode> open(@RequestHeader(name = Idempotency.HEADER, required = false) String key,
                                  @Valid @RequestBody OpenSupervision body) {
        return idempotency.run("union-supervision", key, body, () -> {
            var opened = service.open(CurrentUser.get(), body);
            return ResponseEntity.created(URI.create("/api/v1/union-supervision/" + opened.caseNo())).body(opened);
        });
    }

    @GetMapping("/api/v1/union-supervision")
    @Operation(summary = "The district's supervision cases (union and HRB staff), or the employer's own")
    List<ListItem> list(@RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return reads.listFor(CurrentUser.get(), page, size);
    }

    @GetMapping("/api/v1/union-supervision/{caseNo}")
    @Operation(summary = "A supervision case: the whole case for the district's staff, the employer's own view")
    Object get(@PathVariable String caseNo) {
        return reads.read(CurrentUser.get(), caseNo);
    }

    @GetMapping("/api/v1/union-supervision/{caseNo}/instruments/{id}")
    @Operation(summary = "A letter of the case as PDF: the opinion (the employer's), the suggestion letter (staff only);"
            + " the addressee's first download is its service")
    ResponseEntity<byte[]> letter(@PathVariable String caseNo, @PathVariable long id) {
        return pdf(reads.letter(CurrentUser.get(), caseNo, id, Instruments.Channel.DOWNLOAD));
    }

    static ResponseEntity<byte[]> pdf(Instruments.Served served) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(served.instrument().docNumber() + ".pdf").build().toString())
                .body(served.pdf());
    }

    @PostMapping(path = "/api/v1/union-supervision/{caseNo}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file (the union's, or the employer's proof): PDF, JPEG or PNG, 10 MB, 10 per party; "
            + "honours Idempotency-Key")
    ResponseEntity<JsonNode> attach(@PathVariable String caseNo,
                                    @RequestHeader(name = Idempotency.HEADER, required = false) String key,
                                    @RequestPart("file") MultipartFile file) {
        return uploads.api("supervision-documents", caseNo, key, file,
                (name, content) -> documents.attach(CurrentUser.get(), caseNo, name, content));
    }

    @GetMapping("/api/v1/union-supervision/{caseNo}/documents")
    @Operation(summary = "The files of a case the caller may read")
    List<Documents.Item> documents(@PathVariable String caseNo) {
        return documents.list(CurrentUser.get(), caseNo);
    }

    @GetMapping("/api/v1/union-supervision/{caseNo}/documents/{id}")
    @Operation(summary = "Download a file of a case the caller may read")
    ResponseEntity<byte[]> download(@PathVariable String caseNo, @PathVariable long id) {
        Document d = documents.find(CurrentUser.get(), caseNo, id);
        return DocumentUploads.download(d, documents.content(d));
    }
}
