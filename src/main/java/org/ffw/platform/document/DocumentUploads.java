package org.ffw.platform.document;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.ffw.platform.idempotency.Idempotency;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.FieldErrors;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.PageFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The two doors through which a file reaches a case, for every procedure: the API ({@code multipart/form-data} with
 * an optional {@code Idempotency-Key}) and the case pages (a one-time token in the upload form). Either way a
 * retried upload stores the file once; the procedure only says who may attach what ({@link Attach}).
 */
@Component
public class DocumentUploads {

    private final Idempotency idempotency;
    private final PageFormat fmt;

    DocumentUploads(Idempotency idempotency, PageFormat fmt) {
        this.idempotency = idempotency;
        this.fmt = fmt;
    }

    /** The procedure's rule for attaching a file to one case: checks the caller and stores it. */
    @FunctionalInterface
    public interface Attach {
        Documents.Item attach(String filename, byte[] content);
    }

    /** What identifies a retried upload: the case, the name and the content. */
    record Upload(String caseNo, String filename, String sha256) {
    }

    /** The API: 201 with the document; the same key again returns the first document and stores nothing. */
    public ResponseEntity<JsonNode> api(String scope, String caseNo, String key, MultipartFile file, Attach attach) {
        byte[] content = content(file);
        return idempotency.run(scope, key, new Upload(caseNo, file.getOriginalFilename(), Documents.sha256(content)),
                () -> ResponseEntity.status(HttpStatus.CREATED)
                        .body(attach.attach(file.getOriginalFilename(), content)));
    }

    /** The download of a document the caller may read: its type, an attachment with its (UTF-8) name, no sniffing. */
    public static ResponseEntity<byte[]> download(Documents.Document d, byte[] content) {
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(d.contentType()))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(d.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    /** A page: the outcome as a flash message ({@code notice}, or {@code uploadError}) in the page's language. */
    public void page(String scope, String caseNo, String token, MultipartFile file, RedirectAttributes flash,
                     Attach attach) {
        if (file == null || file.isEmpty()) {
            flash.addFlashAttribute("uploadError", fmt.message("work.upload.chooseFile"));
            return;
        }
        try {
            JsonNode d = api(scope, caseNo, token, file, attach).getBody();
            flash.addFlashAttribute("notice", fmt.message("work.upload.done", d.path("filename").asText()));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("uploadError", FieldErrors.of(e).all().get(0).text());
        } catch (Idempotency.KeyReusedException e) {
            flash.addFlashAttribute("uploadError", fmt.message("work.upload.formUsed"));
        } catch (ConflictException e) {
            flash.addFlashAttribute("uploadError", fmt.message("work.upload.closed"));
        }
    }

    private static byte[] content(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "is empty");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
