package org.ffw.oidc;

import java.util.Set;

import org.ffw.platform.security.Role;

/** What FFW takes from the provider's claims for one person: the account it signs in as is made from this. */
record OidcIdentity(String subject, String displayName, Set<Role> roles, String district, String employerCreditCode,
                    String realName, String residentId, String phone) {
}
