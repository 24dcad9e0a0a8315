package org.ffw.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ffw.identity.UserService;
import org.ffw.platform.security.FfwUser;
import org.ffw.worktable.WorktableService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How the process tests drive a case, the way its users do: as a signed-in account, tasks claimed and completed
 * through the worktable, timers fired by moving Camunda's clock — by business key (the case number).
 */
public final class ProcessDriver {

    private final UserService users;
    private final WorktableService worktable;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    public ProcessDriver(ApplicationContext context) {
        this.users = context.getBean(UserService.class);
        this.worktable = context.getBean(WorktableService.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.tasks = context.getBean(TaskService.class);
        this.management = context.getBean(ManagementService.class);
    }

    /** The account, signed in for what follows. */
    public FfwUser user(String name) {
        FfwUser u = users.find(name).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
        return u;
    }

    /** The case's own (root) instance; a called instance (leave-correction) has the same business key. */
    public ProcessInstance instance(String businessKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).rootProcessInstances()
                .singleResult();
    }

    /** The running instance of the called process {@code processKey} with the case's business key; null for none. */
    public ProcessInstance called(String businessKey, String processKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey(processKey).singleResult();
    }

    public Task task(String businessKey, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key).singleResult();
    }

    /** The user takes the open task (if it is not theirs yet) and completes it through the worktable. */
    public void work(String businessKey, String key, String username, Map<String, Object> values) {
        Task t = task(businessKey, key);
        assertThat(t).as("open task " + key).isNotNull();
        FfwUser u = user(username);
        if (t.getAssignee() == null) {
            worktable.claim(u, t.getId());
        }
        worktable.complete(u, t.getId(), values);
    }

    /** Fires a timer at {@code at}, after checking it is due exactly at {@code due} (whole seconds, as MySQL keeps). */
    public void fireTimer(String businessKey, String activityId, Instant due, Instant at) {
        // the timer may be in any instance of the case: its own or a called one
        Job timer = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                .flatMap(pi -> management.createJobQuery().processInstanceId(pi.getId()).timers()
                        .activityId(activityId).list().stream())
                .reduce((a, b) -> {
                    throw new AssertionError("more than one timer " + activityId + " in " + businessKey);
                }).orElse(null);
        assertThat(timer).as("timer " + activityId).isNotNull();
        assertThat(timer.getDuedate().toInstant().truncatedTo(ChronoUnit.SECONDS)).as("due date of " + activityId)
                .isEqualTo(due);
        assertThat(timer.getDuedate().toInstant()).isBeforeOrEqualTo(at);
        ClockUtil.setCurrentTime(Date.from(at));
        management.executeJob(timer.getId());
    }
}
