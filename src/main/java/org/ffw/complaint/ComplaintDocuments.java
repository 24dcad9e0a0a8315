package org.ffw.complaint;

import java.time.Instant;
import java.util.List;

import org.ffw.platform.cases.CaseAccess;
import org.ffw.platform.cases.CaseAccess.Reader;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.document.Documents;
import org.ffw.platform.document.Documents.Document;
import org.ffw.platform.document.Documents.Party;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence on a complaint: who may add it, and whose files each reader sees. The complainant sees her own files;
 * the employer (once the case is accepted) its own, and the complainant's only when she did not ask for
 * confidentiality; district staff see all. Storage, type checks and the per-party limit are the kit's
 * ({@link Documents}).
 */
@Service
class ComplaintDocuments {

    private final ComplaintCases cases;
    private final CaseRegistry registry;
    private final Documents documents;
    private final Timeline timeline;
    private final ComplaintMapper mapper;

    ComplaintDocuments(ComplaintCases cases, CaseRegistry registry, Documents documents, Timeline timeline,
                       ComplaintMapper mapper) {
        this.mapper = mapper;
        this.cases = cases;
        this.registry = registry;
        this.documents = documents;
        this.timeline = timeline;
    }

    /** The complainant (any time before closure), the employer (once it sees the case) or staff attach a file. */
    @Transactional
    public Documents.Item attach(FfwUser me, String caseNo, String filename, byte[] content) {
        Complaint c = cases.lock(caseNo);
        if (c == null) {
            throw new NotFoundException("No such complaint.");
        }
        Reader reader = CaseAccess.require(me, registry.get(caseNo), "You may not add documents to this complaint.");
        if (c.status() == Status.CLOSED) {
            throw new ConflictException("The case is closed.");
        }
        Party party = switch (reader) {
            case APPLICANT -> Party.COMPLAINANT;
            case EMPLOYER -> Party.EMPLOYER;
            case STAFF -> Party.STAFF;
        };
        Document d = documents.attach(caseNo, party, me.getUsername(), filename, content);
        timeline.record(caseNo, "DOCUMENT_ADDED", null, null,
                employerMaySee(c, d) ? Visibility.PUBLIC : Visibility.PARTY,
                Note.of("timeline.note.documentAdded", d.filename()));
        return ComplaintViews.document(d);
    }

    /**
     * District staff attach the written record of a complaint they took down — the signed 笔录 of an oral complaint at
     * the counter, the record of a 12333 call, the letter — as the complainant's document (she reads it; the
     * employer only when she waived confidentiality). A later upload is the record from then on; the earlier stays.
     */
    @Transactional
    public Documents.Item attachIntakeRecord(FfwUser me, String caseNo, String filename, byte[] content) {
        Complaint c = cases.lock(caseNo);
        if (c == null) {
            throw new NotFoundException("No such complaint.");
        }
        if (CaseAccess.require(me, registry.get(caseNo), "You may not add documents to this complaint.")
                != Reader.STAFF || !me.has(Role.INSPECTOR)) {
            throw new ForbiddenException("The record of a complaint is attached by the district's inspectors.");
        }
        if (c.channel() == null || !c.channel().onBehalf()) {
            throw new ConflictException("This complaint was lodged by the complainant online: it has no intake record.");
        }
        if (c.status() == Status.CLOSED) {
            throw new ConflictException("The case is closed.");
        }
        Document d = documents.attach(caseNo, Party.COMPLAINANT, me.getUsername(), filename, content);
        mapper.setIntakeRecord(caseNo, d.id(), Instant.now());
        timeline.record(caseNo, "INTAKE_RECORD", null, null, Visibility.PARTY,
                Note.of("timeline.note.complaint.intakeRecord", Note.code("complaint.channel", c.channel()),
                        d.filename()));
        return ComplaintViews.document(d);
    }

    public List<Documents.Item> list(FfwUser me, String caseNo) {
        Complaint c = cases.existing(caseNo);
        Reader reader = CaseAccess.require(me, registry.get(caseNo),
                "You may not read the documents of this complaint.");
        return visibleTo(reader, c);
    }

    /** A document of the case the caller may read: 404 when it is not on this case, 403 when not theirs to see. */
    public Document find(FfwUser me, String caseNo, long id) {
        Complaint c = cases.existing(caseNo);
        Reader reader = CaseAccess.require(me, registry.get(caseNo),
                "You may not read the documents of this complaint.");
        Document d = documents.find(id).filter(x -> x.caseNo().equals(caseNo))
                .orElseThrow(() -> new NotFoundException("No such document on this case."));
        if (!maySee(reader, c, d)) {
            throw new ForbiddenException("You may not read this document.");
        }
        return d;
    }

    public byte[] content(Document d) {
        return documents.content(d);
    }

    /** The employer's own files on the case, newest last. */
    List<Documents.Item> employerFiles(Complaint c) {
        return documents.list(c.caseNo()).stream().filter(d -> d.party() == Party.EMPLOYER)
                .map(ComplaintViews::document).toList();
    }

    /** The case's files as this reader may see them. */
    List<Documents.Item> visibleTo(Reader reader, Complaint c) {
        return documents.list(c.caseNo()).stream().filter(d -> maySee(reader, c, d))
                .map(ComplaintViews::document).toList();
    }

    private static boolean maySee(Reader reader, Complaint c, Document d) {
        return switch (reader) {
            case STAFF -> true;
            case APPLICANT -> d.party() == Party.COMPLAINANT;
            case EMPLOYER -> employerMaySee(c, d);
        };
    }

    private static boolean employerMaySee(Complaint c, Document d) {
        return d.party() == Party.EMPLOYER || (d.party() == Party.COMPLAINANT && !c.confidential());
    }
}
