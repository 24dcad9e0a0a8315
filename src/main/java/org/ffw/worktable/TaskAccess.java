package org.ffw.worktable;

import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;

/**
 * Who may do what with an open task: work it (assigned, or in its candidate group), follow it (a lead of its
 * district), release and assign it (the lead of the staff role it belongs to).
 */
final class TaskAccess {

    private TaskAccess() {
    }

    /** The caller works this task: assigned to them, or in its candidate group. */
    static boolean mayWork(FfwUser me, TaskInfo t) {
        return me.getUsername().equals(t.assignee())
                || (t.candidateGroup() != null && Groups.of(me).contains(t.candidateGroup()));
    }

    static boolean supervises(FfwUser me, TaskInfo t) {
        return supervises(me, t.district(), t.candidateGroup());
    }

    /** A lead of a district (the HRB supervisor, the union's supervisor): follows its tasks in the district views. */
    static boolean isLead(FfwUser me) {
        return me.district() != null && me.hasAny(Role.SUPERVISOR, Role.UNION_SUPERVISOR);
    }

    /** A lead of the task's district may open any task of it (staff's or the employer's), to follow it up. */
    static boolean oversees(FfwUser me, TaskInfo t) {
        return isLead(me) && me.district().equals(t.district()) && t.candidateGroup() != null;
    }

    /**
     * The lead who manages a staff task of the district (releases and assigns it): the HRB supervisor for the HRB's
     * tasks, the union's supervisor for the union's.
     */
    static boolean supervises(FfwUser me, String district, String candidateGroup) {
        Role role = Groups.staffRole(candidateGroup);
        return role != null && me.has(role.lead()) && me.district() != null && me.district().equals(district);
    }
}
