package org.ffw.identity;

import java.util.List;

import org.ffw.platform.cases.Recipients;
import org.ffw.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who is behind an employer or a staff role, read-only: for notices and task routing. Separate from
 * {@link UserService} (which also mirrors administrators into Camunda) so that the engine's own listeners may use it.
 */
@Component
class UserDirectory implements Recipients {

    private final UserMapper users;

    UserDirectory(UserMapper users) {
        this.users = users;
    }

    @Override
    public List<String> employerAccounts(String creditCode) {
        return users.usernamesOfEmployer(creditCode);
    }

    @Override
    public List<String> staffOf(String district, Role role) {
        return users.usernamesInDistrictWithRole(district, role.name());
    }
}
