package org.ffw.rules;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives the process engine the working-day business calendar ({@code "5WD"} in due dates and timers, see
 * {@link WorkingDayBusinessCalendar}). Camunda's Spring Boot starter applies every ProcessEnginePlugin bean.
 */
@Component
class WorkingDayCalendarPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<WorkingDays> workingDays;

    WorkingDayCalendarPlugin(ObjectProvider<WorkingDays> workingDays) {
        this.workingDays = workingDays;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        WorkingDays days = workingDays.getObject();
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(DurationBusinessCalendar.NAME,
                new WorkingDayBusinessCalendar(new DurationBusinessCalendar(), days));
        calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME,
                new WorkingDayBusinessCalendar(new DueDateBusinessCalendar(), days));
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
        configuration.setBusinessCalendarManager(calendars);
    }
}
