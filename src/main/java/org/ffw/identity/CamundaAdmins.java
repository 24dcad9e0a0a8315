package org.ffw.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The Camunda webapps look the signed-in user up in Camunda's identity service. Each FFW administrator is mirrored
 * there as a user without a password (so Camunda's own login form cannot be used: there is no second password) in
 * the group camunda-admin.
 */
@Component
class CamundaAdmins implements SmartInitializingSingleton {

    static final String GROUP = "camunda-admin";

    private final IdentityService identity;
    private final UserMapper users;

    CamundaAdmins(IdentityService identity, UserMapper users) {
        this.identity = identity;
        this.users = users;
    }

    /** Administrators created before this mirror existed, or directly in the database. */
    @Override
    public void afterSingletonsInstantiated() {
        for (UserAccount admin : users.withRole("ADMIN")) {
            ensure(admin.username(), admin.displayName());
        }
    }

    void ensure(String username, String displayName) {
        if (identity.createGroupQuery().groupId(GROUP).count() == 0) {
            Group group = identity.newGroup(GROUP);
            group.setName("Camunda administrators");
            group.setType("SYSTEM");
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(username).count() == 0) {
            User user = identity.newUser(username);
            user.setFirstName(displayName);
            user.setLastName("");
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(username).memberOfGroup(GROUP).count() == 0) {
            identity.createMembership(username, GROUP);
        }
    }
}
