package org.ffw.complaint;

import org.ffw.platform.web.Paging;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ffw.complaint.ComplaintViews.ListItem;
import org.ffw.complaint.ComplaintViews.StaffView;
import org.ffw.identity.UserService;
import org.ffw.platform.Shanghai;
import org.ffw.platform.document.DocumentUploads;
import org.ffw.platform.document.Documents;
import org.ffw.platform.idempotency.Idempotency;
import org.ffw.platform.instrument.Instruments;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.FieldErrors;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.PageFormat;
import org.ffw.rules.ResidentIds;
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

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * The complaint pages: lodging ({@code /complaints/new}), the complainant's and the district's lists and case pages,
 * the employer's ({@code /employer/complaints}); the anonymous status check is the kit's. Every read and change goes through the same services as the API; lodging and uploads also through {@link Idempotency}
 * with a one-time token per form, so a double click lodges (or stores a file) once.
 */
@Controller
class ComplaintPages {

    static final int PAGE_SIZE = 50;
    private static final java.util.regex.Pattern TASK_PAGE = java.util.regex.Pattern.compile("/tasks/[A-Za-z0-9-]{1,64}");
    /** The lodging form's fields by the message key of their label, for the summary of problems. */
    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("phone", "complaint.phone"),
            Map.entry("employerName", "employer.name"), Map.entry("employerCreditCode", "employer.creditCode"),
            Map.entry("workplaceDistrict", "complaint.workplaceDistrict"), Map.entry("leaveType", "complaint.leaveType"),
            Map.entry("childBirthDate", "complaint.childBirthDate"), Map.entry("babies", "complaint.babies"),
            Map.entry("event", "complaint.event"), Map.entry("difficultBirth", "complaint.difficultBirth"),
            Map.entry("lawfulBirth", "complaint.lawfulBirth"), Map.entry("pregnancyMonths", "complaint.pregnancyMonths"),
            Map.entry("violationDate", "complaint.violationDate"), Map.entry("daysGranted", "complaint.daysGranted"),
            Map.entry("facts", "complaint.facts"), Map.entry("request", "complaint.request"),
            Map.entry("confidential", "complaint.confidential"), Map.entry("channel", "complaint.channel"),
            Map.entry("personName", "complaint.name"), Map.entry("personResidentId", "complaint.residentId"),
            Map.entry("personPhone", "complaint.intake.phone"), Map.entry("coComplainants", "complaint.collective.others"),
            Map.entry("representatives", "complaint.collective.representatives"));

    private final ComplaintService complaints;
    private final ComplaintReads reads;
    private final ComplaintDocuments documents;
    private final Idempotency idempotency;
    private final DocumentUploads uploads;
    private final UserService users;
    private final Validator validator;
    private final ComplaintExtensions extensions;
    /** The notices and errors these pages set, in the request's language (i18n/complaint-pages: complaint.page.*). */
    private final PageFormat fmt;

    private final Instruments instruments;

    ComplaintPages(ComplaintService complaints, ComplaintReads reads, ComplaintDocuments documents,
                   Idempotency idempotency, DocumentUploads uploads, UserService users, Validator validator,
                   ComplaintExtensions extensions, PageFormat fmt, Instruments instruments) {
        this.instruments = instruments;
        this.extensions = extensions;
        this.fmt = fmt;
        this.complaints = complaints;
        this.reads = reads;
        this.documents = documents;
        this.idempotency = idempotency;
        this.uploads = uploads;
        this.users = users;
        this.validator = validator;
    }

    // ------------------------------------------------------------------------------------------------- lodging

    @GetMapping("/complaints/new")
    @PreAuthorize("hasRole('EMPLOYEE')")
    String lodgeForm(Model model) {
        LodgeForm form = new LodgeForm();
        form.setToken(UUID.randomUUID().toString());
        return lodgePage(model, form, FieldErrors.none());
    }

    /** District inspectors take a complaint down on behalf of a person: at the counter, from 12333, from a letter. */
    @GetMapping("/complaints/intake")
    @PreAuthorize("hasRole('INSPECTOR')")
    String intakeForm(Model model) {
        LodgeForm form = new LodgeForm();
        form.setToken(UUID.randomUUID().toString());
        form.setChannel(Channel.COUNTER.name());
        return lodgePage(model, form, FieldErrors.none());
    }

    @PostMapping({"/complaints/new", "/complaints/intake"})
    @PreAuthorize("hasAnyRole('EMPLOYEE', 'INSPECTOR')")
    String lodge(@ModelAttribute("form") LodgeForm form, Model model, RedirectAttributes flash,
                 HttpServletResponse response) {
        FfwUser me = CurrentUser.get();
        if (!me.has(Role.EMPLOYEE)) {
            // the intake form lodges on behalf; WEB is the person's own
            form.setChannel(form.getChannel() == null || Channel.WEB.name().equals(form.getChannel())
                    ? Channel.COUNTER.name() : form.getChannel());
        } else {
            form.setChannel(Channel.WEB.name());
        }
        List<FieldProblem> problems = new ArrayList<>();
        LodgeComplaint command = form.toCommand(problems);
        if (command != null) {
            for (ConstraintViolation<LodgeComplaint> v : validator.validate(command)) {
                problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return lodgePage(model, form, pageErrors(problems));
        }
        if (form.getToken() == null || form.getToken().isBlank()) {
            form.setToken(UUID.randomUUID().toString());
        }
        ResponseEntity<JsonNode> lodged;
        try {
            // the one-time token of this form render is the idempotency key: a second submit gets the first case
            lodged = idempotency.run("complaint-page", form.getToken(), command,
                    () -> ResponseEntity.status(HttpStatus.CREATED).body(complaints.lodge(me, command)));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return lodgePage(model, form, pageErrors(e.errors()));
        } catch (Idempotency.KeyReusedException e) {
            form.setToken(UUID.randomUUID().toString());
            model.addAttribute("error", fmt.message("complaint.page.alreadyLodged"));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return lodgePage(model, form, FieldErrors.none());
        } catch (ConflictException stillRunning) {
            flash.addFlashAttribute("notice", fmt.message("complaint.page.stillLodging"));
            return "redirect:/complaints";
        }
        JsonNode body = lodged.getBody();
        String caseNo = body.path("caseNo").asText();
        Map<String, String> receipt = new LinkedHashMap<>();
        receipt.put("caseNo", caseNo);
        // no date while the year it falls in cannot be counted yet: the page says why instead of "null"
        receipt.put("acceptanceDue", body.path("acceptanceDue").isTextual() ? body.path("acceptanceDue").asText() : null);
        receipt.put("acceptanceDueProvisional", body.path("acceptanceDueProvisional").asText());
        receipt.put("queryCode", body.path("queryCode").asText());
        receipt.put("possibleDuplicateOf", body.path("possibleDuplicateOf").asText(""));
        flash.addFlashAttribute("lodged", receipt);
        return me.has(Role.EMPLOYEE) ? "redirect:/complaints/" + caseNo + "/lodged"
                : "redirect:/complaints/" + caseNo + "/receipt";
    }

    /**
     * The problems as the form's fields are named: the person lodged for ({@code onBehalfOf.*}) at the person's
     * fields, an affected employee's line or a representative at their text box.
     */
    private static FieldErrors pageErrors(List<FieldProblem> problems) {
        return FieldErrors.of(problems.stream().map(p -> new FieldProblem(pageField(p.field()), p.message())).toList());
    }

    static String pageField(String field) {
        return switch (field) {
            case "onBehalfOf", "onBehalfOf.name" -> "personName";
            case "onBehalfOf.residentId" -> "personResidentId";
            case "onBehalfOf.phone" -> "personPhone";
            default -> field.replaceFirst("^(coComplainants|representatives)\\[\\d+].*$", "$1");
        };
    }

    /** Receipt after lodging (Post/Redirect/Get): the query code is shown here once, from the flash. */
    @GetMapping("/complaints/{caseNo}/lodged")
    String lodged(@PathVariable String caseNo, Model model) {
        Object receipt = model.getAttribute("lodged");
        if (!(receipt instanceof Map<?, ?> r) || !caseNo.equals(r.get("caseNo"))) {
            return "redirect:/complaints/" + caseNo;
        }
        return "complaint/lodged";
    }

    private String lodgePage(Model model, LodgeForm form, FieldErrors errors) {
        FfwUser me = CurrentUser.get();
        model.addAttribute("staff", !me.has(Role.EMPLOYEE));
        model.addAttribute("channels", List.of(Channel.COUNTER, Channel.HOTLINE_12333, Channel.LETTER));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldLabels", LABELS);
        model.addAttribute("districts", users.districts());
        model.addAttribute("leaveTypes", LeaveType.values());
        model.addAttribute("name", me.realName());
        model.addAttribute("residentId", me.residentId() == null ? null : ResidentIds.mask(me.residentId()));
        model.addAttribute("today", LocalDate.now(Shanghai.ZONE).toString());
        return "complaint/new";
    }

    // ------------------------------------------------------------------------------------------------- reading

    @GetMapping("/complaints")
    String list(@RequestParam(required = false) Status status, @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                Model model) {
        FfwUser me = CurrentUser.get();
        int p = Math.max(0, page);
        List<ListItem> items = reads.listFor(me, status == null ? null : status.name(), p, PAGE_SIZE);
        model.addAttribute("items", items);
        model.addAttribute("status", status);
        model.addAttribute("statuses", Status.values());
        model.addAttribute("page", p);
        model.addAttribute("more", items.size() == PAGE_SIZE);
        model.addAttribute("own", me.has(org.ffw.platform.security.Role.EMPLOYEE));
        return "complaint/list";
    }

    @GetMapping("/complaints/{caseNo}")
    String read(@PathVariable String caseNo, Model model) {
        Object view = reads.read(CurrentUser.get(), caseNo);
        model.addAttribute("v", view);
        model.addAttribute("maxBytes", Documents.MAX_BYTES);
        model.addAttribute("uploadToken", UUID.randomUUID().toString());
        model.addAttribute("instruments", instrumentItems(caseNo, "/complaints/" + caseNo));
        if (view instanceof StaffView) {
            model.addAttribute("mayRequestExtension", extensions.mayRequest(CurrentUser.get(), caseNo));
            return "complaint/staff";
        }
        return "complaint/mine";
    }

    @PostMapping("/complaints/{caseNo}/documents")
    String attach(@PathVariable String caseNo, @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "token", required = false) String token, RedirectAttributes flash) {
        upload(caseNo, file, token, flash);
        return "redirect:/complaints/" + caseNo + "#documents";
    }

    @PostMapping("/complaints/{caseNo}/withdraw")
    String withdraw(@PathVariable String caseNo, @RequestParam(required = false) String reason,
                    RedirectAttributes flash) {
        if (reason != null && reason.strip().length() > 1000) {
            flash.addFlashAttribute("error", fmt.message("complaint.page.withdrawTooLong"));
            return "redirect:/complaints/" + caseNo;
        }
        try {
            complaints.withdraw(CurrentUser.get(), caseNo, reason);
            flash.addFlashAttribute("notice", fmt.message("complaint.page.withdrawn"));
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", fmt.message("complaint.page.cannotWithdraw"));
            flash.addFlashAttribute("errorDetail", e.getMessage());
        }
        return "redirect:/complaints/" + caseNo;
    }

    /** An inspector asks for the extension from the staff case page (the same command as the API). */
    @PostMapping("/complaints/{caseNo}/extension-request")
    String requestExtension(@PathVariable String caseNo, @RequestParam(required = false) String reason,
                            RedirectAttributes flash) {
        try {
            extensions.request(CurrentUser.get(), caseNo, reason);
            flash.addFlashAttribute("notice", fmt.message("complaint.page.extensionRequested"));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("extensionError",
                    fmt.message("complaint.page.extensionInvalid", FieldErrors.of(e).all().get(0).text()));
            flash.addFlashAttribute("extensionReason", reason);
            return "redirect:/complaints/" + caseNo + "#extension";
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", fmt.message("complaint.page.extensionRefused"));
            flash.addFlashAttribute("errorDetail", e.getMessage());
        }
        return "redirect:/complaints/" + caseNo;
    }

    @PostMapping("/complaints/{caseNo}/rating")
    String rate(@PathVariable String caseNo, @RequestParam(required = false) Integer score,
                @RequestParam(required = false) String comment, RedirectAttributes flash) {
        if (score == null) {
            flash.addFlashAttribute("ratingError", fmt.message("complaint.page.chooseScore"));
            return "redirect:/complaints/" + caseNo + "#rating";
        }
        if (comment != null && comment.strip().length() > 1000) {
            flash.addFlashAttribute("ratingError", fmt.message("complaint.page.ratingTooLong"));
            return "redirect:/complaints/" + caseNo + "#rating";
        }
        try {
            complaints.rate(CurrentUser.get(), caseNo, score, comment);
            flash.addFlashAttribute("notice", fmt.message("complaint.page.rated"));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("ratingError", FieldErrors.of(e).all().get(0).text());
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", fmt.message("complaint.page.cannotRate"));
            flash.addFlashAttribute("errorDetail", e.getMessage());
        }
        return "redirect:/complaints/" + caseNo + "#rating";
    }

    // ------------------------------------------------------------------------------------------- the employer

    @GetMapping("/employer/complaints")
    @PreAuthorize("hasRole('EMPLOYER')")
    String employerList(Model model) {
        model.addAttribute("items", reads.listForEmployer(CurrentUser.get()));
        return "complaint/employer-list";
    }

    @GetMapping("/employer/complaints/{caseNo}")
    @PreAuthorize("hasRole('EMPLOYER')")
    String employerRead(@PathVariable String caseNo, Model model) {
        model.addAttribute("v", reads.readForEmployer(CurrentUser.get(), caseNo));
        model.addAttribute("maxBytes", Documents.MAX_BYTES);
        model.addAttribute("uploadToken", UUID.randomUUID().toString());
        model.addAttribute("instruments", instrumentItems(caseNo, "/employer/complaints/" + caseNo));
        return "complaint/employer";
    }

    // ---------------------------------------------------------------------------------------------- instruments

    /** An instrument downloaded from the complainant's or the staff's case page (served through the page). */
    @GetMapping("/complaints/{caseNo}/instruments/{id}")
    ResponseEntity<byte[]> instrument(@PathVariable String caseNo, @PathVariable long id) {
        return Instruments.download(instruments.serve(CurrentUser.get(), caseNo, id, Instruments.Channel.PAGE));
    }

    @GetMapping("/employer/complaints/{caseNo}/instruments/{id}")
    @PreAuthorize("hasRole('EMPLOYER')")
    ResponseEntity<byte[]> employerInstrument(@PathVariable String caseNo, @PathVariable long id) {
        return Instruments.download(instruments.serve(CurrentUser.get(), caseNo, id, Instruments.Channel.PAGE));
    }

    private List<Instruments.Item> instrumentItems(String caseNo, String casePath) {
        return instruments.listFor(CurrentUser.get(), caseNo).stream().map(l -> Instruments.item(l, casePath)).toList();
    }

    @PostMapping("/employer/complaints/{caseNo}/documents")
    @PreAuthorize("hasRole('EMPLOYER')")
    String employerAttach(@PathVariable String caseNo,
                          @RequestParam(name = "file", required = false) MultipartFile file,
                          @RequestParam(name = "token", required = false) String token,
                          @RequestParam(name = "back", required = false) String back, RedirectAttributes flash) {
        upload(caseNo, file, token, flash);
        // from a task page (the employer's response or rectification), back to it, where the file can be ticked
        return back != null && TASK_PAGE.matcher(back).matches() ? "redirect:" + back + "#documents"
                : "redirect:/employer/complaints/" + caseNo + "#documents";
    }

    private void upload(String caseNo, MultipartFile file, String token, RedirectAttributes flash) {
        uploads.page("complaint-documents", caseNo, token, file, flash,
                (name, content) -> documents.attach(CurrentUser.get(), caseNo, name, content));
    }
}
