package org.ffw.certification;

import org.ffw.platform.web.Paging;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.ffw.certification.CertificationService.Answer;
import org.ffw.certification.CertificationViews.CertificateView;
import org.ffw.certification.CertificationViews.EmployerView;
import org.ffw.certification.CertificationViews.ListItem;
import org.ffw.certification.CertificationViews.StaffView;
import org.ffw.platform.idempotency.Idempotency;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.FieldErrors;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.PageFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * The employer's certification pages — the application with its posts added one by one (再加一个岗位 posts the form
 * without JavaScript), the receipt, its applications, each application (with the posts to revise while a change is
 * requested), its certificates (renewal, surrender) and the printable certificate — and the district staff's lists
 * and case pages. Every read and change goes through the same services as the API; applying also through
 * {@link Idempotency} with a one-time token per form render. The public pages are {@link PublicCertificationPages}.
 */
@Controller
class CertificationPages {

    static final int PAGE_SIZE = 50;

    private final CertificationService service;
    private final CertificationReads reads;
    private final Certificates certificates;
    private final CertificateReads certificateReads;
    private final Idempotency idempotency;
    private final Validator validator;
    private final ObjectMapper json;
    private final PageFormat fmt;

    CertificationPages(CertificationService service, CertificationReads reads, Certificates certificates,
                       CertificateReads certificateReads, Idempotency idempotency, Validator validator,
                       ObjectMapper json, PageFormat fmt) {
        this.service = service;
        this.reads = reads;
        this.certificates = certificates;
        this.certificateReads = certificateReads;
        this.idempotency = idempotency;
        this.validator = validator;
        this.json = json;
        this.fmt = fmt;
    }

    // ------------------------------------------------------------------------------------------- applying

    /** The application form; {@code renewal} (a certificate number of the employer's) fills in its posts. */
    @GetMapping("/employer/certifications/new")
    @PreAuthorize("hasRole('EMPLOYER')")
    String newForm(@RequestParam(required = false) String renewal, Model model) {
        CertificationForm form = new CertificationForm();
        form.setToken(UUID.randomUUID().toString());
        if (renewal != null && !renewal.isBlank()) {
            CertificateView held = certificateReads.read(CurrentUser.get(), renewal.strip());
            form.setRenewalOf(held.number());
            form.setPosts(new ArrayList<>(held.posts().stream().map(CertificationForm.PostForm::of).toList()));
        }
        return formPage(model, form, FieldErrors.none());
    }

    @PostMapping("/employer/certifications/new")
    @PreAuthorize("hasRole('EMPLOYER')")
    String post(@ModelAttribute("form") CertificationForm form, Model model, RedirectAttributes flash,
                HttpServletResponse response) {
        if (form.rearranged()) {
            return formPage(model, form, FieldErrors.none());
        }
        FfwUser me = CurrentUser.get();
        List<FieldProblem> problems = new ArrayList<>();
        ApplyCertification command = form.command(problems);
        for (ConstraintViolation<ApplyCertification> v : validator.validate(command)) {
            problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
        }
        problems.addAll(service.postProblems("posts", command.posts()));
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formPage(model, form, errors(problems));
        }
        ResponseEntity<JsonNode> applied;
        try {
            applied = idempotency.run("certification-page", form.getToken(), command,
                    () -> ResponseEntity.status(HttpStatus.CREATED).body(service.apply(me, command)));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formPage(model, form, errors(e.errors()));
        } catch (Idempotency.KeyReusedException e) {
            form.setToken(UUID.randomUUID().toString());
            model.addAttribute("error", fmt.message("work.apply.formUsed"));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return formPage(model, form, FieldErrors.none());
        } catch (ConflictException e) {
            model.addAttribute("error", fmt.message("work.cert.applicationOpen"));
            model.addAttribute("errorDetail", e.getMessage());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return formPage(model, form, FieldErrors.none());
        }
        Answer answer = json.convertValue(applied.getBody(), Answer.class);
        flash.addFlashAttribute("applied", answer);
        return "redirect:/employer/certifications/" + answer.caseNo() + "/submitted";
    }

    /** The receipt after applying (Post/Redirect/Get): the query code is shown here once, from the flash. */
    @GetMapping("/employer/certifications/{caseNo}/submitted")
    @PreAuthorize("hasRole('EMPLOYER')")
    String submitted(@PathVariable String caseNo, Model model) {
        if (!(model.getAttribute("applied") instanceof Answer a) || !caseNo.equals(a.caseNo())) {
            return "redirect:/employer/certifications/" + caseNo;
        }
        return "certification/submitted";
    }

    private String formPage(Model model, CertificationForm form, FieldErrors errors) {
        if (form.getPosts() == null || form.getPosts().isEmpty()) {
            form.setPosts(new ArrayList<>(List.of(new CertificationForm.PostForm())));
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldLabels", form.labels(fmt));
        model.addAttribute("measures", Measure.values());
        return "certification/new";
    }

    /** The problems by the page's field names, each once. */
    static FieldErrors errors(List<FieldProblem> problems) {
        LinkedHashSet<FieldProblem> unique = new LinkedHashSet<>();
        problems.forEach(p -> unique.add(new FieldProblem(CertificationForm.pageField(p.field()), p.message())));
        return FieldErrors.of(unique);
    }

    // ------------------------------------------------------------------------------------------- applications

    @GetMapping({"/employer/certifications", "/certifications"})
    String list(@RequestParam(required = false) CertificationStatus status, @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                Model model) {
        FfwUser me = CurrentUser.get();
        boolean own = me.has(Role.EMPLOYER);
        int p = Math.max(0, page);
        List<ListItem> items = reads.listFor(me, status, p, PAGE_SIZE);
        model.addAttribute("items", items);
        model.addAttribute("status", status);
        model.addAttribute("statuses", CertificationStatus.values());
        model.addAttribute("page", p);
        model.addAttribute("more", !own && items.size() == PAGE_SIZE);
        model.addAttribute("own", own);
        if (own) {
            model.addAttribute("certificates", certificateReads.listFor(me, 0, PAGE_SIZE));
        }
        return "certification/list";
    }

    @GetMapping({"/employer/certifications/{caseNo}", "/certifications/{caseNo}"})
    String read(@PathVariable String caseNo, Model model) {
        Object view = reads.read(CurrentUser.get(), caseNo);
        model.addAttribute("v", view);
        if (view instanceof StaffView) {
            return "certification/staff";
        }
        EmployerView v = (EmployerView) view;
        if (v.status() == CertificationStatus.CHANGES_REQUESTED && !model.containsAttribute("form")) {
            CertificationForm form = new CertificationForm();
            form.setPosts(new ArrayList<>(v.posts().stream().map(CertificationForm.PostForm::of).toList()));
            model.addAttribute("form", form);
            model.addAttribute("errors", FieldErrors.none());
            model.addAttribute("fieldLabels", form.labels(fmt));
        }
        model.addAttribute("measures", Measure.values());
        return "certification/employer";
    }

    /** The revised posts while a change is requested (then the employer resubmits on its task). */
    @PostMapping("/employer/certifications/{caseNo}/posts")
    @PreAuthorize("hasRole('EMPLOYER')")
    String revise(@PathVariable String caseNo, @ModelAttribute("form") CertificationForm form, Model model,
                  RedirectAttributes flash, HttpServletResponse response) {
        FfwUser me = CurrentUser.get();
        if (form.rearranged()) {
            return revisePage(me, caseNo, form, FieldErrors.none(), model);
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<ApplyCertification.Post> posts = form.posts(problems);
        CertificationService.Posts body = new CertificationService.Posts(posts);
        for (ConstraintViolation<CertificationService.Posts> v : validator.validate(body)) {
            problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (problems.isEmpty()) {
            try {
                service.revisePosts(me, caseNo, body);
                flash.addFlashAttribute("notice", fmt.message("work.cert.postsSaved"));
                return "redirect:/employer/certifications/" + caseNo;
            } catch (InvalidInputException e) {
                problems.addAll(e.errors());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return revisePage(me, caseNo, form, errors(problems), model);
    }

    private String revisePage(FfwUser me, String caseNo, CertificationForm form, FieldErrors errors, Model model) {
        if (form.getPosts() == null || form.getPosts().isEmpty()) {
            form.setPosts(new ArrayList<>(List.of(new CertificationForm.PostForm())));
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldLabels", form.labels(fmt));
        model.addAttribute("v", reads.read(me, caseNo));
        model.addAttribute("measures", Measure.values());
        return "certification/employer";
    }

    // ------------------------------------------------------------------------------------------- certificates

    @GetMapping({"/employer/certificates", "/certificates"})
    String certificates(@RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page, Model model) {
        FfwUser me = CurrentUser.get();
        int p = Math.max(0, page);
        List<CertificateView> items = certificateReads.listFor(me, p, PAGE_SIZE);
        boolean own = me.has(Role.EMPLOYER);
        model.addAttribute("items", items);
        model.addAttribute("own", own);
        model.addAttribute("page", p);
        model.addAttribute("more", !own && items.size() == PAGE_SIZE);
        return "certification/certificates";
    }

    @GetMapping({"/employer/certificates/{number}", "/certificates/{number}"})
    String certificate(@PathVariable String number, Model model) {
        FfwUser me = CurrentUser.get();
        model.addAttribute("c", certificateReads.read(me, number));
        model.addAttribute("own", me.has(Role.EMPLOYER));
        return "certification/certificate";
    }

    /** The certificate to print (A4): holder, number, posts and measures, validity, the QR code and the address. */
    @GetMapping({"/employer/certificates/{number}/print", "/certificates/{number}/print"})
    String print(@PathVariable String number, Model model) {
        FfwUser me = CurrentUser.get();
        CertificateView c = certificateReads.read(me, number);
        model.addAttribute("c", c);
        model.addAttribute("own", me.has(Role.EMPLOYER));
        model.addAttribute("verifyAddress", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(c.verifyUrl()).toUriString());
        return "certification/print";
    }

    @PostMapping("/employer/certificates/{number}/surrender")
    @PreAuthorize("hasRole('EMPLOYER')")
    String surrender(@PathVariable String number, @RequestParam(required = false) String reason,
                     RedirectAttributes flash) {
        try {
            certificates.surrender(CurrentUser.get(), number, reason);
            flash.addFlashAttribute("notice", fmt.message("work.cert.surrendered"));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("surrenderError", FieldErrors.of(e).all().get(0).text());
            flash.addFlashAttribute("surrenderReason", reason);
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", fmt.message("work.cert.cannotSurrender"));
            flash.addFlashAttribute("errorDetail", e.getMessage());
        }
        return "redirect:/employer/certificates/" + number;
    }
}
