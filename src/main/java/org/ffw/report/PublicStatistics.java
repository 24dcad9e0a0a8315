package org.ffw.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ffw.certification.CertificationPublicFigures;
import org.ffw.complaint.ComplaintPublicFigures;
import org.ffw.identity.District;
import org.ffw.identity.UserService;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.rules.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The statistics the city publishes (页面 /public/statistics, GET /api/v1/public/statistics, docs/statistics.md):
 * per district and for the city, certified employers and their posts, complaints decided on acceptance and the share
 * accepted within 5 working days, findings and the median working days from acceptance to finding — every count and
 * every figure based on one through the small-count rule ({@link Suppression}). Nothing here names a case or a person.
 */
@Service
public class PublicStatistics {

    /** The first year that may be asked for (the working-day calendar counts from 2021). */
    static final int FIRST_YEAR = 2021;

    /** A published count: the number, or withheld ("<5" in the API and CSV, in words on the page). */
    public record Count(Long value) {
        public boolean withheld() {
            return value == null;
        }

        @JsonValue
        public Object json() {
            return value == null ? "<5" : value;
        }
    }

    /** A figure based on a count (a share in percent, a median in working days): null when not published. */
    public record Figure(BigDecimal value) {
        public boolean withheld() {
            return value == null;
        }

        @JsonValue
        public BigDecimal json() {
            return value;
        }

        /** The number as the page writes it: 12 or 12.5. */
        public String text() {
            return value == null ? "" : value.stripTrailingZeros().toPlainString();
        }
    }

    /** One line of the table: a district (code and names), or the city (code null). */
    public record Row(String districtCode, String district, String districtEn, Count certifiedEmployers,
                      Count certifiedPosts, Count complaintsDecided, Figure acceptedWithin5WorkingDaysPercent,
                      Count findings, Figure medianWorkingDaysToFinding) {
    }

    /** A year's statistics: certificates valid on {@code certificatesValidOn}, decisions and findings of the year. */
    public record Year(int year, LocalDate certificatesValidOn, LocalDate periodFrom, LocalDate periodTo,
                       List<Row> districts, Row city) {
    }

    private final CertificationPublicFigures certification;
    private final ComplaintPublicFigures complaints;
    private final UserService users;
    private final WorkingDays workingDays;

    PublicStatistics(CertificationPublicFigures certification, ComplaintPublicFigures complaints, UserService users,
                     WorkingDays workingDays) {
        this.certification = certification;
        this.complaints = complaints;
        this.users = users;
        this.workingDays = workingDays;
    }

    /** The years that may be asked for, newest first. */
    public List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = workingDays.today().getYear(); y >= FIRST_YEAR; y--) {
            years.add(y);
        }
        return years;
    }

    /** The year as typed (blank: this year); not a year from 2021 to this year is a problem of the field "year". */
    public int year(String text) {
        int current = workingDays.today().getYear();
        if (text == null || text.isBlank()) {
            return current;
        }
        int year;
        try {
            year = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("year", "must be a whole number");
        }
        if (year < FIRST_YEAR || year > current) {
            throw new InvalidInputException("year", "must be between " + FIRST_YEAR + " and " + current);
        }
        return year;
    }

    @Transactional(readOnly = true)
    public Year of(int year) {
        LocalDate today = workingDays.today();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        Map<String, CertificationPublicFigures.District> certified = certification.validOn(to).stream()
                .collect(Collectors.toMap(CertificationPublicFigures.District::district, Function.identity()));
        ComplaintPublicFigures.Period period = complaints.between(from, to);
        Map<String, ComplaintPublicFigures.Figures> complained = period.districts().stream()
                .collect(Collectors.toMap(ComplaintPublicFigures.Figures::district, Function.identity()));

        List<District> districts = users.districts();
        int n = districts.size();
        long[] employers = new long[n];
        long[] posts = new long[n];
        long[] decided = new long[n];
        long[] inTime = new long[n];
        long[] findings = new long[n];
        BigDecimal[] medians = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            CertificationPublicFigures.District c = certified.get(districts.get(i).code());
            ComplaintPublicFigures.Figures f = complained.get(districts.get(i).code());
            employers[i] = c == null ? 0 : c.employers();
            posts[i] = c == null ? 0 : c.posts();
            decided[i] = f == null ? 0 : f.decided();
            inTime[i] = f == null ? 0 : f.acceptedInTime();
            findings[i] = f == null ? 0 : f.findings();
            medians[i] = f == null ? null : f.medianWorkingDays();
        }
        ComplaintPublicFigures.Figures city = period.city();
        long cityEmployers = sum(employers);
        long cityPosts = sum(posts);
        Suppression.Column employersShown = Suppression.column(employers, cityEmployers);
        Suppression.Column postsShown = Suppression.column(posts, cityPosts);
        Suppression.Column decidedShown = Suppression.column(decided, city.decided());
        Suppression.Column findingsShown = Suppression.column(findings, city.findings());

        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            District d = districts.get(i);
            rows.add(new Row(d.code(), d.nameZh(), d.nameEn(),
                    count(employers[i], employersShown.district(i)), count(posts[i], postsShown.district(i)),
                    count(decided[i], decidedShown.district(i)),
                    share(inTime[i], decided[i], decidedShown.district(i)),
                    count(findings[i], findingsShown.district(i)), figure(medians[i], findingsShown.district(i))));
        }
        Row cityRow = new Row(null, null, null, count(cityEmployers, employersShown.total()),
                count(cityPosts, postsShown.total()), count(city.decided(), decidedShown.total()),
                share(city.acceptedInTime(), city.decided(), decidedShown.total()),
                count(city.findings(), findingsShown.total()),
                figure(city.medianWorkingDays(), findingsShown.total()));
        return new Year(year, to, from, to, rows, cityRow);
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }

    private static Count count(long value, boolean withheld) {
        return new Count(withheld ? null : value);
    }

    private static Figure share(long part, long whole, boolean withheld) {
        return new Figure(withheld || whole == 0 ? null : BigDecimal.valueOf(part * 100)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }

    private static Figure figure(BigDecimal value, boolean withheld) {
        return new Figure(withheld ? null : value);
    }
}
