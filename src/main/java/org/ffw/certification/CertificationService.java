package org.ffw.certification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ffw.employer.Employer;
import org.ffw.employer.EmployerService;
import org.ffw.platform.caseno.CaseNumbers;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.cases.CaseRegistry.NewCase;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.cases.QueryCodes;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.NotFoundException;
import org.ffw.platform.web.TooManyRequestsException;
import org.ffw.rules.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the employer does (apply, revise the posts when asked) and what anyone may do during the public notice
 * (object). Each is one transaction: validated first (400 naming every field, nothing stored), then the row, the
 * registry, the process, the timeline and the notices.
 */
@Service
public class CertificationService {

    /** What the employer is told after applying. */
    public record Answer(String caseNo, CertificationStatus status, String statusLabel, String renewalOf,
                         int posts, String queryCode) implements java.io.Serializable {
    }

    /** The posts as revised on a change request (PUT …/posts). */
    public record Posts(@NotEmpty(message = "must list at least one post") @Size(max = 100)
                        List<ApplyCertification.@Valid @NotNull Post> posts) {
    }

    /** An objection during the public notice: why, and optionally how to reach the person objecting. */
    public record Objection(@NotBlank @Size(min = 10, max = 2000) String reason, @Size(max = 100) String contact) {
    }

    private final CertificationMapper applications;
    private final CertificateMapper certificates;
    private final CertificationCases cases;
    private final CertificationProcess process;
    private final CertificationProperties properties;
    private final CertificationSettings settings;
    private final CaseNumbers caseNumbers;
    private final CaseRegistry registry;
    private final Timeline timeline;
    private final EmployerService employers;
    private final WorkingDays workingDays;
    private final Validator validator;

    CertificationService(CertificationMapper applications, CertificateMapper certificates, CertificationCases cases,
                         CertificationProcess process, CertificationProperties properties, CaseNumbers caseNumbers,
                         CaseRegistry registry, Timeline timeline, EmployerService employers,
                         WorkingDays workingDays, Validator validator, CertificationSettings settings) {
        this.applications = applications;
        this.certificates = certificates;
        this.cases = cases;
        this.process = process;
        this.properties = properties;
        this.settings = settings;
        this.caseNumbers = caseNumbers;
        this.registry = registry;
        this.timeline = timeline;
        this.employers = employers;
        this.workingDays = workingDays;
        this.validator = validator;
    }

    @Transactional
    public Answer apply(FfwUser me, ApplyCertification body) {
        Employer employer = employerOf(me);
        List<FieldProblem> errors = postProblems("posts", body.posts());
        if (body.consultation().date().isAfter(workingDays.today())) {
            errors.add(new FieldProblem("consultation.date", "must not be in the future"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String open = applications.activeFor(employer.creditCode());
        if (open != null) {
            throw new ConflictException("Your organisation already has an open certification application: " + open
                    + ".");
        }
        Certificate held = certificates.validOf(employer.creditCode());
        if (held != null) {
            LocalDate opens = held.validTo().minusDays(properties.renewalWindowDays());
            if (workingDays.today().isBefore(opens)) {
                throw new ConflictException("Your organisation holds certificate " + held.certificateNo()
                        + ", valid until " + held.validTo() + "; its renewal may be applied for from " + opens + ".");
            }
        }
        String caseNo = caseNumbers.next(Procedure.FRIENDLY_POST);
        String queryCode = QueryCodes.generate();
        Instant now = Instant.now();
        boolean first = certificates.countOfEmployer(employer.creditCode()) == 0;
        CertificationApplication a = new CertificationApplication(caseNo, null, CertificationStatus.UNDER_REVIEW,
                me.getUsername(), employer.creditCode(), employer.name(), employer.districtCode(),
                held == null ? null : held.certificateNo(), first, true, body.consultation().date(),
                body.consultation().body().strip(), body.consultation().summary().strip(),
                body.contact().name().strip(), body.contact().phone().strip(), null, null, null, 1, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                now, now);
        applications.insert(a, employer.creditCode());
        insertPosts(caseNo, body.posts());
        int headcount = body.posts().stream().mapToInt(ApplyCertification.Post::headcount).sum();
        registry.open(new NewCase(caseNo, Procedure.FRIENDLY_POST, employer.districtCode(), employer.creditCode(),
                me.getUsername(), CertificationStatus.UNDER_REVIEW.name(), employer.name() + " · "
                + body.posts().size() + " 个生育友好岗 · " + headcount + " 人" + (held == null ? "" : " · 续期"), true,
                queryCode));
        String pi = process.start(a, body.posts().size(), properties,
                settings.reviewDays(caseNo));
        applications.setProcessInstance(caseNo, pi);
        registry.processStarted(caseNo, pi);
        timeline.record(caseNo, "APPLIED", null, CertificationStatus.UNDER_REVIEW.name(), Visibility.PUBLIC,
                held == null ? Note.of("timeline.note.cert.applied", body.posts().size(), headcount)
                        : Note.of("timeline.note.cert.appliedRenewal", held.certificateNo(), body.posts().size(),
                        headcount));
        cases.toEmployer(caseNo, Notice.of("CERTIFICATION_APPLIED", "notice.cert.applied", caseNo,
                settings.reviewDays(caseNo), queryCode));
        return new Answer(caseNo, CertificationStatus.UNDER_REVIEW, CertificationStatus.UNDER_REVIEW.label(),
                a.renewalOf(), body.posts().size(), queryCode);
    }

    /** The employer revises its posts while a reviewer's change request is open; then resubmits on the task. */
    @Transactional
    public List<PostRow> revisePosts(FfwUser me, String caseNo, Posts body) {
        CertificationApplication a = cases.lock(caseNo);
        if (a == null) {
            throw new NotFoundException("No such certification application.");
        }
        if (!me.has(Role.EMPLOYER) || !a.employerCreditCode().equals(me.employerCreditCode())) {
            throw new ForbiddenException("Only the applying employer may change its posts.");
        }
        if (a.status() != CertificationStatus.CHANGES_REQUESTED) {
            throw new ConflictException("The posts can be changed only while a change is requested; the application"
                    + " is " + a.status().label() + ".");
        }
        List<FieldProblem> errors = postProblems("posts", body.posts());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        applications.deletePosts(caseNo);
        insertPosts(caseNo, body.posts());
        timeline.record(caseNo, "POSTS_REVISED", null, null, Visibility.PUBLIC,
                Note.of("timeline.note.cert.postsRevised", body.posts().size()));
        return applications.posts(caseNo);
    }

    /**
     * Anyone, during the public notice: a signed-in account, or anonymously (a limited number per address and hour;
     * the address is kept only as a hash).
     */
    @Transactional
    public void object(FfwUser me, String caseNo, Objection o, String clientAddress) {
        List<FieldProblem> errors = new ArrayList<>();
        validator.validate(o).forEach(v -> errors.add(new FieldProblem(v.getPropertyPath().toString(),
                v.getMessage())));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CertificationApplication a = cases.lock(caseNo);
        if (a == null) {
            throw new NotFoundException("No such certification application.");
        }
        if (a.status() != CertificationStatus.IN_NOTICE) {
            throw new ConflictException("The application is not in its public notice; objections are taken only "
                    + "during it.");
        }
        String hash = me == null ? hash(clientAddress) : null;
        if (hash != null && applications.objectionsFrom(hash, Instant.now().minus(Duration.ofHours(1)))
                >= properties.objectionsPerHour()) {
            throw new TooManyRequestsException("Too many objections from this address; please try again later.",
                    Duration.ofHours(1));
        }
        applications.insertObjection(caseNo, o.reason().strip(), o.contact() == null || o.contact().isBlank() ? null
                : o.contact().strip(), hash, Instant.now());
        timeline.recordAs(caseNo, "public", null, "OBJECTION_LODGED", null, null, Visibility.STAFF,
                Note.of("timeline.note.cert.objectionLodged", o.reason().strip()));
        cases.toStaff(caseNo, Role.INSPECTOR, Notice.of("CERTIFICATION_OBJECTION", "notice.cert.objection", caseNo,
                a.employerName(), o.reason().strip()));
    }

    /** Bean Validation of each post (the controller validates the body; a page form comes here directly). */
    List<FieldProblem> postProblems(String path, List<ApplyCertification.Post> posts) {
        List<FieldProblem> errors = new ArrayList<>();
        if (posts == null || posts.isEmpty()) {
            errors.add(new FieldProblem(path, "must list at least one post"));
            return errors;
        }
        for (int i = 0; i < posts.size(); i++) {
            ApplyCertification.Post p = posts.get(i);
            String at = path + "[" + i + "]";
            if (p == null) {
                errors.add(new FieldProblem(at, "must not be null"));
                continue;
            }
            validator.validate(p).forEach(v -> errors.add(new FieldProblem(at + "." + v.getPropertyPath(),
                    v.getMessage())));
            if (p.measures() != null && p.measures().contains(Measure.OTHER)
                    && (p.otherMeasure() == null || p.otherMeasure().isBlank())) {
                errors.add(new FieldProblem(at + ".otherMeasure", "must say what the other measure is"));
            }
        }
        return errors;
    }

    private void insertPosts(String caseNo, List<ApplyCertification.Post> posts) {
        for (int i = 0; i < posts.size(); i++) {
            applications.insertPost(caseNo, PostRow.of(i + 1, posts.get(i)));
        }
    }

    private Employer employerOf(FfwUser me) {
        if (!me.has(Role.EMPLOYER) || me.employerCreditCode() == null) {
            throw new ForbiddenException("Only an employer account may apply for certification.");
        }
        return employers.find(me.employerCreditCode()).orElseThrow(() -> new ForbiddenException(
                "Your organisation is not in the employer registry yet."));
    }

    private static String hash(String address) {
        return org.ffw.platform.Hashes.sha256("ffw-objection:" + address);
    }
}
