package org.ffw.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.ffw.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The campaigns' risk read: employers with an application whose granted leave fell short of the statutory leave. */
class ShortLeaveSignalTest extends ApiTest {

    static final String EMPLOYER_CO = "91310115MA1H8R7C41";

    @Autowired
    SubsidyReads reads;

    @Test
    void an_application_with_short_leave_marks_its_employer_from_when_it_was_made() {
        Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);
        var shortLeave = Subsidies.application();
        shortLeave.put("leaveEnd", "2026-08-01");
        var r = Subsidies.apply(api, shortLeave);
        assertThat(r.json().toString()).contains("LEAVE");
        assertThat(reads.employersWithShortLeave(before)).contains(EMPLOYER_CO);
        // outside the window it does not count
        assertThat(reads.employersWithShortLeave(Instant.now().plus(1, ChronoUnit.MINUTES)))
                .doesNotContain(EMPLOYER_CO);
    }
}
