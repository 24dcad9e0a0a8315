package org.ffw.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.ffw.certification.CertificationFigures;
import org.ffw.certification.CertificationFigures.DistrictCertificates;
import org.ffw.complaint.ComplaintFigures;
import org.ffw.complaint.ComplaintFigures.FindingMonth;
import org.ffw.complaint.ComplaintFigures.LeaveTypeFinding;
import org.ffw.identity.UserService;
import org.ffw.inspection.InspectionFigures;
import org.ffw.inspection.InspectionFigures.CampaignResult;
import org.ffw.platform.Shanghai;
import org.ffw.platform.cases.CaseFigures;
import org.ffw.platform.cases.CaseFigures.Week;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.subsidy.SubsidyFigures;
import org.ffw.subsidy.SubsidyFigures.Month;
import org.ffw.worktable.TaskFigures;
import org.ffw.worktable.TaskFigures.OnTime;
import org.springframework.stereotype.Service;

/**
 * The reports of the dashboard (统计报表, docs/reports.md): who may read which district, the period, and each figure
 * from the package that owns its rows — every one a GROUP BY in the database. A supervisor reads their own district,
 * an administrator the whole city or one district; nobody else reads reports.
 */
@Service
public class Reports {

    /** The longest period one report covers. */
    public static final int MAX_YEARS = 3;

    /** The figures, by the name they have in the URLs ({@code /reports/cases.csv}, {@code /api/v1/reports/cases}). */
    public enum Figure {
        CASES("cases"), COMPLAINTS("complaints"), DEADLINES("deadlines"), FINDING_TIME("finding-time"),
        SUBSIDIES("subsidies"), CERTIFICATES("certificates"), CAMPAIGNS("campaigns");

        private final String slug;

        Figure(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }

        public static Optional<Figure> ofSlug(String slug) {
            return Arrays.stream(values()).filter(f -> f.slug.equals(slug)).findFirst();
        }
    }

    /** What a report covers: a district ({@code null}: the whole city) and the days from/to, inclusive. */
    public record Scope(String district, LocalDate from, LocalDate to) {
    }

    /** Every figure of a scope. */
    public record All(Scope scope, List<Week> cases, List<LeaveTypeFinding> complaints, List<OnTime> deadlines,
                      List<FindingMonth> findingTime, List<Month> subsidies, List<DistrictCertificates> certificates,
                      List<CampaignResult> campaigns) {
    }

    private final UserService users;
    private final CaseFigures cases;
    private final ComplaintFigures complaints;
    private final TaskFigures tasks;
    private final SubsidyFigures subsidies;
    private final CertificationFigures certificates;
    private final InspectionFigures inspections;

    Reports(UserService users, CaseFigures cases, ComplaintFigures complaints, TaskFigures tasks,
            SubsidyFigures subsidies, CertificationFigures certificates, InspectionFigures inspections) {
        this.users = users;
        this.cases = cases;
        this.complaints = complaints;
        this.tasks = tasks;
        this.subsidies = subsidies;
        this.certificates = certificates;
        this.inspections = inspections;
    }

    /** Whether this person reads reports at all: a supervisor of a district, or an administrator. */
    public static boolean mayRead(FfwUser me) {
        return me != null && (me.has(Role.ADMIN) || me.has(Role.SUPERVISOR) && me.district() != null);
    }

    /**
     * The scope this person asks for: a supervisor their own district (asking for another is a 403), an
     * administrator the city or a known district. No period: the last twelve months up to today. {@code to} before
     * {@code from} or a period over {@link #MAX_YEARS} years is a 400.
     */
    public Scope scope(FfwUser me, String district, LocalDate from, LocalDate to) {
        if (!mayRead(me)) {
            throw new ForbiddenException("Reports are for supervisors and administrators.");
        }
        String d = district == null || district.isBlank() ? null : district.strip();
        if (!me.has(Role.ADMIN)) {
            if (d != null && !d.equals(me.district())) {
                throw new ForbiddenException("A supervisor reads the reports of their own district.");
            }
            d = me.district();
        } else if (d != null && users.district(d).isEmpty()) {
            throw new InvalidInputException("district", "is not a Shanghai district code");
        }
        LocalDate today = LocalDate.now(Shanghai.ZONE);
        LocalDate end = to != null ? to : from != null && from.isAfter(today) ? from : today;
        LocalDate start = from != null ? from : end.minusMonths(12).plusDays(1);
        if (start.isAfter(end)) {
            throw new InvalidInputException("from", "is after the end of the period");
        }
        if (end.isAfter(start.plusYears(MAX_YEARS))) {
            throw new InvalidInputException("to", "may be at most " + MAX_YEARS + " years after from");
        }
        return new Scope(d, start, end);
    }

    /** Every figure for this person over the period, their whole scope (the bench harness times this). */
    public All all(FfwUser me, LocalDate from, LocalDate to) {
        return all(scope(me, null, from, to));
    }

    public All all(Scope s) {
        String d = s.district();
        return new All(s, cases.openedAndClosedPerWeek(d, s.from(), s.to()),
                complaints.byLeaveTypeAndFinding(d, s.from(), s.to()),
                tasks.completedWithinDeadline(d, s.from(), s.to()), complaints.acceptanceToFinding(d, s.from(), s.to()),
                subsidies.approvedAndPaidPerMonth(d, s.from(), s.to()), certificates.byDistrict(d, s.from(), s.to()),
                inspections.perCampaign(d, s.from(), s.to()));
    }

    /** One figure of a scope: a list of the owning package's rows. */
    public List<?> figure(Figure f, Scope s) {
        return switch (f) {
            case CASES -> cases.openedAndClosedPerWeek(s.district(), s.from(), s.to());
            case COMPLAINTS -> complaints.byLeaveTypeAndFinding(s.district(), s.from(), s.to());
            case DEADLINES -> tasks.completedWithinDeadline(s.district(), s.from(), s.to());
            case FINDING_TIME -> complaints.acceptanceToFinding(s.district(), s.from(), s.to());
            case SUBSIDIES -> subsidies.approvedAndPaidPerMonth(s.district(), s.from(), s.to());
            case CERTIFICATES -> certificates.byDistrict(s.district(), s.from(), s.to());
            case CAMPAIGNS -> inspections.perCampaign(s.district(), s.from(), s.to());
        };
    }
}
