package org.ffw.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ffw.platform.security.Role;
import org.ffw.rules.ResidentIds;
import org.junit.jupiter.api.Test;

/** The configuration of the claim mapping is checked at start-up: staff roles never through the roles claim. */
class OidcClaimMappingTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void the_roles_claim_may_not_be_configured_to_give_a_staff_role() {
        OidcProperties p = new OidcProperties();
        p.getRoleValues().put("inspector", Role.INSPECTOR);
        assertThatThrownBy(() -> new OidcClaimMapping(p, CLOCK)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ffw.oidc.role-values.inspector").hasMessageContaining("staff-groups");
    }

    @Test
    void a_staff_group_needs_a_staff_role_and_district_staff_a_district() {
        OidcProperties noDistrict = new OidcProperties();
        noDistrict.setStaffGroups(List.of(group("g", Role.SUPERVISOR, null)));
        assertThatThrownBy(() -> new OidcClaimMapping(noDistrict, CLOCK)).hasMessageContaining("needs a district");
        OidcProperties notStaff = new OidcProperties();
        notStaff.setStaffGroups(List.of(group("g", Role.EMPLOYER, null)));
        assertThatThrownBy(() -> new OidcClaimMapping(notStaff, CLOCK)).hasMessageContaining("not a staff role");
    }

    @Test
    void admin_comes_from_its_group_and_groups_of_two_districts_are_refused() {
        OidcProperties p = new OidcProperties();
        p.setStaffGroups(List.of(group("it-admins", Role.ADMIN, null), group("pd", Role.INSPECTOR, "310115"),
                group("xh", Role.SUPERVISOR, "310104")));
        OidcClaimMapping m = new OidcClaimMapping(p, CLOCK);
        OidcIdentity admin = m.map(Map.of("sub", "a1", "name", "管理员", "groups", "it-admins other"));
        assertThat(admin.roles()).isEqualTo(Set.of(Role.ADMIN));
        assertThat(admin.district()).isNull();
        assertThatThrownBy(() -> m.map(Map.of("sub", "a2", "name", "两区", "groups", List.of("pd", "xh"))))
                .isInstanceOf(OidcRefused.class).hasMessageContaining("more than one district");
    }

    @Test
    void an_employee_carries_the_real_name_and_the_resident_id_in_capitals() {
        String id = "31011519900307002";
        id = id + ResidentIds.checkCharacter(id);
        OidcIdentity e = new OidcClaimMapping(new OidcProperties(), CLOCK)
                .map(Map.of("sub", "e1", "name", " 陈静 ", "resident_id", id.toLowerCase(), "phone_number", "x"));
        assertThat(e.roles()).isEqualTo(Set.of(Role.EMPLOYEE));
        assertThat(e.realName()).isEqualTo("陈静");
        assertThat(e.residentId()).isEqualTo(id);
        assertThat(e.phone()).isNull();
    }

    private static OidcProperties.StaffGroup group(String name, Role role, String district) {
        OidcProperties.StaffGroup g = new OidcProperties.StaffGroup();
        g.setGroup(name);
        g.setRole(role);
        g.setDistrict(district);
        return g;
    }
}
