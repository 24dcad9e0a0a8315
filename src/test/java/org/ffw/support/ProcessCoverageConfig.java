package org.ffw.support;

import java.util.List;
import java.util.Map;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * process-test-coverage for every test context (a test-only auto-configuration, so all tests keep sharing one
 * application context). Every test class is measured — the library's engine listeners need an active suite whenever
 * a process runs — and reports go to target/process-test-coverage. The procedure tests assert their own complete
 * coverage with {@link ProcessCoverage}.
 */
@AutoConfiguration
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverageConfig {

    @Bean
    @Primary
    ProcessEngineCoverageProperties ffwCoverageProperties() {
        return new ProcessEngineCoverageProperties(false, false,
                List.of("worktable-test", "substantiated-receiver", "test-working-day-due"), List.of(), Map.of(),
                List.of(), "target/process-test-coverage");
    }
}
