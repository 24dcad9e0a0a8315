package org.ffw.worktable;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every deployed process its routing (role → candidate group of the district or employer,
 * {@link TaskRouting}) and a built-in listener that projects it into task_view on every event, with its form and the
 * working-day rule of its due date. Diagrams need nothing for either.
 */
@Component
class WorktablePlugin extends AbstractProcessEnginePlugin {

    private static final String[] EVENTS = {TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
            TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE};

    private final TaskProjection projection;

    WorktablePlugin(TaskProjection projection) {
        this.projection = projection;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(parseListener());
    }

    private BpmnParseListener parseListener() {
        return new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior())
                        .getTaskDefinition();
                String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
                Integer dueWorkingDays = TaskProjection.workingDaysOf(
                        element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "dueDate"));
                TaskRouting.rewrite(activity.getId(), definition);
                TaskListener project = task -> projection.on(task, formRef, dueWorkingDays);
                for (String event : EVENTS) {
                    definition.addBuiltInTaskListener(event, project);
                }
            }
        };
    }
}
