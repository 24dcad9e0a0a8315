package org.ffw.worktable;

import java.time.Duration;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class WorktableConfig {

    /** FEEL for the forms' conditional fields, the same engine Camunda uses. */
    @Bean
    FeelEngine formFeelEngine() {
        return new ScalaFeelEngineFactory().createInstance();
    }

    /** ffw.worktable.*: how often the escalation sweep runs and how many tasks one round takes. */
    @ConfigurationProperties("ffw.worktable")
    record WorktableProperties(Duration escalationInterval, int escalationBatch) {
        WorktableProperties {
            escalationInterval = escalationInterval == null ? Duration.ofMinutes(1) : escalationInterval;
            escalationBatch = escalationBatch <= 0 ? 500 : escalationBatch;
        }
    }
}
