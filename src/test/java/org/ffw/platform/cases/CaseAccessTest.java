package org.ffw.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.ffw.platform.cases.CaseAccess.Reader;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.ForbiddenException;
import org.junit.jupiter.api.Test;

/** The kit's one access rule, against registry rows of each procedure. */
class CaseAccessTest {

    static final String PUDONG = "310115";
    static final String CO = "91310115MA1H8R7C41";

    static FfwUser user(String name, Role role, String district, String employer) {
        return new FfwUser(name, "x", name, Set.of(role), district, employer, null, null, null, true);
    }

    static CaseRecord kase(Procedure p, boolean employerVisible) {
        Instant now = Instant.now();
        return new CaseRecord("X-1", p, PUDONG, CO, "employee", "SUBMITTED", "s", employerVisible, null, null, now,
                null, now);
    }

    @Test
    void the_applicant_the_district_staff_of_the_procedure_and_the_employer_once_visible_may_read() {
        CaseRecord complaint = kase(Procedure.LEAVE_COMPLAINT, false);
        assertThat(CaseAccess.readerOf(user("employee", Role.EMPLOYEE, null, null), complaint))
                .contains(Reader.APPLICANT);
        assertThat(CaseAccess.readerOf(user("i", Role.INSPECTOR, PUDONG, null), complaint)).contains(Reader.STAFF);
        assertThat(CaseAccess.readerOf(user("u", Role.UNION_REVIEWER, PUDONG, null), complaint))
                .contains(Reader.STAFF);
        // another district, another procedure's desk, another employee
        assertThat(CaseAccess.readerOf(user("x", Role.INSPECTOR, "310104", null), complaint)).isEmpty();
        assertThat(CaseAccess.readerOf(user("o", Role.SUBSIDY_OFFICER, PUDONG, null), complaint)).isEmpty();
        assertThat(CaseAccess.readerOf(user("employee2", Role.EMPLOYEE, null, null), complaint)).isEmpty();
        // the employer concerned only once the case is visible to it; another employer never
        FfwUser employer = user("employer", Role.EMPLOYER, null, CO);
        assertThat(CaseAccess.readerOf(employer, complaint)).isEmpty();
        assertThat(CaseAccess.readerOf(employer, kase(Procedure.LEAVE_COMPLAINT, true))).contains(Reader.EMPLOYER);
        assertThat(CaseAccess.readerOf(user("e2", Role.EMPLOYER, null, "91310104MA1K3P5Q2X"),
                kase(Procedure.LEAVE_COMPLAINT, true))).isEmpty();
        // a subsidy case is the officers' and supervisors', not the inspectors'
        CaseRecord subsidy = kase(Procedure.EMPLOYER_SUBSIDY, true);
        assertThat(CaseAccess.readerOf(user("o", Role.SUBSIDY_OFFICER, PUDONG, null), subsidy)).contains(Reader.STAFF);
        assertThat(CaseAccess.readerOf(user("i", Role.INSPECTOR, PUDONG, null), subsidy)).isEmpty();
        assertThatThrownBy(() -> CaseAccess.require(user("i", Role.INSPECTOR, "310104", null), complaint, "no"))
                .isInstanceOf(ForbiddenException.class).hasMessage("no");
    }

    @Test
    void query_codes_match_as_typed_and_only_their_own_case() {
        String code = QueryCodes.generate();
        assertThat(code).hasSize(10).doesNotContain("0", "O", "1", "I");
        Instant now = Instant.now();
        CaseRecord c = new CaseRecord("LC-2026-000001", Procedure.LEAVE_COMPLAINT, PUDONG, CO, "employee", "S", "s",
                false, QueryCodes.hash("LC-2026-000001", code), null, now, null, now);
        assertThat(QueryCodes.matches(c, " " + code.toLowerCase() + " ")).isTrue();
        assertThat(QueryCodes.matches(c, QueryCodes.generate())).isFalse();
        assertThat(QueryCodes.matches(c, null)).isFalse();
        CaseRecord other = new CaseRecord("LC-2026-000002", Procedure.LEAVE_COMPLAINT, PUDONG, CO, "employee", "S",
                "s", false, QueryCodes.hash("LC-2026-000001", code), null, now, null, now);
        assertThat(QueryCodes.matches(other, code)).isFalse();
    }
}
