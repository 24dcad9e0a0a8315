package org.ffw.worktable;

import java.util.List;

import org.ffw.identity.UserService;
import org.ffw.platform.security.Role;
import org.springframework.stereotype.Component;

/** Who is told about a task: its assignee, or every member of its group while nobody holds it. */
@Component
class TaskRecipients {

    private final UserService users;

    TaskRecipients(UserService users) {
        this.users = users;
    }

    List<String> workers(TaskInfo t) {
        if (t.assignee() != null) {
            return List.of(t.assignee());
        }
        String group = t.candidateGroup();
        if (group == null) {
            return List.of();
        }
        Role role = Groups.staffRole(group);
        if (role != null) {
            return users.usernamesInDistrict(group.substring(group.indexOf('-') + 1), role);
        }
        if (group.startsWith(Groups.EMPLOYER + "-")) {
            return users.usernamesOfEmployer(group.substring(Groups.EMPLOYER.length() + 1));
        }
        return List.of();
    }
}
