package org.ffw.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ffw.platform.cases.Procedure;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** correctionSteps hands each step to the Correctable of the case's procedure, by the case number's prefix. */
class CorrectionStepsTest {

    final List<String> calls = new ArrayList<>();

    Correctable recording(Procedure p) {
        return new Correctable() {
            @Override
            public Procedure procedure() {
                return p;
            }

            @Override
            public void publishSubstantiated(String caseNo) {
                calls.add(p + " publish " + caseNo);
            }

            @Override
            public void noRectificationReport(String caseNo) {
                calls.add(p + " noReport " + caseNo);
            }
        };
    }

    static DelegateExecution of(String businessKey) {
        DelegateExecution e = Mockito.mock(DelegateExecution.class);
        Mockito.when(e.getProcessBusinessKey()).thenReturn(businessKey);
        return e;
    }

    @Test
    void dispatches_by_the_case_number_prefix() {
        CorrectionSteps steps = new CorrectionSteps(List.of(recording(Procedure.LEAVE_COMPLAINT),
                recording(Procedure.UNION_SUPERVISION)));
        steps.publishSubstantiated(of("LC-2026-000001"));
        steps.noRectificationReport(of("US-2026-000002"));
        assertThat(calls).containsExactly("LEAVE_COMPLAINT publish LC-2026-000001",
                "UNION_SUPERVISION noReport US-2026-000002");
    }

    @Test
    void an_unknown_prefix_or_a_procedure_without_correction_is_refused() {
        CorrectionSteps steps = new CorrectionSteps(List.of(recording(Procedure.LEAVE_COMPLAINT)));
        assertThatThrownBy(() -> steps.publishSubstantiated(of("XX-2026-000001")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("XX-2026-000001");
        assertThatThrownBy(() -> steps.noRectificationReport(of(null))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> steps.noRectificationReport(of("ES-2026-000001")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EMPLOYER_SUBSIDY");
        assertThat(calls).isEmpty();
    }

    @Test
    void two_correctables_for_one_procedure_are_refused() {
        assertThatThrownBy(() -> new CorrectionSteps(List.of(recording(Procedure.LEAVE_COMPLAINT),
                recording(Procedure.LEAVE_COMPLAINT)))).isInstanceOf(IllegalStateException.class);
    }
}
