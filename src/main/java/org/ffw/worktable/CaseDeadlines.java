package org.ffw.worktable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.ffw.identity.UserService;
import org.ffw.platform.cases.CaseNotices;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.outbox.Notices;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.NoteArg;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.rules.CalendarYearLoaded;
import org.ffw.rules.CalendarYearNotLoadedException;
import org.ffw.rules.Deadline;
import org.ffw.rules.WorkingDays;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case's statutory time limits in working days (受理期限, 调查期限 …), for every procedure. A procedure sets one with
 * {@link #set} and stores the date it gets on its own row; the kit remembers how it was counted. A deadline counted on
 * a year whose holiday schedule is not loaded yet is <em>provisional</em> (the year's statutory days are known, its
 * 调休 are not); one that reaches beyond the table of statutory holidays has no date yet and the administrators are
 * told. When a year's schedule is loaded, every such deadline is counted again: a date that moves is recorded on the
 * case's timeline, the parties are told, and {@link Moved} is published in the loading transaction so that the
 * procedure updates its row, its process and its tasks.
 */
@Service
public class CaseDeadlines {

    /** What a procedure calls a deadline, who reads it and which notice tells of a change. */
    public record Kind(String name, String label, Visibility audience, String template) {
    }

    /** A deadline's date (null while its year is beyond what can be counted) and whether it may still move. */
    public record Due(LocalDate date, boolean provisional) {
        /** The words shown after the date while it is provisional. */
        public String note() {
            return date == null ? "（待节假日安排载入后计算）" : provisional ? "（暂定：节假日安排公布后确认）" : "";
        }

        /** The date and, while it may still move, what that means: a part of a notice ({@link Notice}). */
        public Object words() {
            return date == null ? Notice.text("notice.due.pending")
                    : provisional ? Notice.text("notice.due.provisional", Notice.date(date)) : Notice.date(date);
        }
    }

    /** Published when a deadline was counted again on a newly loaded year and its date changed. */
    public record Moved(String caseNo, String name, LocalDate from, LocalDate to, boolean provisional) {
    }

    record Row(String caseNo, String name, String label, LocalDate startDate, int workingDays, LocalDate dueDate,
               boolean provisional, Visibility audience, String template) {
    }

    private final DeadlineMapper mapper;
    private final WorkingDays workingDays;
    private final Timeline timeline;
    private final CaseNotices notices;
    private final CaseRegistry registry;
    private final Notices worded;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final TaskDeadlines tasks;
    private final TransactionTemplate tx;

    CaseDeadlines(DeadlineMapper mapper, WorkingDays workingDays, Timeline timeline, CaseNotices notices,
                  CaseRegistry registry, Notices worded, UserService users, ApplicationEventPublisher events,
                  TaskDeadlines tasks, TransactionTemplate tx) {
        this.mapper = mapper;
        this.workingDays = workingDays;
        this.timeline = timeline;
        this.notices = notices;
        this.registry = registry;
        this.worded = worded;
        this.users = users;
        this.events = events;
        this.tasks = tasks;
        this.tx = tx;
    }

    /** Counts n working days after {@code start} for the case and remembers how, replacing an earlier one of the kind. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Due set(String caseNo, Kind kind, LocalDate start, int n) {
        Due due = count(caseNo, start, n);
        Row row = new Row(caseNo, kind.name(), kind.label(), start, n, due.date(), due.provisional(), kind.audience(),
                kind.template());
        if (mapper.update(row, Instant.now()) == 0) {
            mapper.insert(row, Instant.now());
        }
        return due;
    }

    /** The case's deadlines by name, as last counted. */
    public Map<String, Due> of(String caseNo) {
        Map<String, Due> out = new LinkedHashMap<>();
        for (Row r : mapper.ofCase(caseNo)) {
            out.put(r.name(), new Due(r.dueDate(), r.provisional()));
        }
        return out;
    }

    /** The case's deadlines a reader of these audiences may see (the employer: {@link Visibility#forEmployer()}). */
    public Map<String, Due> of(String caseNo, java.util.Set<Visibility> audiences) {
        Map<String, Due> out = new LinkedHashMap<>();
        for (Row r : mapper.ofCase(caseNo)) {
            if (audiences.contains(r.audience())) {
                out.put(r.name(), new Due(r.dueDate(), r.provisional()));
            }
        }
        return out;
    }

    private Due count(String caseNo, LocalDate start, int n) {
        try {
            Deadline d = workingDays.deadline(start, n);
            return new Due(d.date(), d.provisional());
        } catch (CalendarYearNotLoadedException beyond) {
            waitingFor(caseNo, beyond.year());
            return new Due(null, true);
        }
    }

    /** A deadline in a year not even the table of statutory holidays covers: the administrators must load it. */
    private void waitingFor(String caseNo, int year) {
        timeline.recordAs(caseNo, "system", null, "DEADLINE_PENDING", null, null, Visibility.STAFF,
                Note.of("timeline.note.deadlinePending", year));
        for (String admin : users.usernamesWithRole(Role.ADMIN)) {
            worded.queueOnce("calendar-missing:" + year + ":" + caseNo + ":" + admin, admin, caseNo,
                    new Notice("CALENDAR_YEAR_MISSING", "notice.calendar.load.subject", "notice.calendar.missing.body",
                            String.valueOf(year), caseNo));
        }
    }

    /** A year's schedule was loaded: count every deadline that may move again, then the open tasks' due dates. */
    @EventListener
    @Order(1)
    @Transactional(propagation = Propagation.MANDATORY)
    public void calendarLoaded(CalendarYearLoaded loaded) {
        for (Row r : mapper.provisional()) {
            recount(r, loaded.year());
        }
        tasks.recount(loaded.year());
    }

    /** On start, deadlines that had no date (e.g. from an older version) get one if it can be counted now. */
    @EventListener(ApplicationReadyEvent.class)
    void countWhatWaits() {
        tx.executeWithoutResult(s -> mapper.provisional().stream().filter(r -> r.dueDate() == null)
                .forEach(r -> recount(r, null)));
    }

    private void recount(Row r, Integer year) {
        Due due;
        try {
            Deadline d = workingDays.deadline(r.startDate(), r.workingDays());
            due = new Due(d.date(), d.provisional());
        } catch (CalendarYearNotLoadedException stillBeyond) {
            return;
        }
        mapper.update(new Row(r.caseNo(), r.name(), r.label(), r.startDate(), r.workingDays(), due.date(),
                due.provisional(), r.audience(), r.template()), Instant.now());
        if (Objects.equals(due.date(), r.dueDate())) {
            return;
        }
        String why = year == null ? "" : "（" + year + " 年节假日安排已载入）";
        String change = r.dueDate() == null ? r.label() + "为 " + due.date() + due.note()
                : r.label() + "由 " + r.dueDate() + " 调整为 " + due.date() + due.note();
        NoteArg.Code what = Note.code("timeline.note.deadline", r.name(), r.label());
        NoteArg loaded = year == null ? Note.none() : Note.of("timeline.note.scheduleLoaded", year);
        timeline.recordAs(r.caseNo(), "system", null, "DEADLINE_MOVED", null, null, r.audience(), r.dueDate() == null
                ? Note.of("timeline.note.deadlineSet", what, Note.due(due.date(), due.provisional()), loaded)
                : Note.of("timeline.note.deadlineMoved", what, r.dueDate(), Note.due(due.date(), due.provisional()),
                        loaded));
        String body = "案件 " + r.caseNo() + " 的" + change + why + "。";
        Object name = Notice.label("notice.deadlineName", r.name(), r.label());
        Object moved = r.dueDate() == null ? Notice.text("notice.deadline.counted", name, due.words())
                : Notice.text("notice.deadline.changed", name, Notice.date(r.dueDate()), due.words());
        Object because = year == null ? Notice.NONE : Notice.text("notice.deadline.why", String.valueOf(year));
        if (r.audience() != Visibility.STAFF) {
            notices.toApplicant(r.caseNo(), new Notice(r.template(), "notice.deadline.moved.subject",
                    "notice.deadline.movedYours.body", r.caseNo(), moved, because, name));
        }
        if (r.audience() == Visibility.PUBLIC && registry.get(r.caseNo()).employerVisible()) {
            notices.toEmployer(r.caseNo(), new Notice(r.template(), "notice.deadline.moved.subject",
                    "notice.deadline.moved.body", r.caseNo(), moved, because, name));
        }
        events.publishEvent(new Moved(r.caseNo(), r.name(), r.dueDate(), due.date(), due.provisional()));
    }

    @Mapper
    interface DeadlineMapper {

        String COLUMNS = "case_no, name, label, start_date, working_days, due_date, provisional, audience, template";

        @Insert("""
                INSERT INTO case_deadline (case_no, name, label, start_date, working_days, due_date, provisional,
                    audience, template, updated_at)
                VALUES (#{r.caseNo}, #{r.name}, #{r.label}, #{r.startDate}, #{r.workingDays}, #{r.dueDate},
                    #{r.provisional}, #{r.audience}, #{r.template}, #{now})""")
        int insert(@Param("r") Row row, @Param("now") Instant now);

        @Update("""
                UPDATE case_deadline SET label = #{r.label}, start_date = #{r.startDate},
                    working_days = #{r.workingDays}, due_date = #{r.dueDate}, provisional = #{r.provisional},
                    audience = #{r.audience}, template = #{r.template}, updated_at = #{now}
                WHERE case_no = #{r.caseNo} AND name = #{r.name}""")
        int update(@Param("r") Row row, @Param("now") Instant now);

        @Select("SELECT " + COLUMNS + " FROM case_deadline WHERE case_no = #{caseNo} ORDER BY name")
        List<Row> ofCase(@Param("caseNo") String caseNo);

        @Select("SELECT " + COLUMNS + " FROM case_deadline WHERE provisional = TRUE ORDER BY case_no, name")
        List<Row> provisional();
    }
}
