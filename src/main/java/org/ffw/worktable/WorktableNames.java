package org.ffw.worktable;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.ffw.identity.DistrictNames;
import org.ffw.identity.PeopleNames;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.PageFormat;
import org.ffw.platform.web.RequestMemo;
import org.springframework.stereotype.Component;

/**
 * The worktable's codes as the pages say them: a candidate group by what it is ({@code ${@work.group(g)}}:
 * inspector-310115 → 浦东新区劳动监察, union-310115 → 浦东新区总工会, the employer's own group → 本单位 on its pages,
 * another employer's → 用人单位), a process by its name ({@code ${@work.process('leave-complaint')}} → 休假权益投诉),
 * who holds a task ({@code ${@work.holder(assignee, group)}}) and a task by its name ({@code ${@work.task(t)}}:
 * task.leave-complaint.triage → 受理审查 / Triage).
 */
@Component("work")
public class WorktableNames {

    private final DistrictNames districts;
    private final PeopleNames people;
    private final PageFormat fmt;
    private final RepositoryService repository;

    WorktableNames(DistrictNames districts, PeopleNames people, PageFormat fmt,
                   RepositoryService repository) {
        this.districts = districts;
        this.people = people;
        this.fmt = fmt;
        this.repository = repository;
    }

    /** A candidate group in words; "" for none. */
    public String group(String group) {
        if (group == null || group.isBlank()) {
            return "";
        }
        if (Groups.COMPLAINANT.equals(group)) {
            return fmt.label("group", Groups.COMPLAINANT);
        }
        int dash = group.indexOf('-');
        String prefix = dash < 0 ? group : group.substring(0, dash);
        String rest = dash < 0 ? "" : group.substring(dash + 1);
        if (Groups.EMPLOYER.equals(prefix)) {
            boolean own = CurrentUser.find().map(FfwUser::employerCreditCode).filter(rest::equals).isPresent();
            return fmt.label("group", own ? "employer.own" : "employer");
        }
        Role role = Groups.staffRole(group);
        if (role == null) {
            return fmt.label("group", "other");
        }
        return fmt.message("group.inDistrict", districts.name(rest), fmt.label("group", prefix));
    }

    /**
     * Who holds a task: 我, a person by name and role, or — while nobody has claimed it — 未认领 and the group it
     * waits in (a task for one person only, like the complainant's, is always assigned).
     */
    public String holder(String assignee, String group) {
        if (assignee != null) {
            boolean me = CurrentUser.find().map(FfwUser::getUsername).filter(assignee::equals).isPresent();
            return me ? fmt.message("holder.me") : people.person(assignee);
        }
        String g = group(group);
        return g.isEmpty() ? fmt.message("holder.unclaimed") : fmt.message("holder.unclaimedIn", g);
    }

    /**
     * A user task by its name in the page's language: {@code task.<process key>.<task key>} of the bundles
     * (i18n/work), else the name the BPMN gives it.
     */
    public String task(String processKey, String taskKey, String name) {
        if (processKey == null || processKey.isBlank() || taskKey == null) {
            return name == null ? "" : name;
        }
        return fmt.messageOr("task." + processKey + "." + taskKey, name == null ? taskKey : name);
    }

    /** A queue's task by its name in the page's language ({@code ${@work.task(t)}}). */
    public String task(WorktableService.QueueItem t) {
        return t == null ? "" : task(t.process(), t.taskKey(), t.name());
    }

    /** A projected task by its name in the page's language. */
    public String task(TaskInfo t) {
        return t == null ? "" : task(t.processKey(), t.taskKey(), t.name());
    }

    /** A process by its name: the procedure's, else the deployed diagram's name, else a general word. */
    public String process(String processKey) {
        if (processKey == null) {
            return "";
        }
        return Procedure.ofProcessKey(processKey).map(p -> fmt.label("process", p.name())).orElseGet(() ->
                RequestMemo.get("process", processKey, k -> {
                    ProcessDefinition d = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                            .latestVersion().singleResult();
                    return d == null || d.getName() == null || d.getName().isBlank() ? fmt.message("process.other") : d.getName();
                }));
    }
}
