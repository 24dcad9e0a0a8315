package org.ffw.worktable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The queue's keyboard use on the server's side (js/queue.js drives it in the browser, see QueueKeyboardBrowserTest):
 * the page carries the script, the keys' hint and help and the compact-rows toggle; a claim with {@code then=queue}
 * (the key c) keeps the user in the queue with the task named in the address, still behind the CSRF token.
 */
class QueueKeysPagesTest extends ApiTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    String startTask() {
        String caseNo = "WT-" + UUID.randomUUID().toString().substring(0, 8);
        runtime.startProcessInstanceByKey("worktable-test", caseNo, Map.of("district", "310115",
                "employerCreditCode", WorktablePagesTest.PUDONG_CO, "complainant", "employee"));
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
    }

    @Test
    void the_queue_page_carries_the_keys_and_the_compact_toggle() {
        startTask();
        var s = new PageSession(port).login("inspector2", "demo");
        String page = s.get("/tasks?view=group&process=worktable-test").body();
        assertThat(page).contains("/js/queue.js").contains("id=\"queue-keys-hint\"").contains("id=\"queue-keys-help\"")
                .contains("下一项任务").contains("id=\"queue-dense\"").contains("aria-pressed=\"false\"")
                .contains("紧凑显示");
        assertThat(page).as("no compact rows until chosen").doesNotContain("class=\"cards dense\"");
        String english = s.get("/tasks?view=group&lang=en").body();
        assertThat(english).contains("Keyboard shortcuts").contains("Compact rows").contains("Next task");
        s.get("/tasks?lang=zh"); // the demo inspector reads Chinese again (the choice is kept per account)
    }

    @Test
    void a_claim_by_key_stays_in_the_queue_and_needs_the_csrf_token() {
        String id = startTask();
        var s = new PageSession(port).login("inspector2", "demo");
        String page = s.get("/tasks?view=group&process=worktable-test").body();

        var forged = s.postForm("/tasks/" + id + "/claim", PageSession.form("then", "queue"));
        assertThat(forged.statusCode()).as("without the CSRF token").isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isNull();

        assertThat(WorktablePagesTest.post(s, "/tasks/" + id + "/claim", page, "then", "queue"))
                .endsWith("/tasks?view=mine#task-" + id);
        assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo("inspector2");
        String mine = s.get("/tasks?view=mine").body();
        assertThat(mine).contains("已认领，按 Enter 打开办理。").contains("id=\"task-" + id + "\"");

        // the claim button's own POST (no then) still opens the task
        String other = startTask();
        assertThat(WorktablePagesTest.post(s, "/tasks/" + other + "/claim", mine)).isEqualTo("/tasks/" + other);
    }
}
