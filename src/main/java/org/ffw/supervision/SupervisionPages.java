package org.ffw.supervision;

import org.ffw.platform.web.Paging;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.ffw.complaint.LeaveType;
import org.ffw.platform.document.DocumentUploads;
import org.ffw.platform.document.Documents;
import org.ffw.platform.idempotency.Idempotency;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.FieldErrors;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
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

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * The pages of the union's supervision: the district's list and case page for union and HRB staff, the form with
 * which a union reviewer opens a case (and issues the opinion), and the employer's own page of a case against it.
 * The employer answers through its task (the worktable's task page), uploading its proof there.
 */
@Controller
class SupervisionPages {

    static final String BASE = "/union-supervision";
    private static final Pattern TASK_PAGE = Pattern.compile("/tasks/[0-9a-f-]{36}");
    /** The labels of the form's fields, for the error summary (message keys). */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("employerCreditCode", "employer.creditCode"), Map.entry("employerName", "employer.name"),
            Map.entry("leaveType", "supervision.leaveType"), Map.entry("supervisors", "supervision.supervisors"),
            Map.entry("supervisors[0].name", "supervision.supervisorName"),
            Map.entry("supervisors[0].certificateNo", "supervision.certificateNo"),
            Map.entry("supervisors[1].name", "supervision.supervisorName"),
            Map.entry("supervisors[1].certificateNo", "supervision.certificateNo"),
            Map.entry("supervisors[2].name", "supervision.supervisorName"),
            Map.entry("supervisors[2].certificateNo", "supervision.certificateNo"),
            Map.entry("facts", "supervision.facts"), Map.entry("requiredCorrection", "supervision.requiredCorrection"),
            Map.entry("affectedEmployees", "supervision.affectedEmployees"));

    /** The opening form as typed: up to three supervisors (two required). */
    record NewForm(String token, String employerCreditCode, String employerName, String leaveType, String s1Name,
                   String s1Cert, String s2Name, String s2Cert, String s3Name, String s3Cert, String facts,
                   String requiredCorrection, String affectedEmployees) {
        static NewForm blank() {
            return new NewForm(UUID.randomUUID().toString(), null, null, null, null, null, null, null, null, null,
                    null, null, null);
        }
    }

    private final SupervisionService service;
    private final SupervisionReads reads;
    private final SupervisionDocuments documents;
    private final Idempotency idempotency;
    private final DocumentUploads uploads;
    private final Validator validator;

    SupervisionPages(SupervisionService service, SupervisionReads reads, SupervisionDocuments documents,
                     Idempotency idempotency, DocumentUploads uploads, Validator validator) {
        this.service = service;
        this.reads = reads;
        this.documents = documents;
        this.idempotency = idempotency;
        this.uploads = uploads;
        this.validator = validator;
    }

    @GetMapping(BASE)
    String list(@RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page, Model model) {
        FfwUser me = CurrentUser.get();
        model.addAttribute("items", reads.listFor(me, Math.max(0, page), 50));
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("mayOpen", me.has(Role.UNION_REVIEWER));
        return "supervision/list";
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize("hasRole('UNION_REVIEWER')")
    String newForm(Model model) {
        return newPage(model, NewForm.blank(), FieldErrors.none());
    }

    @PostMapping(BASE + "/new")
    @PreAuthorize("hasRole('UNION_REVIEWER')")
    String open(@ModelAttribute("form") NewForm form, Model model, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        OpenSupervision command = command(form, problems);
        for (ConstraintViolation<OpenSupervision> v : validator.validate(command)) {
            problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return newPage(model, form, FieldErrors.of(problems));
        }
        String token = form.token() == null || form.token().isBlank() ? UUID.randomUUID().toString() : form.token();
        try {
            // the form's one-time token is the idempotency key: a second submit gets the first case
            ResponseEntity<com.fasterxml.jackson.databind.JsonNode> opened = idempotency.run("supervision-page",
                    token, command, () -> ResponseEntity.status(HttpStatus.CREATED)
                            .body(service.open(CurrentUser.get(), command)));
            return "redirect:" + BASE + "/" + opened.getBody().path("caseNo").asText();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return newPage(model, form, FieldErrors.of(e));
        }
    }

    @GetMapping(BASE + "/{caseNo}")
    String staffCase(@PathVariable String caseNo, Model model) {
        model.addAttribute("v", reads.readAsStaff(CurrentUser.get(), caseNo));
        model.addAttribute("maxBytes", Documents.MAX_BYTES);
        model.addAttribute("uploadToken", UUID.randomUUID().toString());
        model.addAttribute("mayUpload", CurrentUser.get().has(Role.UNION_REVIEWER)
                || CurrentUser.get().has(Role.UNION_SUPERVISOR));
        return "supervision/staff";
    }

    @GetMapping({BASE + "/{caseNo}/instruments/{id}", "/employer" + BASE + "/{caseNo}/instruments/{id}"})
    ResponseEntity<byte[]> letter(@PathVariable String caseNo, @PathVariable long id) {
        return SupervisionController.pdf(reads.letter(CurrentUser.get(), caseNo, id,
                org.ffw.platform.instrument.Instruments.Channel.PAGE));
    }

    @PostMapping(BASE + "/{caseNo}/documents")
    String staffAttach(@PathVariable String caseNo, @RequestParam(name = "file", required = false) MultipartFile file,
                       @RequestParam(name = "token", required = false) String token, RedirectAttributes flash) {
        upload(caseNo, file, token, flash);
        return "redirect:" + BASE + "/" + caseNo + "#documents";
    }

    @GetMapping("/employer" + BASE + "/{caseNo}")
    @PreAuthorize("hasRole('EMPLOYER')")
    String employerCase(@PathVariable String caseNo, Model model) {
        model.addAttribute("v", reads.readAsEmployer(CurrentUser.get(), caseNo));
        model.addAttribute("maxBytes", Documents.MAX_BYTES);
        model.addAttribute("uploadToken", UUID.randomUUID().toString());
        return "supervision/employer";
    }

    @PostMapping("/employer" + BASE + "/{caseNo}/documents")
    @PreAuthorize("hasRole('EMPLOYER')")
    String employerAttach(@PathVariable String caseNo,
                          @RequestParam(name = "file", required = false) MultipartFile file,
                          @RequestParam(name = "token", required = false) String token,
                          @RequestParam(name = "back", required = false) String back, RedirectAttributes flash) {
        upload(caseNo, file, token, flash);
        // from the answer's task page, back to it, where the file can be ticked
        return back != null && TASK_PAGE.matcher(back).matches() ? "redirect:" + back + "#documents"
                : "redirect:/employer" + BASE + "/" + caseNo + "#documents";
    }

    private void upload(String caseNo, MultipartFile file, String token, RedirectAttributes flash) {
        uploads.page("supervision-documents", caseNo, token, file, flash,
                (name, content) -> documents.attach(CurrentUser.get(), caseNo, name, content));
    }

    private String newPage(Model model, NewForm form, FieldErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldLabels", LABELS);
        model.addAttribute("leaveTypes", LeaveType.values());
        return "supervision/new";
    }

    /** The form's text as the command the API takes; what does not parse is a problem of that field. */
    private static OpenSupervision command(NewForm f, List<FieldProblem> problems) {
        LeaveType type = null;
        if (!blank(f.leaveType())) {
            try {
                type = LeaveType.valueOf(f.leaveType().strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("leaveType", "must be one of " + List.of(LeaveType.values())));
            }
        }
        Integer affected = null;
        if (!blank(f.affectedEmployees())) {
            try {
                affected = Integer.valueOf(f.affectedEmployees().strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("affectedEmployees", "must be a whole number"));
            }
        }
        List<OpenSupervision.SupervisorRef> supervisors = new ArrayList<>();
        String[][] typed = {{f.s1Name(), f.s1Cert()}, {f.s2Name(), f.s2Cert()}, {f.s3Name(), f.s3Cert()}};
        for (int i = 0; i < typed.length; i++) {
            // the third is optional: left empty, it is not a supervisor
            if (i < 2 || !blank(typed[i][0]) || !blank(typed[i][1])) {
                supervisors.add(new OpenSupervision.SupervisorRef(trim(typed[i][0]), trim(typed[i][1])));
            }
        }
        return new OpenSupervision(trim(f.employerCreditCode()), trim(f.employerName()), type, supervisors,
                trim(f.facts()), trim(f.requiredCorrection()), affected);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
