package org.ffw.support;

import java.lang.reflect.Field;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.engine.platform7.ElementCoverageParseListener;

/**
 * The coverage process-test-coverage measured so far for the running test class, for one process: the share of its
 * flow nodes and sequence flows that the class's tests reached (1.0 = all).
 */
public final class ProcessCoverage {

    private ProcessCoverage() {
    }

    public static double of(ProcessEngine engine, String processKey) {
        DefaultCollector collector = collector(engine);
        Model model = collector.getModels().stream().filter(m -> m.getKey().equals(processKey)).findFirst()
                .orElseThrow(() -> new AssertionError("no coverage recorded for " + processKey));
        return collector.getActiveSuite().calculateCoverage(model);
    }

    /** The library keeps its collector in the parse listener it registers; it offers no public accessor. */
    private static DefaultCollector collector(ProcessEngine engine) {
        var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        for (BpmnParseListener l : config.getCustomPostBPMNParseListeners()) {
            if (l instanceof ElementCoverageParseListener coverage) {
                try {
                    Field f = ElementCoverageParseListener.class.getDeclaredField("coverageState");
                    f.setAccessible(true);
                    return (DefaultCollector) f.get(coverage);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("process-test-coverage is not installed in this engine");
    }
}
