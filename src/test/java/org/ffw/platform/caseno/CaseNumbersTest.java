package org.ffw.platform.caseno;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ffw.platform.cases.Procedure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseNumbersTest {

    @Autowired
    CaseNumbers caseNumbers;
    @Autowired
    TransactionTemplate tx;

    @Test
    void numbers_are_readable_and_increase() {
        String a = tx.execute(s -> caseNumbers.next(Procedure.FRIENDLY_POST));
        String b = tx.execute(s -> caseNumbers.next(Procedure.FRIENDLY_POST));
        assertThat(a).matches("FP-20\\d\\d-\\d{6}");
        assertThat(b).isGreaterThan(a);
        assertThat(CaseNumbers.format(Procedure.LEAVE_COMPLAINT, 2026, 42)).isEqualTo("LC-2026-000042");
    }

    @Test
    void a_rolled_back_case_leaves_no_gap() {
        String before = tx.execute(s -> caseNumbers.next(Procedure.EMPLOYER_SUBSIDY));
        tx.execute(s -> {
            caseNumbers.next(Procedure.EMPLOYER_SUBSIDY);
            s.setRollbackOnly();
            return null;
        });
        String after = tx.execute(s -> caseNumbers.next(Procedure.EMPLOYER_SUBSIDY));
        long b = Long.parseLong(before.substring(before.lastIndexOf('-') + 1));
        long a = Long.parseLong(after.substring(after.lastIndexOf('-') + 1));
        assertThat(a).isEqualTo(b + 1);
    }

    @Test
    void concurrent_transactions_never_share_a_number() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> jobs = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                jobs.add(() -> tx.execute(s -> caseNumbers.next(Procedure.LEAVE_COMPLAINT)));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(jobs)) {
                numbers.add(f.get());
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(80);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void must_run_inside_the_case_transaction() {
        assertThatThrownBy(() -> caseNumbers.next(Procedure.LEAVE_COMPLAINT))
                .isInstanceOf(IllegalTransactionStateException.class);
    }
}
