package org.ffw.identity;

/**
 * An employee opened an account with a resident ID number and a phone confirmed by a code; published inside the
 * registration's transaction, so that what joins the account (complaints district staff took down for this person)
 * joins it exactly when the account exists.
 */
public record EmployeeRegistered(String username, String realName, String residentId, String phone) {
}
