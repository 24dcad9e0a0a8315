package org.ffw.supervision;

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
 * Files on a supervision case: the union's (its findings, records of the supervisors' visit — party STAFF, added by
 * the union's staff only) and the employer's (proof of its correction, with its written answer). Staff of the
 * district see all; the employer only its own — the union's files may name the workers who came to it.
 */
@Service
class SupervisionDocuments {

    private final SupervisionCases cases;
    private final CaseRegistry registry;
    private final Documents documents;
    private final Timeline timeline;

    SupervisionDocuments(SupervisionCases cases, CaseRegistry registry, Documents documents, Timeline timeline) {
        this.cases = cases;
        this.registry = registry;
        this.documents = documents;
        this.timeline = timeline;
    }

    @Transactional
    public Documents.Item attach(FfwUser me, String caseNo, String filename, byte[] content) {
        Supervision s = cases.lock(caseNo);
        if (s == null) {
            throw new NotFoundException("No such supervision case.");
        }
        Reader reader = CaseAccess.require(me, registry.get(caseNo), "You may not add files to this case.");
        if (reader == Reader.STAFF && !me.has(Role.UNION_REVIEWER) && !me.has(Role.UNION_SUPERVISOR)) {
            throw new ForbiddenException("The union's files are added by the union.");
        }
        if (s.status() == SupervisionStatus.CLOSED) {
            throw new ConflictException("The case is closed.");
        }
        Party party = reader == Reader.EMPLOYER ? Party.EMPLOYER : Party.STAFF;
        Document d = documents.attach(caseNo, party, me.getUsername(), filename, content);
        timeline.record(caseNo, "DOCUMENT_ADDED", null, null,
                party == Party.EMPLOYER ? Visibility.PUBLIC : Visibility.STAFF,
                Note.of("timeline.note.documentAdded", d.filename()));
        return item(d);
    }

    public List<Documents.Item> list(FfwUser me, String caseNo) {
        cases.existing(caseNo);
        Reader reader = read(me, caseNo);
        return visibleTo(reader, caseNo);
    }

    public Document find(FfwUser me, String caseNo, long id) {
        cases.existing(caseNo);
        Reader reader = read(me, caseNo);
        Document d = documents.find(id).filter(x -> x.caseNo().equals(caseNo))
                .orElseThrow(() -> new NotFoundException("No such document on this case."));
        if (reader == Reader.EMPLOYER && d.party() != Party.EMPLOYER) {
            throw new ForbiddenException("You may not read this document.");
        }
        return d;
    }

    public byte[] content(Document d) {
        return documents.content(d);
    }

    List<Documents.Item> visibleTo(Reader reader, String caseNo) {
        return documents.list(caseNo).stream().filter(d -> reader != Reader.EMPLOYER || d.party() == Party.EMPLOYER)
                .map(SupervisionDocuments::item).toList();
    }

    List<Document> of(String caseNo, Party party) {
        return documents.list(caseNo).stream().filter(d -> d.party() == party).toList();
    }

    private Reader read(FfwUser me, String caseNo) {
        return CaseAccess.readerOf(me, registry.get(caseNo)).orElseThrow(() -> me.has(Role.EMPLOYER)
                ? new NotFoundException("No such supervision case.")
                : new ForbiddenException("You may not read the files of this case."));
    }

    static Documents.Item item(Document d) {
        return Documents.item(d, "/api/v1/union-supervision/" + d.caseNo());
    }
}
