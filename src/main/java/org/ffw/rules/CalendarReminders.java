package org.ffw.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.ffw.identity.UserService;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.outbox.Notices;
import org.ffw.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the administrators to load next year's holiday schedule: from 1 November, every week until it is loaded
 * (and, past New Year, for the current year while it is still not loaded). Until then deadlines in that year are
 * provisional (see {@link WorkCalendar}).
 * <p>
 * Runs every day on every node ({@code ffw.calendar.reminder-cron}, default 09:00 Asia/Shanghai); each reminder is
 * queued once per administrator, year and week (outbox dedup key), however many nodes run it. "Today" is
 * {@link WorkingDays#today()}, Camunda's clock.
 */
@Component
public class CalendarReminders {

    /** The day from which next year's schedule is asked for (the notice usually comes out in October–November). */
    static final MonthDay FROM = MonthDay.of(11, 1);
    static final String TEMPLATE = "CALENDAR_YEAR_PROVISIONAL";

    private static final Logger log = LoggerFactory.getLogger(CalendarReminders.class);

    private final WorkCalendarService calendars;
    private final WorkingDays workingDays;
    private final UserService users;
    private final Notices notices;
    private final TransactionTemplate tx;

    CalendarReminders(WorkCalendarService calendars, WorkingDays workingDays, UserService users, Notices notices,
                      TransactionTemplate tx) {
        this.calendars = calendars;
        this.workingDays = workingDays;
        this.users = users;
        this.notices = notices;
        this.tx = tx;
    }

    @Scheduled(cron = "${ffw.calendar.reminder-cron:0 0 9 * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        try {
            remind();
        } catch (RuntimeException e) {
            log.warn("calendar reminder round failed: {}", e.toString());
        }
    }

    /**
     * The years whose schedule an admin should load now: this year if it is not loaded, and next year from
     * 1 November if it is not loaded. For a visible flag on pages ("2027 年节假日安排尚未载入，期限为暂定").
     */
    public List<Integer> yearsToLoad() {
        return yearsToLoad(workingDays.today());
    }

    List<Integer> yearsToLoad(LocalDate today) {
        List<Integer> years = new ArrayList<>();
        if (!calendars.isLoaded(today.getYear())) {
            years.add(today.getYear());
        }
        if (!MonthDay.from(today).isBefore(FROM) && !calendars.isLoaded(today.getYear() + 1)) {
            years.add(today.getYear() + 1);
        }
        return years;
    }

    /** One round: queues the reminders due today (at most one per admin, year and week); returns how many. */
    public int remind() {
        LocalDate today = workingDays.today();
        List<Integer> years = yearsToLoad(today);
        if (years.isEmpty()) {
            return 0;
        }
        List<String> admins = users.usernamesWithRole(Role.ADMIN);
        Integer queued = tx.execute(s -> {
            int n = 0;
            for (int year : years) {
                long week = ChronoUnit.DAYS.between(FROM.atYear(year - 1), today) / 7;
                for (String admin : admins) {
                    n += notices.queueOnce("calendar-year-reminder:" + year + ":w" + week + ":" + admin, admin,
                            null, notice(year)) ? 1 : 0;
                }
            }
            return n;
        });
        if (queued != null && queued > 0) {
            log.info("reminded {} administrator(s) to load the holiday schedule of {}", admins.size(), years);
        }
        return queued == null ? 0 : queued;
    }

    /** The reminder for a year: what its deadlines are until it is loaded, and how to load it. */
    static Notice notice(int year) {
        String y = String.valueOf(year);
        Object load = Notice.text("notice.calendar.howToLoad", y);
        return new Notice(TEMPLATE, "notice.calendar.load.subject", StatutoryHolidays.covers(year)
                ? "notice.calendar.provisional.body" : "notice.calendar.beyond.body", y, load,
                String.valueOf(StatutoryHolidays.FIRST_YEAR), String.valueOf(StatutoryHolidays.LAST_YEAR));
    }
}
