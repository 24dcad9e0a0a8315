package org.ffw.platform.cases;

import java.util.Optional;

import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.ForbiddenException;

/**
 * Who may read or act on a case, written once against the registry row. A procedure adds its own finer rules (which
 * fields, which documents, which actions) on top of the reader this gives.
 * <ul>
 * <li>{@link Reader#APPLICANT}: the account that lodged or applied, or one acting for it (a representative);</li>
 * <li>{@link Reader#STAFF}: district staff of the case's district holding one of the procedure's staff roles
 * ({@link Procedure#staffRoles()}) — HRB inspectors, supervisors, officers, and the union of the district;</li>
 * <li>{@link Reader#EMPLOYER}: an account of the employer concerned, once the case is visible to it.</li>
 * </ul>
 */
public final class CaseAccess {

    /** How a user stands to a case. */
    public enum Reader { APPLICANT, STAFF, EMPLOYER }

    private CaseAccess() {
    }

    public static Optional<Reader> readerOf(FfwUser me, CaseRecord c) {
        if (c.actsAsApplicant(me.getUsername())) {
            return Optional.of(Reader.APPLICANT);
        }
        if (isStaffOf(me, c)) {
            return Optional.of(Reader.STAFF);
        }
        if (isEmployerOf(me, c)) {
            return Optional.of(Reader.EMPLOYER);
        }
        return Optional.empty();
    }

    /** The reader, or 403 with the given reason. */
    public static Reader require(FfwUser me, CaseRecord c, String refusal) {
        return readerOf(me, c).orElseThrow(() -> new ForbiddenException(refusal));
    }

    public static boolean isStaffOf(FfwUser me, CaseRecord c) {
        return me.isStaffOf(c.district(), c.procedure().staffRoles());
    }

    /** An account of the employer concerned, once the case is visible to the employer. */
    public static boolean isEmployerOf(FfwUser me, CaseRecord c) {
        return c.employerVisible() && me.has(Role.EMPLOYER) && c.employerCreditCode() != null
                && c.employerCreditCode().equals(me.employerCreditCode());
    }
}
