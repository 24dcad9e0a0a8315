package org.ffw.campaign;

import org.ffw.platform.web.Paging;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ffw.complaint.LeaveType;
import org.ffw.employer.Sector;
import org.ffw.employer.SizeBand;
import org.ffw.identity.UserService;
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

import jakarta.servlet.http.HttpServletResponse;

/**
 * The campaign pages (双随机、一公开, docs/campaigns.md "Pages"): the district's list, the supervisor's form with its
 * preview and the draw, the campaign's record and progress with the recusal form, and the public results of a closed
 * campaign. Binding and views only: the rules are CampaignService's and CampaignReads'.
 */
@Controller
class CampaignPages {

    private static final String HRB = "hasAnyRole('SUPERVISOR','INSPECTOR','ADMIN')";
    private static final String LEADS = "hasAnyRole('SUPERVISOR','ADMIN')";

    /** The form's fields as the error summary names them (message keys). */
    static final Map<String, String> LABELS = Map.of("title", "campaign.form.title", "leaveTypes",
            "campaign.form.leaveTypes", "districts", "campaign.form.districts", "sectors", "campaign.form.sectors",
            "sizeBands", "campaign.form.sizeBands", "periodFrom", "campaign.form.periodFrom", "periodTo",
            "campaign.form.periodTo", "sampleSize", "campaign.form.sampleSize", "riskPercent",
            "campaign.form.riskPercent");

    /** The form as typed; lists are the ticked boxes. */
    public static class CampaignForm {
        private String token = UUID.randomUUID().toString();
        private String title;
        private List<String> leaveTypes = new ArrayList<>();
        private List<String> districts = new ArrayList<>();
        private List<String> sectors = new ArrayList<>();
        private List<String> sizeBands = new ArrayList<>();
        private String periodFrom;
        private String periodTo;
        private String sampleSize;
        private String riskPercent = "50";

        public String getToken() { return token; }
        public void setToken(String token) { this.token = token; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public List<String> getLeaveTypes() { return leaveTypes; }
        public void setLeaveTypes(List<String> v) { this.leaveTypes = v == null ? new ArrayList<>() : v; }
        public List<String> getDistricts() { return districts; }
        public void setDistricts(List<String> v) { this.districts = v == null ? new ArrayList<>() : v; }
        public List<String> getSectors() { return sectors; }
        public void setSectors(List<String> v) { this.sectors = v == null ? new ArrayList<>() : v; }
        public List<String> getSizeBands() { return sizeBands; }
        public void setSizeBands(List<String> v) { this.sizeBands = v == null ? new ArrayList<>() : v; }
        public String getPeriodFrom() { return periodFrom; }
        public void setPeriodFrom(String periodFrom) { this.periodFrom = periodFrom; }
        public String getPeriodTo() { return periodTo; }
        public void setPeriodTo(String periodTo) { this.periodTo = periodTo; }
        public String getSampleSize() { return sampleSize; }
        public void setSampleSize(String sampleSize) { this.sampleSize = sampleSize; }
        public String getRiskPercent() { return riskPercent; }
        public void setRiskPercent(String riskPercent) { this.riskPercent = riskPercent; }
    }

    private final CampaignService service;
    private final CampaignReads reads;
    private final Idempotency idempotency;
    private final UserService users;
    private final PageFormat fmt;

    CampaignPages(CampaignService service, CampaignReads reads, Idempotency idempotency, UserService users,
                  PageFormat fmt) {
        this.service = service;
        this.reads = reads;
        this.idempotency = idempotency;
        this.users = users;
        this.fmt = fmt;
    }

    @GetMapping("/campaigns")
    @PreAuthorize(HRB)
    String list(@RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page, Model model) {
        FfwUser me = CurrentUser.get();
        model.addAttribute("items", reads.list(me, Math.max(0, page), 50));
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("mayCreate", me.hasAny(Role.SUPERVISOR, Role.ADMIN));
        return "campaign/list";
    }

    @GetMapping("/campaigns/new")
    @PreAuthorize(LEADS)
    String newForm(Model model) {
        return newPage(model, new CampaignForm(), FieldErrors.none(), null);
    }

    @PostMapping("/campaigns/new")
    @PreAuthorize(LEADS)
    String submit(@ModelAttribute("form") CampaignForm form, @RequestParam(defaultValue = "preview") String action,
                  Model model, HttpServletResponse response) {
        FfwUser me = CurrentUser.get();
        List<FieldProblem> problems = new ArrayList<>();
        CampaignRequest request = command(me, form, problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(withTheRest(request, problems));
            }
            if (!"draw".equals(action)) {
                return newPage(model, form, FieldErrors.none(), service.preview(me, request));
            }
            String token = form.getToken() == null || form.getToken().isBlank() ? UUID.randomUUID().toString()
                    : form.getToken();
            // the form's one-time token is the idempotency key: a second submit gets the first campaign
            ResponseEntity<com.fasterxml.jackson.databind.JsonNode> created = idempotency.run("campaign-page", token,
                    request, () -> ResponseEntity.status(HttpStatus.CREATED)
                            .body(Map.of("id", service.create(CurrentUser.get(), request, token))));
            return "redirect:/campaigns/" + created.getBody().path("id").asLong();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return newPage(model, form, FieldErrors.of(pageFields(e.errors())), null);
        }
    }

    @GetMapping("/campaigns/{id}")
    @PreAuthorize(HRB)
    String detail(@PathVariable long id, Model model) {
        FfwUser me = CurrentUser.get();
        CampaignViews.Detail d = reads.read(me, id);
        model.addAttribute("c", d);
        model.addAttribute("outcomes", reads.outcomes(me, id));
        model.addAttribute("verification", reads.verify(me, id));
        model.addAttribute("me", me.getUsername());
        model.addAttribute("mayRecuseAll", me.has(Role.ADMIN) || me.has(Role.SUPERVISOR));
        return "campaign/detail";
    }

    @PostMapping("/campaigns/{id}/cases/{caseNo}/recusal")
    @PreAuthorize(HRB)
    String recuse(@PathVariable long id, @PathVariable String caseNo,
                  @RequestParam(required = false) String inspector, @RequestParam(required = false) String reason,
                  RedirectAttributes flash) {
        FfwUser me = CurrentUser.get();
        String who = inspector == null || inspector.isBlank() ? me.getUsername() : inspector;
        try {
            CampaignService.Recusal r = service.recuse(me, id, caseNo, who, reason);
            flash.addFlashAttribute("notice", fmt.message("campaign.recusal.done", caseNo,
                    users.find(r.recused()).map(FfwUser::displayName).orElse(""),
                    users.find(r.replacement()).map(FfwUser::displayName).orElse("")));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", fmt.message("campaign.recusal.invalid") + " "
                    + String.join(" ", FieldErrors.of(e).all().stream().map(FieldErrors.Message::text).toList()));
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", fmt.message("campaign.recusal.conflict", caseNo));
        }
        return "redirect:/campaigns/" + id + "#case-" + caseNo;
    }

    @GetMapping("/public/campaigns")
    String publishedList(@RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page, Model model) {
        int p = Math.max(0, page);
        model.addAttribute("items", reads.publishedList(p, 50));
        model.addAttribute("page", p);
        return "campaign/public-list";
    }

    @GetMapping("/public/campaigns/{id}")
    String published(@PathVariable long id, Model model) {
        model.addAttribute("c", reads.published(id));
        return "campaign/public";
    }

    private String newPage(Model model, CampaignForm form, FieldErrors errors, CampaignService.Preview preview) {
        FfwUser me = CurrentUser.get();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldLabels", LABELS);
        model.addAttribute("leaveTypes", LeaveType.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("sizeBands", SizeBand.values());
        model.addAttribute("admin", me.has(Role.ADMIN));
        model.addAttribute("ownDistrict", me.district());
        model.addAttribute("districtList", users.districts());
        model.addAttribute("preview", preview);
        return "campaign/new";
    }

    /** The form's text as the API's request; what does not parse is a problem of that field. */
    private static CampaignRequest command(FfwUser me, CampaignForm f, List<FieldProblem> problems) {
        // a supervisor draws in their own district only: the page does not offer another
        List<String> districts = me.has(Role.ADMIN) ? f.getDistricts()
                : me.district() == null ? List.of() : List.of(me.district());
        LocalDate from = date(f.getPeriodFrom(), "periodFrom", problems);
        LocalDate to = date(f.getPeriodTo(), "periodTo", problems);
        Integer sample = null;
        if (blank(f.getSampleSize())) {
            problems.add(new FieldProblem("sampleSize", "is required"));
        } else {
            try {
                sample = Integer.valueOf(f.getSampleSize().strip());
                if (sample < 1 || sample > CampaignRequest.MAX_SAMPLE) {
                    problems.add(new FieldProblem("sampleSize", "must be between 1 and " + CampaignRequest.MAX_SAMPLE));
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("sampleSize", "must be a whole number"));
            }
        }
        BigDecimal share = null;
        if (blank(f.getRiskPercent())) {
            problems.add(new FieldProblem("riskPercent", "is required"));
        } else {
            try {
                BigDecimal percent = new BigDecimal(f.getRiskPercent().strip());
                if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                    problems.add(new FieldProblem("riskPercent", "must be between 0 and 100"));
                } else if (percent.stripTrailingZeros().scale() > 1) {
                    problems.add(new FieldProblem("riskPercent", "must have at most 1 decimal places"));
                } else {
                    share = percent.movePointLeft(2).setScale(3, java.math.RoundingMode.UNNECESSARY);
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("riskPercent", "must be a number"));
            }
        }
        return new CampaignRequest(f.getTitle(), f.getLeaveTypes(), districts,
                f.getSectors().isEmpty() ? null : f.getSectors(), f.getSizeBands().isEmpty() ? null : f.getSizeBands(),
                from, to, sample, share);
    }

    /** The form's own problems and the service's about the other fields, all shown at once. */
    private List<FieldProblem> withTheRest(CampaignRequest request, List<FieldProblem> problems) {
        List<FieldProblem> all = new ArrayList<>(problems);
        try {
            request.validate(users::isDistrict);
        } catch (InvalidInputException e) {
            for (FieldProblem p : pageFields(e.errors())) {
                if (all.stream().noneMatch(q -> q.field().equals(p.field()))) {
                    all.add(p);
                }
            }
        }
        return all;
    }

    /** The service's field names (leaveTypes[1], riskShare) as the form's (leaveTypes, riskPercent). */
    static List<FieldProblem> pageFields(List<FieldProblem> problems) {
        return problems.stream().map(p -> {
            String field = p.field().replaceFirst("\\[\\d+]$", "");
            // the page names no field in its words: "periodTo" is the end of the period there
            String message = "is after periodTo".equals(p.message()) ? "is after the end of the period" : p.message();
            return new FieldProblem("riskShare".equals(field) ? "riskPercent" : field, message);
        }).toList();
    }

    private static LocalDate date(String text, String field, List<FieldProblem> problems) {
        if (blank(text)) {
            return null; // the service says it is required, with the other problems
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be a date"));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
