package org.ffw.platform.cases;

import java.util.List;

import org.ffw.platform.security.Role;

/** Who receives a case's notices: the accounts behind an employer or a role (implemented by the identity module). */
public interface Recipients {

    /** Enabled accounts acting for an employer. */
    List<String> employerAccounts(String creditCode);

    /** Enabled staff of a district holding a role. */
    List<String> staffOf(String district, Role role);
}
