package org.ffw.platform.cases;

import org.ffw.platform.outbox.Notice;
import org.ffw.platform.outbox.Notices;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices about a case to its parties, queued in the outbox inside the business transaction, each worded in its
 * recipient's language ({@link Notices}). What a notice to the employer says is the procedure's responsibility: only
 * words written for the employer.
 */
@Service
public class CaseNotices {

    private final Notices notices;
    private final Recipients recipients;
    private final CaseRegistry registry;

    CaseNotices(Notices notices, Recipients recipients, CaseRegistry registry) {
        this.notices = notices;
        this.recipients = recipients;
        this.registry = registry;
    }

    /** To the account that lodged or applied, and to those acting for it (a collective complaint's representatives). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toApplicant(String caseNo, Notice notice) {
        CaseRecord c = registry.get(caseNo);
        if (c.applicantUsername() != null) {
            notices.queue(c.applicantUsername(), c.caseNo(), notice);
        }
        c.representatives().stream().sorted().forEach(r -> notices.queue(r, c.caseNo(), notice));
    }

    /**
     * By text message to a person who has no account (yet): someone whose complaint district staff took down at the
     * counter or on the hotline. Worded in Chinese, the language of the bureau's counter and hotline.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toPhone(String caseNo, String phone, Notice notice) {
        notices.queueIn(Languages.ZH, phone, caseNo, notice);
    }

    /** To every account of the employer concerned. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toEmployer(String caseNo, Notice notice) {
        CaseRecord c = registry.get(caseNo);
        if (c.employerCreditCode() == null) {
            return;
        }
        for (String account : recipients.employerAccounts(c.employerCreditCode())) {
            notices.queue(account, c.caseNo(), notice);
        }
    }

    /** To the staff of the case's district holding the role. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toStaff(String caseNo, Role role, Notice notice) {
        CaseRecord c = registry.get(caseNo);
        for (String account : recipients.staffOf(c.district(), role)) {
            notices.queue(account, c.caseNo(), notice);
        }
    }

    /**
     * To one staff member of the case's district holding the role (say, the inspector working the case); false, and
     * nothing queued, when that account is not such a member.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean toStaffMember(String caseNo, Role role, String username, Notice notice) {
        CaseRecord c = registry.get(caseNo);
        if (username == null || !recipients.staffOf(c.district(), role).contains(username)) {
            return false;
        }
        notices.queue(username, c.caseNo(), notice);
        return true;
    }
}
