package org.ffw.platform.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimelineTest {

    @Autowired
    Timeline timeline;
    @Autowired
    TransactionTemplate tx;

    @Test
    @WithUserDetails("inspector")
    void records_who_did_what_and_filters_by_reader() {
        String caseNo = "T-" + UUID.randomUUID().toString().substring(0, 12);
        tx.executeWithoutResult(s -> {
            timeline.record(caseNo, "ACCEPTED", "SUBMITTED", "INVESTIGATING", Visibility.PUBLIC, "立案");
            timeline.record(caseNo, "NOTE", null, null, Visibility.STAFF, "内部备注");
            timeline.record(caseNo, "SUPPLEMENTED", null, null, Visibility.PARTY, "补正材料");
        });
        var all = timeline.of(caseNo, Visibility.forStaff());
        assertThat(all).extracting(TimelineEntry::action).containsExactly("ACCEPTED", "NOTE", "SUPPLEMENTED");
        TimelineEntry first = all.get(0);
        assertThat(first.actor()).isEqualTo("inspector");
        assertThat(first.actorRole()).isEqualTo("INSPECTOR");
        assertThat(first.fromStatus()).isEqualTo("SUBMITTED");
        assertThat(first.toStatus()).isEqualTo("INVESTIGATING");
        assertThat(first.occurredAt()).isNotNull();

        assertThat(timeline.of(caseNo, Visibility.forApplicant())).extracting(TimelineEntry::action)
                .containsExactly("ACCEPTED", "SUPPLEMENTED");
        assertThat(timeline.of(caseNo, Visibility.forEmployer())).extracting(TimelineEntry::action)
                .containsExactly("ACCEPTED");
    }

    @Test
    void an_entry_written_in_a_rolled_back_transaction_does_not_exist() {
        String caseNo = "T-" + UUID.randomUUID().toString().substring(0, 12);
        tx.executeWithoutResult(s -> {
            timeline.record(caseNo, "ACCEPTED", null, null, Visibility.PUBLIC, (String) null);
            s.setRollbackOnly();
        });
        assertThat(timeline.of(caseNo, Visibility.forStaff())).isEmpty();
    }

    @Test
    void without_a_user_the_actor_is_system() {
        String caseNo = "T-" + UUID.randomUUID().toString().substring(0, 12);
        tx.executeWithoutResult(s -> timeline.record(caseNo, "TIMER", null, null, Visibility.PUBLIC, (String) null));
        assertThat(timeline.of(caseNo, Visibility.forStaff()).get(0).actor()).isEqualTo("system");
    }
}
