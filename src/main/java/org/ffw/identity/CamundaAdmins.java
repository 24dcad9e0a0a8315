package org.ffw.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The Camunda webapps look the signed-in user up in Camunda's identity service. Each FFW administrator is mirrored
 * there as a user in
 * the group camunda-admin. Its Camunda password is random and never shown: Camunda's own login form cannot be used.
 */
@Component
class CamundaAdmins implements SmartInitializingSingleton {

    static final String GROUP = "camunda-admin";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

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
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            user.setPassword(java.util.HexFormat.of().formatHex(secret));
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(username).memberOfGroup(GROUP).count() == 0) {
            identity.createMembership(username, GROUP);
        }
    }

    /** An account no longer an administrator leaves the webapps' group. */
    void remove(String username) {
        if (identity.createUserQuery().userId(username).memberOfGroup(GROUP).count() > 0) {
            identity.deleteMembership(username, GROUP);
        }
    }
}
