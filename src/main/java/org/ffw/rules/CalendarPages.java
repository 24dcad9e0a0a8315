package org.ffw.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.PageFormat;
import org.ffw.rules.CalendarController.Schedule;
import org.ffw.rules.CalendarProblemWords.Problem;
import org.ffw.rules.ProvisionalDeadlines.Pending;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The administrator's page of the working-day calendar ({@code /admin/calendar}): the loaded years and those to load
 * now, and loading a year's schedule in two steps — 预览 checks the schedule (the body of
 * {@code PUT /api/v1/calendar/{year}}, pasted or as a file) with the service's own validation and shows the year's
 * working days, its holiday blocks and make-up days, and the provisional deadlines of open cases and tasks that will
 * move, counted on the previewed schedule without storing it; 载入 stores it through the same service call as the
 * API. A bad schedule is a 400 with each problem beside its input, and nothing is stored.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CalendarPages {

    static final int MAX_SCHEDULE = 64 * 1024;

    private final WorkCalendarService calendars;
    private final CalendarReminders reminders;
    private final List<ProvisionalDeadlines> deadlines;
    private final ObjectMapper json;
    private final PageFormat fmt;
    private final CalendarProblemWords words;
    private final WorkingDays workingDays;

    CalendarPages(WorkCalendarService calendars, CalendarReminders reminders, List<ProvisionalDeadlines> deadlines,
                  ObjectMapper json, PageFormat fmt, WorkingDays workingDays) {
        this.calendars = calendars;
        this.workingDays = workingDays;
        this.reminders = reminders;
        this.deadlines = deadlines;
        this.json = json;
        this.fmt = fmt;
        this.words = new CalendarProblemWords(fmt);
    }

    /** A deadline that will be counted again, as the page lists it. */
    record PendingView(String caseNo, String what, LocalDate now, LocalDate after, boolean moves, boolean stillProvisional) {
    }

    @GetMapping("/admin/calendar")
    String page(@RequestParam(name = "year", required = false) Integer year, Model model) {
        List<Integer> toLoad = reminders.yearsToLoad();
        int suggested = year != null ? year : !toLoad.isEmpty() ? toLoad.get(0) : nextUnloaded();
        return page(model, String.valueOf(suggested), template(suggested), List.of());
    }

    @PostMapping("/admin/calendar/preview")
    String preview(@RequestParam(name = "year", required = false) String year,
                   @RequestParam(name = "schedule", required = false) String schedule,
                   @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                   HttpServletResponse response) {
        String text = schedule == null ? "" : schedule;
        try {
            text = fromFile(file).orElse(text);
            Parsed p = parse(year, text);
            CalendarYear preview = calendars.preview(p.year(), p.schedule().source(), p.schedule().calendarDays());
            model.addAttribute("preview", preview);
            model.addAttribute("blocks", CalendarBlocks.of(preview));
            model.addAttribute("replaces", calendars.isLoaded(p.year()));
            model.addAttribute("pending", pending(p.year(), preview));
            return page(model, year.trim(), text, List.of());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, year, text, words.of(e.errors()));
        }
    }

    @PostMapping("/admin/calendar/load")
    String load(@RequestParam(name = "year", required = false) String year,
                @RequestParam(name = "schedule", required = false) String schedule, Model model,
                HttpServletResponse response, RedirectAttributes flash) {
        String text = schedule == null ? "" : schedule;
        try {
            Parsed p = parse(year, text);
            int moved = (int) pending(p.year(), calendars.preview(p.year(), p.schedule().source(),
                    p.schedule().calendarDays())).stream().filter(PendingView::moves).count();
            CalendarYear loaded = calendars.load(p.year(), p.schedule().source(), p.schedule().calendarDays(),
                    CurrentUser.actorName());
            flash.addFlashAttribute("notice", fmt.message("admin.calendar.loaded", loaded.year(),
                    loaded.workingDays(), moved));
            return "redirect:/admin/calendar#year-" + loaded.year();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, year, text, words.of(e.errors()));
        }
    }

    private String page(Model model, String year, String schedule, List<Problem> problems) {
        List<CalendarYear> loaded = calendars.loadedYears().stream().sorted((a, b) -> b - a)
                .map(y -> calendars.year(y).orElse(null)).filter(y -> y != null).toList();
        model.addAttribute("loadedYears", loaded);
        model.addAttribute("yearsToLoad", reminders.yearsToLoad());
        model.addAttribute("year", year == null ? "" : year);
        model.addAttribute("schedule", schedule);
        model.addAttribute("problems", problems);
        model.addAttribute("yearProblems", problems.stream().filter(p -> p.input().equals("year")).toList());
        model.addAttribute("scheduleProblems", problems.stream().filter(p -> p.input().equals("schedule")).toList());
        model.addAttribute("maxSchedule", MAX_SCHEDULE);
        return "admin/calendar";
    }

    private List<PendingView> pending(int year, CalendarYear preview) {
        List<PendingView> out = new ArrayList<>();
        for (ProvisionalDeadlines source : deadlines) {
            for (Pending p : source.whenLoaded(year, calendars.calendarWith(year, preview.days()))) {
                out.add(new PendingView(p.caseNo(), fmt.messageOr(p.whatKey(), p.what()), p.now(), p.after(),
                        p.moves(), p.stillProvisional()));
            }
        }
        return out;
    }

    /** The pasted or uploaded text read as the PUT body, and the year; 400 naming what cannot be read. */
    private Parsed parse(String year, String text) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer y = null;
        try {
            y = Integer.parseInt(year == null ? "" : year.trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("year", year == null || year.isBlank() ? "is required"
                    : "must be a whole number"));
        }
        Schedule schedule = null;
        if (text.isBlank()) {
            problems.add(new FieldProblem("schedule", "is required"));
        } else if (text.length() > MAX_SCHEDULE) {
            problems.add(new FieldProblem("schedule", "must have at most " + MAX_SCHEDULE + " characters"));
        } else {
            try {
                schedule = json.readValue(text, Schedule.class);
            } catch (UnrecognizedPropertyException e) {
                problems.add(new FieldProblem(path(e), "is not a known property"));
            } catch (InvalidFormatException e) {
                problems.add(new FieldProblem(path(e), e.getTargetType() == DayKind.class
                        ? "must be one of STATUTORY_HOLIDAY, ADJUSTED_REST, ADJUSTED_WORKDAY"
                        : "must be a date (yyyy-MM-dd)"));
            } catch (JsonMappingException e) {
                problems.add(e.getCause() instanceof JsonProcessingException syntax ? notJson(syntax)
                        : new FieldProblem(path(e), "has the wrong type"));
            } catch (JsonProcessingException e) {
                problems.add(notJson(e));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (schedule == null) {
            throw new InvalidInputException("schedule", "is required");
        }
        return new Parsed(y, schedule);
    }

    private static FieldProblem notJson(JsonProcessingException e) {
        var at = e.getLocation();
        return new FieldProblem("schedule", "is not valid JSON (line " + (at == null ? 1 : at.getLineNr())
                + ", column " + (at == null ? 1 : at.getColumnNr()) + ")");
    }

    private record Parsed(int year, Schedule schedule) {
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "schedule" : sb.toString();
    }

    private static Optional<String> fromFile(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return Optional.empty();
        }
        if (file.getSize() > MAX_SCHEDULE) {
            throw new InvalidInputException("schedule", "must have at most " + MAX_SCHEDULE + " characters");
        }
        try {
            return Optional.of(new String(file.getBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidInputException("schedule", "is required");
        }
    }

    /** The first year after the last loaded one. */
    private int nextUnloaded() {
        int today = workingDays.today().getYear();
        int y = today + 1;
        while (calendars.isLoaded(y)) {
            y++;
        }
        return y;
    }

    /** The PUT body to start from: the year's statutory holidays (the law fixes them), to add the notice's 调休 to. */
    static String template(int year) {
        StringBuilder sb = new StringBuilder("{\n  \"source\": \"\",\n  \"days\": [\n");
        List<CalendarDay> days = StatutoryHolidays.covers(year) ? StatutoryHolidays.of(year) : List.of();
        for (int i = 0; i < days.size(); i++) {
            CalendarDay d = days.get(i);
            sb.append("    {\"date\": \"").append(d.date()).append("\", \"kind\": \"").append(d.kind())
                    .append("\", \"name\": \"").append(d.name()).append("\"}").append(i + 1 < days.size() ? ",\n" : "\n");
        }
        return sb.append("  ]\n}\n").toString();
    }
}
