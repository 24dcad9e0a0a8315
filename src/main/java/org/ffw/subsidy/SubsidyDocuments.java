package org.ffw.subsidy;

import java.util.List;

import org.ffw.platform.cases.CaseAccess;
import org.ffw.platform.cases.CaseAccess.Reader;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.document.Documents;
import org.ffw.platform.document.Documents.Document;
import org.ffw.platform.document.Documents.Party;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of a subsidy application: the employer attaches the birth medical certificate, the contribution
 * statement and what a supplement request asks for; district staff may attach their own. The employer sees its
 * files, staff all of them. Storage, type checks and the per-party limit are the kit's ({@link Documents}).
 */
@Service
class SubsidyDocuments {

    private final SubsidyCases cases;
    private final CaseRegistry registry;
    private final Documents documents;
    private final Timeline timeline;

    SubsidyDocuments(SubsidyCases cases, CaseRegistry registry, Documents documents, Timeline timeline) {
        this.cases = cases;
        this.registry = registry;
        this.documents = documents;
        this.timeline = timeline;
    }

    /** The employer's accounts or the district's staff add a file while the application is open. */
    @Transactional
    public Documents.Item attach(FfwUser me, String caseNo, String filename, byte[] content) {
        SubsidyApplication a = cases.lock(caseNo);
        if (a == null) {
            throw new NotFoundException("No such subsidy application.");
        }
        Reader reader = CaseAccess.require(me, registry.get(caseNo),
                "You may not add documents to this subsidy application.");
        if (a.status().closed()) {
            throw new ConflictException("The application is closed.");
        }
        Party party = reader == Reader.STAFF ? Party.STAFF : Party.EMPLOYER;
        Document d = documents.attach(caseNo, party, me.getUsername(), filename, content);
        timeline.record(caseNo, "DOCUMENT_ADDED", null, null,
                party == Party.EMPLOYER ? Visibility.PUBLIC : Visibility.STAFF,
                Note.of("timeline.note.documentAdded", d.filename()));
        return SubsidyViews.document(d);
    }

    public List<Documents.Item> list(FfwUser me, String caseNo) {
        SubsidyApplication a = cases.existing(caseNo);
        return visibleTo(require(me, caseNo), a);
    }

    /** A file of the case the caller may read: 404 when it is not on this case, 403 when not theirs to see. */
    public Document find(FfwUser me, String caseNo, long id) {
        cases.existing(caseNo);
        Reader reader = require(me, caseNo);
        Document d = documents.find(id).filter(x -> x.caseNo().equals(caseNo))
                .orElseThrow(() -> new NotFoundException("No such document on this application."));
        if (!maySee(reader, d)) {
            throw new ForbiddenException("You may not read this document.");
        }
        return d;
    }

    public byte[] content(Document d) {
        return documents.content(d);
    }

    List<Documents.Item> visibleTo(Reader reader, SubsidyApplication a) {
        return documents.list(a.caseNo()).stream().filter(d -> maySee(reader, d)).map(SubsidyViews::document)
                .toList();
    }

    private Reader require(FfwUser me, String caseNo) {
        return CaseAccess.require(me, registry.get(caseNo), "You may not read the documents of this application.");
    }

    private static boolean maySee(Reader reader, Document d) {
        return reader == Reader.STAFF || d.party() == Party.EMPLOYER;
    }
}
