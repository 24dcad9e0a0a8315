package org.ffw.worktable;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.NoteArg;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.springframework.stereotype.Component;

/**
 * What the worktable writes on a case's timeline (staff only): a task claimed, returned, assigned or completed, the
 * task named by {@code task.<process>.<task key>} of i18n/work so that a page shows it in its reader's language.
 */
@Component
class TaskTimeline {

    private final Timeline timeline;

    TaskTimeline(Timeline timeline) {
        this.timeline = timeline;
    }

    void claimed(TaskInfo t) {
        record(t, "TASK_CLAIMED", Note.of("timeline.note.task", name(t)));
    }

    void released(TaskInfo t) {
        record(t, "TASK_RELEASED", Note.of("timeline.note.task", name(t)));
    }

    /** The role's label: Chinese in the stored note, the reader's language on a page. */
    void assigned(TaskInfo t, FfwUser to, Role role) {
        record(t, "TASK_ASSIGNED", Note.of("timeline.note.taskAssigned", name(t), to.displayName(),
                Note.code("role", role)));
    }

    /** The task's name in the reader's language; the choices as the form's Chinese labels. */
    void completed(TaskInfo t, Optional<TaskForm> form, Map<String, Object> values) {
        record(t, "TASK_COMPLETED", Note.of("timeline.note.taskCompleted", name(t), Note.text(decisions(form, values))));
    }

    /**
     * The choices made (options, yes/no), never free text, for the timeline — in the form's own words:
     * " — 受理决定：受理并立案；移送至：徐汇区".
     */
    static String decisions(Optional<TaskForm> form, Map<String, Object> values) {
        if (form.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (TaskForm.Field f : form.get().fields()) {
            Object v = values.get(f.key());
            boolean choice = List.of("radio", "select", "checkbox").contains(f.type());
            if (v != null && choice) {
                sb.append(sb.isEmpty() ? " — " : "；").append(f.label()).append('：').append(f.choice(v));
            }
        }
        return sb.toString();
    }

    private void record(TaskInfo t, String action, Note note) {
        if (t.caseNo() != null) {
            timeline.record(t.caseNo(), action, null, null, Visibility.STAFF, note);
        }
    }

    private static NoteArg.Code name(TaskInfo t) {
        return Note.code("task." + t.processKey(), t.taskKey(), t.name());
    }
}
