package org.ffw.complaint;

import java.time.Instant;

import org.ffw.identity.EmployeeRegistered;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A complaint district staff took down for a person without an account joins the account the person opens later
 * with the same resident ID number and the phone the complaint was lodged with (confirmed by a code at
 * registration): from then on it is in her list, its notices reach her account, and her next task goes to her.
 */
@Component
class ComplaintAccounts {

    private final ComplaintMapper complaints;
    private final CaseRegistry registry;
    private final ComplaintProcess process;
    private final Timeline timeline;

    ComplaintAccounts(ComplaintMapper complaints, CaseRegistry registry, ComplaintProcess process, Timeline timeline) {
        this.complaints = complaints;
        this.registry = registry;
        this.process = process;
        this.timeline = timeline;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(EmployeeRegistered account) {
        for (String caseNo : complaints.lodgedForAccountless(account.residentId(), account.phone())) {
            if (complaints.joinAccount(caseNo, account.username(), Instant.now()) == 1
                    && registry.joinApplicant(caseNo, account.username())) {
                process.complainantJoined(caseNo, account.username());
                timeline.recordAs(caseNo, account.username(), "EMPLOYEE", "JOINED_ACCOUNT", null, null,
                        Visibility.PARTY, Note.of("timeline.note.complaint.joinedAccount"));
            }
        }
    }
}
