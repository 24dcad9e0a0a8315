package org.ffw.complaint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ffw.rules.WorkingDayCounter;
import org.ffw.rules.WorkCalendarService;
import org.springframework.stereotype.Component;

/**
 * The complaint's part of the published statistics (docs/statistics.md), per handling district and for the city, for
 * a period: the complaints and reports decided on acceptance, how many of them were accepted (立案) within 5 working
 * days of receipt ({@link ComplaintDeadlines#ACCEPTANCE_DAYS}), the findings made and the median number of working
 * days from acceptance to finding. Working days are the calendar's ({@link WorkingDayCounter} over one calendar per call, so each
 * year's schedule is read once); a year without a loaded schedule is counted provisionally, as deadlines are.
 * <p>
 * SQL groups the cases by district and pair of dates ({@link ComplaintPublicFiguresMapper}); the working days between
 * the two dates are counted here, once per group, and the median is taken from the distribution of those counts.
 * Exact figures, unsuppressed: the caller publishes them only through its small-count rule.
 */
@Component
public class ComplaintPublicFigures {

    /** One district's (or the city's) figures; the median is null without findings. */
    public record Figures(String district, long decided, long acceptedInTime, long findings,
                          BigDecimal medianWorkingDays) {
    }

    /** Per district with any case in the period (ordered by code), and the city's whole. */
    public record Period(List<Figures> districts, Figures city) {
    }

    private final ComplaintPublicFiguresMapper mapper;
    private final WorkCalendarService calendars;

    ComplaintPublicFigures(ComplaintPublicFiguresMapper mapper, WorkCalendarService calendars) {
        this.mapper = mapper;
        this.calendars = calendars;
    }

    /** The figures of decisions and findings made from {@code from} to {@code to}, both included. */
    public Period between(LocalDate from, LocalDate to) {
        WorkingDayCounter calendar = new WorkingDayCounter(calendars.calendar()); // each day looked up once
        Map<String, long[]> acceptance = new TreeMap<>();
        long[] cityAcceptance = new long[2];
        for (ComplaintPublicFiguresMapper.DayPair p : mapper.acceptanceDecisions(from, to)) {
            long[] a = acceptance.computeIfAbsent(p.district(), d -> new long[2]);
            boolean inTime = p.secondDay() != null
                    && days(calendar, p.firstDay(), p.secondDay()) <= ComplaintDeadlines.ACCEPTANCE_DAYS;
            a[0] += p.cases();
            cityAcceptance[0] += p.cases();
            if (inTime) {
                a[1] += p.cases();
                cityAcceptance[1] += p.cases();
            }
        }
        Map<String, TreeMap<Integer, Long>> durations = new TreeMap<>();
        TreeMap<Integer, Long> cityDurations = new TreeMap<>();
        for (ComplaintPublicFiguresMapper.DayPair p : mapper.findings(from, to)) {
            int days = days(calendar, p.firstDay(), p.secondDay());
            durations.computeIfAbsent(p.district(), d -> new TreeMap<>()).merge(days, p.cases(), Long::sum);
            cityDurations.merge(days, p.cases(), Long::sum);
        }
        TreeSet<String> all = new TreeSet<>(acceptance.keySet());
        all.addAll(durations.keySet());
        List<Figures> districts = new ArrayList<>();
        for (String d : all) {
            districts.add(figures(d, acceptance.getOrDefault(d, new long[2]), durations.getOrDefault(d,
                    new TreeMap<>())));
        }
        return new Period(districts, figures(null, cityAcceptance, cityDurations));
    }

    private static Figures figures(String district, long[] acceptance, TreeMap<Integer, Long> durations) {
        long findings = durations.values().stream().mapToLong(Long::longValue).sum();
        return new Figures(district, acceptance[0], acceptance[1], findings, median(durations, findings));
    }

    /** The median of a distribution (value → how many): the middle value, or the mean of the two middle ones. */
    static BigDecimal median(TreeMap<Integer, Long> distribution, long n) {
        if (n == 0) {
            return null;
        }
        long lower = (n - 1) / 2; // 0-based positions of the middle value(s)
        long upper = n / 2;
        Integer lowValue = null;
        Integer highValue = null;
        long seen = 0;
        for (Map.Entry<Integer, Long> e : distribution.entrySet()) {
            long next = seen + e.getValue();
            if (lowValue == null && lower < next) {
                lowValue = e.getKey();
            }
            if (upper < next) {
                highValue = e.getKey();
                break;
            }
            seen = next;
        }
        return BigDecimal.valueOf((long) lowValue + highValue).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    private static int days(WorkingDayCounter calendar, LocalDate from, LocalDate to) {
        return calendar.between(from, to);
    }
}
