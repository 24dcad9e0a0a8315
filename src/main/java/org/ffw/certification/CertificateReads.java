package org.ffw.certification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.ffw.certification.CertificationViews.CertificateView;
import org.ffw.certification.CertificationViews.Finding;
import org.ffw.certification.CertificationViews.Notice;
import org.ffw.certification.CertificationViews.Page;
import org.ffw.certification.CertificationViews.Post;
import org.ffw.certification.CertificationViews.PublicPost;
import org.ffw.certification.CertificationViews.RegisterEntry;
import org.ffw.certification.CertificationViews.Verification;
import org.ffw.identity.DistrictNames;
import org.ffw.platform.cases.CaseAccess;
import org.ffw.platform.cases.CaseRecord;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.TimelineEntry;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.NotFoundException;
import org.ffw.rules.WorkingDays;
import org.springframework.stereotype.Service;

/**
 * Certificates as their holder and the district's staff read them, and what anyone may read without a login: the
 * verification of a number, the city's register of certified employers, the notices under way.
 */
@Service
public class CertificateReads {

    private final CertificateMapper certificates;
    private final CertificationMapper applications;
    private final CertificationReads applicationReads;
    private final CaseRegistry registry;
    private final Timeline timeline;
    private final DistrictNames districts;
    private final CertificationProperties properties;
    private final WorkingDays workingDays;

    CertificateReads(CertificateMapper certificates, CertificationMapper applications,
                     CertificationReads applicationReads, CaseRegistry registry, Timeline timeline,
                     DistrictNames districts, CertificationProperties properties, WorkingDays workingDays) {
        this.certificates = certificates;
        this.applications = applications;
        this.applicationReads = applicationReads;
        this.registry = registry;
        this.timeline = timeline;
        this.districts = districts;
        this.properties = properties;
        this.workingDays = workingDays;
    }

    /** The employers whose certificate was revoked on or after the day (a risk signal of the campaigns). */
    public java.util.Set<String> employersRevokedSince(LocalDate since) {
        return new java.util.TreeSet<>(certificates.revokedSince(since));
    }

    /** The employer's certificates, or the district's for its staff. */
    public List<CertificateView> listFor(FfwUser me, int page, int size) {
        List<Certificate> found;
        if (me.has(Role.EMPLOYER) && me.employerCreditCode() != null) {
            found = certificates.ofEmployer(me.employerCreditCode());
        } else if (me.isStaffOf(me.district(), Procedure.FRIENDLY_POST_CERTIFICATE.staffRoles())) {
            found = certificates.ofDistrict(me.district(), size, page * size);
        } else {
            throw new ForbiddenException("Certificates are read by their holder and the district's staff.");
        }
        return found.stream().map(c -> view(c, false)).toList();
    }

    public CertificateView read(FfwUser me, String number) {
        Certificate c = certificates.find(CertificateNumbers.normalize(number));
        CaseRecord r = c == null ? null : registry.find(c.certificateNo()).orElse(null);
        if (r == null) {
            throw new NotFoundException("No such certificate.");
        }
        CaseAccess.Reader reader = CaseAccess.require(me, r, "This certificate is not yours to read.");
        return view(c, reader == CaseAccess.Reader.STAFF);
    }

    private CertificateView view(Certificate c, boolean staff) {
        LocalDate today = workingDays.today();
        LocalDate opens = c.validTo().minusDays(properties.renewalWindowDays());
        boolean renewalOpen = c.status() == CertificateStatus.VALID && !today.isBefore(opens)
                && applications.activeFor(c.employerCreditCode()) == null;
        List<TimelineEntry> entries = timeline.of(c.certificateNo(), staff ? Visibility.forStaff()
                : Visibility.forApplicant());
        if (!staff) {
            entries = entries.stream().map(TimelineEntry::withoutActorName).toList();
        }
        List<Finding> findings = certificates.findings(c.certificateNo()).stream().map(f -> new Finding(
                f.complaintCaseNo(), f.foundOn(), f.summary(), f.decision(), f.decision() == null ? "待审查"
                : "REVOKE".equals(f.decision()) ? "撤销证书" : "警示并保留", f.reason())).toList();
        return new CertificateView(c.certificateNo(), c.status(), c.status().label(), c.employerName(),
                c.employerCreditCode(), c.district(), districts.name(c.district()), c.validFrom(), c.validTo(),
                Math.max(0, ChronoUnit.DAYS.between(today, c.validTo())), renewalOpen, opens, c.issuedByCase(),
                c.renewedByCase(), c.warnings(), c.endReason(), c.endedOn(),
                Post.of(certificates.posts(c.certificateNo())), findings,
                applicationReads.waiting(c.certificateNo()), entries, "/public/certificates/" + c.certificateNo());
    }

    /** Anyone: what a number is, and, for an issued one, whose it is and whether it is valid. */
    public Verification verify(String typed) {
        String number = CertificateNumbers.normalize(typed);
        switch (CertificateNumbers.verdict(number)) {
            case MALFORMED -> {
                return new Verification(number, "MALFORMED", "这不是生育友好岗证书编号（格式为 FC-年份-六位序号-校验位，"
                        + "例如 FC-2026-000001-7）", null, null, null, null, null, null, null, null, null, null);
            }
            case FORGED -> {
                return new Verification(number, "FORGED", "编号的校验位不符：这不是本市颁发的证书编号，证书可能系伪造，"
                        + "请向区人社局举报", null, null, null, null, null, null, null, null, null, null);
            }
            default -> {
            }
        }
        Certificate c = certificates.find(number);
        if (c == null) {
            return new Verification(number, "NEVER_ISSUED", "本市未颁发过此编号的生育友好岗证书", null, null, null, null,
                    null, null, null, null, null, null);
        }
        List<PostRow> posts = certificates.posts(number);
        List<String> measures = posts.stream().flatMap(p -> p.measureList().stream()).distinct().sorted()
                .map(Measure::label).toList();
        String words = switch (c.status()) {
            case VALID -> "证书有效，有效期至 " + c.validTo();
            case EXPIRED -> "证书已于 " + c.validTo() + " 过期";
            case REVOKED -> "证书已于 " + c.endedOn() + " 撤销";
            case SURRENDERED -> "证书已于 " + c.endedOn() + " 由单位交回";
        };
        return new Verification(number, "ISSUED", words, c.status(), c.status().label(), c.employerName(),
                districts.name(c.district()), posts.size(), posts.stream().mapToInt(PostRow::headcount).sum(),
                measures, c.validFrom(), c.validTo(), c.endedOn());
    }

    /** The city's list: valid certificates only, by district and measure, paged. */
    public Page<RegisterEntry> register(String district, Measure measure, int page, int size) {
        String m = measure == null ? null : measure.name();
        String d = district == null || district.isBlank() ? null : district.strip();
        List<RegisterEntry> items = certificates.register(d, m, size, page * size).stream()
                .map(c -> new RegisterEntry(c.certificateNo(), c.employerName(), c.district(),
                        districts.name(c.district()), c.validTo(),
                        certificates.posts(c.certificateNo()).stream().map(PublicPost::of).toList()))
                .toList();
        return new Page<>(items, page, size, certificates.countRegister(d, m));
    }

    /** The applications in their public notice (anyone may object until its end). */
    public List<Notice> notices(String district) {
        return applications.inNotice(district == null || district.isBlank() ? null : district.strip()).stream()
                .map(a -> new Notice(a.caseNo(), a.employerName(), a.district(), districts.name(a.district()),
                        applications.posts(a.caseNo()).stream().map(PublicPost::of).toList(), a.noticeFrom(),
                        a.noticeUntil()))
                .toList();
    }
}
