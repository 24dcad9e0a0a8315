package org.ffw.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A case number names its procedure by its prefix. */
class ProcedureTest {

    @Test
    void the_procedure_of_a_case_number_is_that_of_its_prefix() {
        assertThat(Procedure.ofCaseNo("LC-2026-000001")).contains(Procedure.LEAVE_COMPLAINT);
        assertThat(Procedure.ofCaseNo("ES-2026-000123")).contains(Procedure.EMPLOYER_SUBSIDY);
        assertThat(Procedure.ofCaseNo("FC-2026-000001")).contains(Procedure.FRIENDLY_POST_CERTIFICATE);
        for (Procedure p : Procedure.values()) {
            assertThat(Procedure.ofCaseNo(p.prefix() + "-2026-000001")).contains(p);
        }
    }

    @Test
    void no_procedure_for_an_unknown_prefix_or_no_case_number() {
        assertThat(Procedure.ofCaseNo("XX-2026-000001")).isEmpty();
        assertThat(Procedure.ofCaseNo("LC")).isEmpty();
        assertThat(Procedure.ofCaseNo("-2026-000001")).isEmpty();
        assertThat(Procedure.ofCaseNo("lc-2026-000001")).isEmpty();
        assertThat(Procedure.ofCaseNo(null)).isEmpty();
        assertThat(Procedure.ofCaseNo("")).isEmpty();
    }
}
