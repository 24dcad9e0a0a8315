package org.ffw.support;

import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ffw.platform.security.FfwUser;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The base of the procedures' process tests: the application running, cases driven as users drive them
 * ({@link ProcessDriver}), Camunda's clock and the signed-in account reset after each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ProcessTest {

    @Autowired
    private ApplicationContext context;
    private ProcessDriver driver;

    @AfterEach
    void resetClockAndUser() {
        ClockUtil.reset();
        SecurityContextHolder.clearContext();
    }

    protected ProcessDriver driver() {
        if (driver == null) {
            driver = new ProcessDriver(context);
        }
        return driver;
    }

    protected FfwUser user(String name) {
        return driver().user(name);
    }

    protected ProcessInstance instance(String caseNo) {
        return driver().instance(caseNo);
    }

    /** The case's running instance of the called process leave-correction (责令改正与整改核查); null for none. */
    protected ProcessInstance correction(String caseNo) {
        return driver().called(caseNo, "leave-correction");
    }

    protected Task task(String caseNo, String key) {
        return driver().task(caseNo, key);
    }

    protected void work(String caseNo, String key, String username, Map<String, Object> values) {
        driver().work(caseNo, key, username, values);
    }

    protected void fireTimer(String caseNo, String activityId, Instant due, Instant at) {
        driver().fireTimer(caseNo, activityId, due, at);
    }
}
