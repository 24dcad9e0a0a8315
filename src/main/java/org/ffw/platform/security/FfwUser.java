package org.ffw.platform.security;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every feature sees it: roles, the district of staff, the employer of an employer account,
 * the real name and resident ID of an employee.
 */
public final class FfwUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private String passwordHash;
    private final String displayName;
    private final Set<Role> roles;
    private final String district;
    private final String employerCreditCode;
    private final String realName;
    private final String residentId;
    private final String phone;
    private final boolean enabled;

    public FfwUser(String username, String passwordHash, String displayName, Set<Role> roles, String district,
                   String employerCreditCode, String realName, String residentId, String phone, boolean enabled) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.district = district;
        this.employerCreditCode = employerCreditCode;
        this.realName = realName;
        this.residentId = residentId;
        this.phone = phone;
        this.enabled = enabled;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role r : any) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** HRB or union staff of a district (any of {@link Role#STAFF}, with a district). */
    public boolean isStaff() {
        return district != null && roles.stream().anyMatch(Role::isDistrictStaff);
    }

    /** Staff of this district holding one of these roles. */
    public boolean isStaffOf(String districtCode, java.util.Collection<Role> anyOf) {
        return district != null && district.equals(districtCode) && anyOf.stream().anyMatch(roles::contains);
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public String displayName() {
        return displayName;
    }

    public String district() {
        return district;
    }

    public String employerCreditCode() {
        return employerCreditCode;
    }

    public String realName() {
        return realName;
    }

    public String residentId() {
        return residentId;
    }

    public String phone() {
        return phone;
    }

    /** The first role, for display and for the timeline's actor role. */
    public Role primaryRole() {
        return roles.isEmpty() ? null : roles.iterator().next();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    public List<String> roleNames() {
        return roles.stream().map(Enum::name).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FfwUser other && other.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "FfwUser[" + username + " " + roles + (district == null ? "" : " " + district) + "]";
    }
}
