package org.ffw.platform.document;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.ffw.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files on cases, for every procedure: PDF, JPEG or PNG — the type is decided by parsing the content
 * ({@link FileCheck}), never from the name, the declared type or the first bytes alone — at most 10 MB each and 10 per party of a case (one party cannot use up another's
 * quota). Whether a reader may see a case (and which parties' files) is the procedure's decision; this service only
 * stores, lists and returns. Uploads through the API and the pages go through {@link DocumentUploads}.
 */
@Service
public class Documents {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_PER_PARTY = 10;

    private final DocumentMapper mapper;
    private final DocumentStorage storage;

    Documents(DocumentMapper mapper, DocumentStorage storage) {
        this.mapper = mapper;
        this.storage = storage;
    }

    public enum Party { COMPLAINANT, EMPLOYER, STAFF, APPLICANT }

    public record Document(long id, String caseNo, Party party, String uploadedBy, String filename,
                           String contentType, long sizeBytes, String sha256, String storageKey, Instant createdAt) {
    }

    /** What a reader gets of a document: its link is under the procedure's own case path. */
    public record Item(long id, String filename, String contentType, long sizeBytes, String party, String uploadedAt,
                       String href) {
    }

    /** A document as a list item, linked as {@code <casePath>/documents/<id>}. */
    public static Item item(Document d, String casePath) {
        return new Item(d.id(), d.filename(), d.contentType(), d.sizeBytes(), d.party().name(),
                d.createdAt().toString(), casePath + "/documents/" + d.id());
    }

    /**
     * Stores a file on a case. 400 (field "file") for an empty, too large, or unsupported file, or when this party
     * already has {@link #MAX_PER_PARTY} files on the case.
     */
    @Transactional
    public Document attach(String caseNo, Party party, String uploadedBy, String filename, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "is larger than 10 MB");
        }
        FileCheck.Verdict verdict = FileCheck.check(content);
        if (verdict instanceof FileCheck.Refused r) {
            throw new InvalidInputException("file", r.reason());
        }
        String type = ((FileCheck.Accepted) verdict).contentType();
        if (mapper.countForParty(caseNo, party) >= MAX_PER_PARTY) {
            throw new InvalidInputException("file", "you already have " + MAX_PER_PARTY + " files on this case");
        }
        String name = safeName(filename, type);
        String key = storage.put(content);
        Document d = new Document(0, caseNo, party, uploadedBy, name, type, content.length, sha256(content), key,
                Instant.now());
        mapper.insert(d);
        return mapper.findByKey(key);
    }

    public List<Document> list(String caseNo) {
        return mapper.forCase(caseNo);
    }

    public Optional<Document> find(long id) {
        return Optional.ofNullable(mapper.find(id));
    }

    public byte[] content(Document d) {
        return storage.get(d.storageKey());
    }

    /** The name without a path, control characters or quotes, with an extension that matches the content. */
    static String safeName(String filename, String type) {
        String base = filename == null ? "" : filename.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        String ext = switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            default -> ".png";
        };
        if (base.isEmpty()) {
            base = "document";
        }
        String lower = base.toLowerCase(java.util.Locale.ROOT);
        boolean matches = lower.endsWith(ext) || (ext.equals(".jpg") && lower.endsWith(".jpeg"));
        if (!matches) {
            base = base + ext;
        }
        return base.length() <= 200 ? base : base.substring(base.length() - 200);
    }

    static String sha256(byte[] content) {
        return org.ffw.platform.Hashes.sha256(content);
    }

    @Mapper
    interface DocumentMapper {

        @Insert("""
                INSERT INTO document (case_no, party, uploaded_by, filename, content_type, size_bytes, sha256,
                                      storage_key, created_at)
                VALUES (#{caseNo}, #{party}, #{uploadedBy}, #{filename}, #{contentType}, #{sizeBytes}, #{sha256},
                        #{storageKey}, #{createdAt})""")
        int insert(Document d);

        @Select("""
                SELECT id, case_no, party, uploaded_by, filename, content_type, size_bytes, sha256, storage_key,
                       created_at
                FROM document WHERE storage_key = #{key}""")
        Document findByKey(@Param("key") String key);

        @Select("SELECT COUNT(*) FROM document WHERE case_no = #{caseNo} AND party = #{party}")
        int countForParty(@Param("caseNo") String caseNo, @Param("party") Party party);

        @Select("""
                SELECT id, case_no, party, uploaded_by, filename, content_type, size_bytes, sha256, storage_key,
                       created_at
                FROM document WHERE case_no = #{caseNo} ORDER BY id""")
        List<Document> forCase(@Param("caseNo") String caseNo);

        @Select("""
                SELECT id, case_no, party, uploaded_by, filename, content_type, size_bytes, sha256, storage_key,
                       created_at
                FROM document WHERE id = #{id}""")
        Document find(@Param("id") long id);
    }
}
