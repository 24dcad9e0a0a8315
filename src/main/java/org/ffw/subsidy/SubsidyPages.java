package org.ffw.subsidy;

import org.ffw.platform.web.Paging;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ffw.platform.document.DocumentUploads;
import org.ffw.platform.document.Documents;
import org.ffw.platform.idempotency.Idempotency;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.FieldErrors;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.PageFormat;
import org.ffw.subsidy.SubsidyService.Answer;
import org.ffw.subsidy.SubsidyViews.ListItem;
import org.ffw.subsidy.SubsidyViews.StaffView;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * The employer's subsidy pages — the new application with its live amount and checks (which also works without
 * JavaScript: 计算 posts the form and shows them), its applications and each case — and the district staff's list
 * and case page. Every read and change goes through the same services as the API; applying also through
 * {@link Idempotency} with a one-time token per form render. Finance's page is {@link SubsidyPaymentPages}.
 */
@Controller
class SubsidyPages {

    static final int PAGE_SIZE = 50;

    private final SubsidyService service;
    private final SubsidyReads reads;
    private final SubsidyPrefill prefill;
    private final SubsidyDocuments documents;
    private final SubsidyPolicy policy;
    private final Idempotency idempotency;
    private final DocumentUploads uploads;
    private final Validator validator;
    private final ObjectMapper json;
    private final PageFormat fmt;

    SubsidyPages(SubsidyService service, SubsidyReads reads, SubsidyPrefill prefill, SubsidyDocuments documents,
                 SubsidyPolicy policy, Idempotency idempotency, DocumentUploads uploads, Validator validator,
                 ObjectMapper json, PageFormat fmt) {
        this.service = service;
        this.reads = reads;
        this.prefill = prefill;
        this.documents = documents;
        this.policy = policy;
        this.idempotency = idempotency;
        this.uploads = uploads;
        this.validator = validator;
        this.json = json;
        this.fmt = fmt;
    }

    // ------------------------------------------------------------------------------------------- applying

    @GetMapping("/employer/subsidies/new")
    @PreAuthorize("hasRole('EMPLOYER')")
    String newForm(Model model) {
        SubsidyForm form = new SubsidyForm();
        form.setToken(UUID.randomUUID().toString());
        prefill.last(CurrentUser.get()).ifPresent(last -> {
            form.setBankName(last.bankName());
            form.setAccountName(last.bankAccountName());
            form.setAccountNo(last.bankAccountNo());
        });
        return formPage(model, form, null, FieldErrors.none());
    }

    @PostMapping("/employer/subsidies/new")
    @PreAuthorize("hasRole('EMPLOYER')")
    String post(@ModelAttribute("form") SubsidyForm form, Model model, RedirectAttributes flash,
                HttpServletResponse response) {
        FfwUser me = CurrentUser.get();
        if ("lookup".equals(form.getAction())) {
            return lookup(me, form, model, response);
        }
        List<FieldProblem> problems = new ArrayList<>();
        ApplySubsidy command = SubsidyFormCommand.command(form, problems);
        for (ConstraintViolation<ApplySubsidy> v : validator.validate(command)) {
            problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formPage(model, form, null, errors(problems));
        }
        if (!"submit".equals(form.getAction())) {
            try {
                return formPage(model, form, service.calculate(me, command), FieldErrors.none());
            } catch (InvalidInputException e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return formPage(model, form, null, errors(e.errors()));
            }
        }
        ResponseEntity<JsonNode> applied;
        try {
            applied = idempotency.run("subsidy-page", form.getToken(), command,
                    () -> ResponseEntity.status(HttpStatus.CREATED).body(service.apply(me, command)));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formPage(model, form, null, errors(e.errors()));
        } catch (Idempotency.KeyReusedException e) {
            form.setToken(UUID.randomUUID().toString());
            model.addAttribute("error", fmt.message("work.apply.formUsed"));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return formPage(model, form, null, FieldErrors.none());
        } catch (ConflictException e) {
            model.addAttribute("error", fmt.message("work.subsidy.applicationOpen"));
            model.addAttribute("errorDetail", e.getMessage());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return formPage(model, form, null, FieldErrors.none());
        }
        Answer answer = json.convertValue(applied.getBody(), Answer.class);
        flash.addFlashAttribute("applied", answer);
        return "redirect:/employer/subsidies/" + answer.caseNo() + "/submitted";
    }

    /** 根据身份证号填写: the name from earlier applications, the recorded contributions of the term. */
    private String lookup(FfwUser me, SubsidyForm form, Model model, HttpServletResponse response) {
        try {
            var birth = SubsidyForm.isBlank(form.getChildBirthDate()) ? null
                    : java.time.LocalDate.parse(form.getChildBirthDate().strip());
            SubsidyPrefill.Employee e = prefill.employee(me, form.getResidentId(), birth);
            if (e.name() != null && SubsidyForm.isBlank(form.getEmployeeName())) {
                form.setEmployeeName(e.name());
            }
            SubsidyFormCommand.layOut(form, termMonths(form));
            for (SubsidyForm.Month m : form.getContributions()) {
                var r = m.getMonth() == null ? null : e.recorded().get(java.time.YearMonth.parse(m.getMonth()));
                if (r != null && m.blank()) {
                    m.setPension(r.pension().toPlainString());
                    m.setMedical(r.medical().toPlainString());
                    m.setUnemployment(r.unemployment().toPlainString());
                    m.setWorkInjury(r.workInjury().toPlainString());
                }
            }
            model.addAttribute("lookup", e);
            return formPage(model, form, null, FieldErrors.none());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formPage(model, form, null, errors(e.errors()));
        } catch (java.time.format.DateTimeParseException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return formPage(model, form, null, FieldErrors.of(List.of(new FieldProblem("childBirthDate",
                    "is not a date (yyyy-MM-dd)"))));
        }
    }

    /** The receipt after applying (Post/Redirect/Get): the query code is shown here once, from the flash. */
    @GetMapping("/employer/subsidies/{caseNo}/submitted")
    String submitted(@PathVariable String caseNo, Model model) {
        if (!(model.getAttribute("applied") instanceof Answer a) || !caseNo.equals(a.caseNo())) {
            return "redirect:/employer/subsidies/" + caseNo;
        }
        return "subsidy/submitted";
    }

    private String formPage(Model model, SubsidyForm form, Answer answer, FieldErrors errors) {
        SubsidyFormCommand.layOut(form, termMonths(form));
        model.addAttribute("form", form);
        model.addAttribute("answer", answer);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldLabels", SubsidyFormCommand.LABELS);
        return "subsidy/new";
    }

    private int termMonths(SubsidyForm form) {
        try {
            return SubsidyForm.isBlank(form.getChildBirthDate()) ? 6 : policy.forBirth(
                    java.time.LocalDate.parse(form.getChildBirthDate().strip())).map(SubsidyPolicy.Terms::months)
                    .orElse(6);
        } catch (java.time.format.DateTimeParseException e) {
            return 6;
        }
    }

    private static FieldErrors errors(List<FieldProblem> problems) {
        return FieldErrors.of(problems.stream().map(p -> new FieldProblem(SubsidyFormCommand.pageField(p.field()),
                p.message())).toList());
    }

    // ------------------------------------------------------------------------------------------- reading

    @GetMapping({"/employer/subsidies", "/subsidies"})
    String list(@RequestParam(required = false) SubsidyStatus status, @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                Model model) {
        FfwUser me = CurrentUser.get();
        int p = Math.max(0, page);
        List<ListItem> items = reads.listFor(me, status, p, PAGE_SIZE);
        model.addAttribute("items", items);
        model.addAttribute("status", status);
        model.addAttribute("statuses", SubsidyStatus.values());
        model.addAttribute("page", p);
        model.addAttribute("more", items.size() == PAGE_SIZE);
        model.addAttribute("own", me.has(org.ffw.platform.security.Role.EMPLOYER));
        return "subsidy/list";
    }

    @GetMapping({"/employer/subsidies/{caseNo}", "/subsidies/{caseNo}"})
    String read(@PathVariable String caseNo, Model model) {
        Object view = reads.read(CurrentUser.get(), caseNo);
        model.addAttribute("v", view);
        model.addAttribute("maxBytes", Documents.MAX_BYTES);
        model.addAttribute("uploadToken", UUID.randomUUID().toString());
        return view instanceof StaffView ? "subsidy/staff" : "subsidy/employer";
    }

    @PostMapping({"/employer/subsidies/{caseNo}/documents", "/subsidies/{caseNo}/documents"})
    String attach(@PathVariable String caseNo, @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "token", required = false) String token,
                  @RequestParam(name = "back", required = false) String back, RedirectAttributes flash) {
        uploads.page("subsidy-documents", caseNo, token, file, flash,
                (name, content) -> documents.attach(CurrentUser.get(), caseNo, name, content));
        if (back != null && back.matches("/tasks/[A-Za-z0-9-]{1,64}")) {
            return "redirect:" + back + "#documents";
        }
        boolean employer = CurrentUser.get().has(org.ffw.platform.security.Role.EMPLOYER);
        return "redirect:" + (employer ? "/employer/subsidies/" : "/subsidies/") + caseNo + "#documents";
    }
}
