package org.ffw.oidc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ffw.platform.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ffw.oidc.*}: signing in with the city's identity provider (docs/operations.md, "Signing in with the city's
 * identity provider (OIDC)"). Off unless {@code enabled} is true; the provider itself is the standard client
 * registration {@code spring.security.oauth2.client.registration.<registrationId>} with its provider.
 */
@ConfigurationProperties("ffw.oidc")
public class OidcProperties {

    /** Shows the button on the login page and answers /oauth2/authorization/{registrationId}. */
    private boolean enabled;

    /** The client registration of the city's provider under spring.security.oauth2.client.registration. */
    private String registrationId = "city";

    /** Names of the claims (of the ID token, or of the user-info answer) that FFW reads. */
    private final Claims claims = new Claims();

    /**
     * Values of the roles claim and the FFW role each one means. Only EMPLOYEE and EMPLOYER may be given this way;
     * a value not listed here refuses the sign-in.
     */
    private Map<String, Role> roleValues = new LinkedHashMap<>(Map.of("EMPLOYEE", Role.EMPLOYEE,
            "EMPLOYER", Role.EMPLOYER));

    /** A credit code in the credit-code claim makes the identity an EMPLOYER of that employer. */
    private boolean employerFromCreditCode = true;

    /** A resident ID in the resident-ID claim (with a name) makes the identity an EMPLOYEE. */
    private boolean employeeFromResidentId = true;

    /**
     * Staff and administrators: a group of the groups claim and the role (and, for district staff, the district)
     * it gives. The only way to a staff role through the provider; groups not listed are ignored.
     */
    private List<StaffGroup> staffGroups = new ArrayList<>();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getRegistrationId() {
        return registrationId;
    }

    public void setRegistrationId(String registrationId) {
        this.registrationId = registrationId;
    }

    public Claims getClaims() {
        return claims;
    }

    public Map<String, Role> getRoleValues() {
        return roleValues;
    }

    public void setRoleValues(Map<String, Role> roleValues) {
        this.roleValues = roleValues;
    }

    public boolean isEmployerFromCreditCode() {
        return employerFromCreditCode;
    }

    public void setEmployerFromCreditCode(boolean employerFromCreditCode) {
        this.employerFromCreditCode = employerFromCreditCode;
    }

    public boolean isEmployeeFromResidentId() {
        return employeeFromResidentId;
    }

    public void setEmployeeFromResidentId(boolean employeeFromResidentId) {
        this.employeeFromResidentId = employeeFromResidentId;
    }

    public List<StaffGroup> getStaffGroups() {
        return staffGroups;
    }

    public void setStaffGroups(List<StaffGroup> staffGroups) {
        this.staffGroups = staffGroups;
    }

    /** Claim names; an empty name means the provider does not send that claim. */
    public static class Claims {

        private String subject = "sub";
        private String name = "name";
        private String residentId = "resident_id";
        private String creditCode = "credit_code";
        /** The employer's name, shown as the account's name when the identity is an employer's. */
        private String employerName = "employer_name";
        private String phone = "phone_number";
        private String roles = "roles";
        private String groups = "groups";

        public String getSubject() {
            return subject;
        }

        public void setSubject(String subject) {
            this.subject = subject;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getResidentId() {
            return residentId;
        }

        public void setResidentId(String residentId) {
            this.residentId = residentId;
        }

        public String getCreditCode() {
            return creditCode;
        }

        public void setCreditCode(String creditCode) {
            this.creditCode = creditCode;
        }

        public String getEmployerName() {
            return employerName;
        }

        public void setEmployerName(String employerName) {
            this.employerName = employerName;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getRoles() {
            return roles;
        }

        public void setRoles(String roles) {
            this.roles = roles;
        }

        public String getGroups() {
            return groups;
        }

        public void setGroups(String groups) {
            this.groups = groups;
        }
    }

    /** One row of the staff mapping: a provider group, the FFW role it gives and the district of district staff. */
    public static class StaffGroup {

        private String group;
        private Role role;
        private String district;

        public String getGroup() {
            return group;
        }

        public void setGroup(String group) {
            this.group = group;
        }

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }

        public String getDistrict() {
            return district;
        }

        public void setDistrict(String district) {
            this.district = district;
        }
    }
}
