package org.ffw.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.ffw.identity.UserService;
import org.ffw.platform.outbox.Outbox;
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
    private final Outbox outbox;
    private final TransactionTemplate tx;

    CalendarReminders(WorkCalendarService calendars, WorkingDays workingDays, UserService users, Outbox outbox,
                      TransactionTemplate tx) {
        this.calendars = calendars;
        this.workingDays = workingDays;
        this.users = users;
        this.outbox = outbox;
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
                    n += outbox.enqueueOnce("calendar-year-reminder:" + year + ":w" + week + ":" + admin, admin,
                            null, TEMPLATE, "请载入 " + year + " 年节假日安排", body(year)) ? 1 : 0;
                }
            }
            return n;
        });
        if (queued != null && queued > 0) {
            log.info("reminded {} administrator(s) to load the holiday schedule of {}", admins.size(), years);
        }
        return queued == null ? 0 : queued;
    }

    static String body(int year) {
        String load = "国务院办公厅公布《关于" + year + "年部分节假日安排的通知》后，请通过 PUT /api/v1/calendar/" + year
                + " 载入全部法定节假日、调休日和调休上班日（见 docs/rules.md）。";
        if (StatutoryHolidays.covers(year)) {
            return year + " 年节假日安排尚未载入。在载入之前，" + year + " 年的工作日按法定节假日暂定计算（不含调休），"
                    + "涉及该年的期限和生育假结束日期均标为暂定。" + load;
        }
        return year + " 年节假日安排尚未载入，且 " + year + " 年不在系统已知法定节假日的年份（"
                + StatutoryHolidays.FIRST_YEAR + "–" + StatutoryHolidays.LAST_YEAR + "）之内：涉及该年的期限无法计算，"
                + "需要这些期限的操作将被拒绝（422）。" + load + "同时请开发人员补充 StatutoryHolidays 的农历日期表。";
    }
}
