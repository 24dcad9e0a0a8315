package org.ffw.complaint;

import java.time.Instant;

import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The extension of the investigation period (条例 Art. 17: 60 working days from acceptance, once 30 more with the
 * approval of the head of the inspection body). An inspector of the handling district asks for it at any time from the
 * acceptance until the finding — from the case page or the API here, or from the investigate task's form
 * ({@link ComplaintTasks}); both doors send the same message to the same approval ({@code approveExtension}) and keep
 * the same rule: one request per case, approved or refused.
 */
@Service
public class ComplaintExtensions {

    /** The bounds of the investigate form's extensionReason, for both doors. */
    static final int REASON_MIN = 10;
    static final int REASON_MAX = 1000;

    private final ComplaintCases cases;
    private final ComplaintMapper complaints;
    private final Timeline timeline;
    private final ComplaintProcess process;

    ComplaintExtensions(ComplaintCases cases, ComplaintMapper complaints, Timeline timeline,
                        ComplaintProcess process) {
        this.cases = cases;
        this.complaints = complaints;
        this.timeline = timeline;
        this.process = process;
    }

    /** The one rule of both doors: a case gets one extension request, approved or refused. */
    static boolean alreadyRequested(Complaint c) {
        return c.extended() || c.extensionReason() != null;
    }

    /** A request waits for the supervisor's decision (the finding waits for it too). */
    static boolean pending(Complaint c) {
        return c.extensionReason() != null && c.extensionDecision() == null;
    }

    /** Whether this user may ask now: an inspector of the handling district, after acceptance, before the finding. */
    public boolean mayRequest(FfwUser me, String caseNo) {
        Complaint c = cases.find(caseNo);
        return c != null && inspectorOf(me, c) && c.status() == Status.INVESTIGATING && !alreadyRequested(c);
    }

    /**
     * An inspector of the handling district asks for 30 more working days: 404 for no such case, 403 for anyone
     * else, 400 for a reason blank or outside 10–1000 characters, 409 before the acceptance, after the finding, or
     * when the case has been extended or the extension requested already. The reason is stored, the staff timeline
     * records it and the supervisors' approval task opens; the investigation goes on meanwhile.
     */
    @Transactional
    public void request(FfwUser me, String caseNo, String reason) {
        Complaint c = cases.lock(caseNo);
        if (c == null) {
            throw new NotFoundException("No such complaint.");
        }
        if (!inspectorOf(me, c)) {
            throw new ForbiddenException("Only an inspector of the district handling the case may request an "
                    + "extension of the investigation period.");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("reason", "must not be blank");
        }
        if (text.length() < REASON_MIN) {
            throw new InvalidInputException("reason", "must have at least " + REASON_MIN + " characters");
        }
        if (text.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "must have at most " + REASON_MAX + " characters");
        }
        if (c.status() != Status.INVESTIGATING) {
            throw new ConflictException("An extension can be requested from the acceptance until the finding.");
        }
        if (alreadyRequested(c) || complaints.requestExtension(caseNo, text, Instant.now()) == 0) {
            throw new ConflictException("The investigation period can be extended only once, and "
                    + (c.extended() ? "it has been extended already." : "the extension has been requested already."));
        }
        timeline.record(caseNo, "EXTENSION_REQUESTED", null, null, Visibility.STAFF,
                Note.of("timeline.note.complaint.extensionRequested", text));
        if (!process.requestExtension(caseNo)) {
            throw new ConflictException("The case no longer takes an extension request.");
        }
    }

    private static boolean inspectorOf(FfwUser me, Complaint c) {
        return me.isStaffOf(c.district(), java.util.Set.of(Role.INSPECTOR));
    }
}
