package org.ffw.platform.caseno;

import static org.assertj.core.api.Assertions.assertThat;

import org.ffw.platform.cases.Procedure;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** A case number is never handed out twice, even by a counter that fell behind the cases it numbered. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseNumberReuseTest {

    @Autowired
    CaseNumbers caseNumbers;
    @Autowired
    Timeline timeline;
    @Autowired
    TransactionTemplate tx;

    @Test
    void a_counter_behind_its_cases_skips_the_numbers_in_use() {
        tx.executeWithoutResult(s -> {
            String last = caseNumbers.next(Procedure.FRIENDLY_POST);
            int year = Integer.parseInt(last.substring(3, 7));
            long n = sequence(last);
            // two cases numbered past the counter (as after restoring an older counter row)
            for (long taken = n + 1; taken <= n + 2; taken++) {
                timeline.recordAs(CaseNumbers.format(Procedure.FRIENDLY_POST, year, taken), "system", null,
                        "TEST_EXISTING_CASE", null, null, Visibility.STAFF, (String) null);
            }
            String next = caseNumbers.next(Procedure.FRIENDLY_POST);
            assertThat(sequence(next)).isEqualTo(n + 3);
            // and the counter itself moved past them
            assertThat(sequence(caseNumbers.next(Procedure.FRIENDLY_POST))).isEqualTo(n + 4);
            s.setRollbackOnly();
        });
    }

    private static long sequence(String caseNo) {
        return Long.parseLong(caseNo.substring(caseNo.lastIndexOf('-') + 1));
    }
}
