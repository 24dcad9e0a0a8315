package org.ffw.platform.cases;

import org.ffw.platform.outbox.Outbox;
import org.ffw.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices about a case to its parties, queued in the outbox inside the business transaction. What a notice to the
 * employer says is the procedure's responsibility: only words written for the employer.
 */
@Service
public class CaseNotices {

    private final Outbox outbox;
    private final Recipients recipients;
    private final CaseRegistry registry;

    CaseNotices(Outbox outbox, Recipients recipients, CaseRegistry registry) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.registry = registry;
    }

    /** To the account that lodged or applied. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toApplicant(String caseNo, String template, String subject, String body) {
        CaseRecord c = registry.get(caseNo);
        if (c.applicantUsername() != null) {
            outbox.enqueue(c.applicantUsername(), c.caseNo(), template, subject, body);
        }
    }

    /** To every account of the employer concerned. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toEmployer(String caseNo, String template, String subject, String body) {
        CaseRecord c = registry.get(caseNo);
        if (c.employerCreditCode() == null) {
            return;
        }
        for (String account : recipients.employerAccounts(c.employerCreditCode())) {
            outbox.enqueue(account, c.caseNo(), template, subject, body);
        }
    }

    /** To the staff of the case's district holding the role. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toStaff(String caseNo, Role role, String template, String subject, String body) {
        CaseRecord c = registry.get(caseNo);
        for (String account : recipients.staffOf(c.district(), role)) {
            outbox.enqueue(account, c.caseNo(), template, subject, body);
        }
    }

    /**
     * To one staff member of the case's district holding the role (say, the inspector working the case); false, and
     * nothing queued, when that account is not such a member.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean toStaffMember(String caseNo, Role role, String username, String template, String subject,
                                 String body) {
        CaseRecord c = registry.get(caseNo);
        if (username == null || !recipients.staffOf(c.district(), role).contains(username)) {
            return false;
        }
        outbox.enqueue(username, c.caseNo(), template, subject, body);
        return true;
    }
}
