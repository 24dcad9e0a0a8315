package org.ffw.complaint;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ffw.identity.UserService;
import org.ffw.platform.Shanghai;
import org.ffw.platform.idempotency.Idempotency;
import org.ffw.platform.web.FieldErrors;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.PageFormat;
import org.ffw.platform.web.TooManyRequestsException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * The report page ({@code /public/report}): anyone reports a leave violation, signed in as an employee or not. The
 * receipt shows the case number and the query code once; with them anyone follows the report at
 * {@code /public/case-status}. Through the same service and idempotency as the API.
 */
@Controller
class ReportPages {

    /** The report form's fields by the message key of their label, for the summary of problems. */
    static final Map<String, String> LABELS = Map.of("employerName", "employer.name",
            "employerCreditCode", "employer.creditCode", "workplaceDistrict", "complaint.workplaceDistrict",
            "leaveType", "complaint.leaveType", "violationDate", "complaint.report.date", "facts", "complaint.facts",
            "affectedEmployees", "complaint.affectedEmployees", "contact.name", "complaint.reporterContact",
            "contact.phone", "complaint.phone");

    private final ComplaintReports reports;
    private final Idempotency idempotency;
    private final UserService users;
    private final Validator validator;
    private final PageFormat fmt;

    ReportPages(ComplaintReports reports, Idempotency idempotency, UserService users, Validator validator,
                PageFormat fmt) {
        this.fmt = fmt;
        this.reports = reports;
        this.idempotency = idempotency;
        this.users = users;
        this.validator = validator;
    }

    /** The report form as posted, text as typed. */
    public static class ReportForm {
        private String token;
        private String employerCreditCode;
        private String employerName;
        private String workplaceDistrict;
        private String leaveType;
        private String violationDate;
        private String facts;
        private String affectedEmployees = "1";
        private String contactName;
        private String contactPhone;

        public String getToken() { return token; }
        public void setToken(String v) { token = v; }
        public String getEmployerCreditCode() { return employerCreditCode; }
        public void setEmployerCreditCode(String v) { employerCreditCode = v; }
        public String getEmployerName() { return employerName; }
        public void setEmployerName(String v) { employerName = v; }
        public String getWorkplaceDistrict() { return workplaceDistrict; }
        public void setWorkplaceDistrict(String v) { workplaceDistrict = v; }
        public String getLeaveType() { return leaveType; }
        public void setLeaveType(String v) { leaveType = v; }
        public String getViolationDate() { return violationDate; }
        public void setViolationDate(String v) { violationDate = v; }
        public String getFacts() { return facts; }
        public void setFacts(String v) { facts = v; }
        public String getAffectedEmployees() { return affectedEmployees; }
        public void setAffectedEmployees(String v) { affectedEmployees = v; }
        public String getContactName() { return contactName; }
        public void setContactName(String v) { contactName = v; }
        public String getContactPhone() { return contactPhone; }
        public void setContactPhone(String v) { contactPhone = v; }
    }

    @GetMapping("/public/report")
    String form(Model model) {
        ReportForm form = new ReportForm();
        form.setToken(UUID.randomUUID().toString());
        return page(model, form, FieldErrors.none());
    }

    @PostMapping("/public/report")
    String report(@ModelAttribute("form") ReportForm form, Model model, RedirectAttributes flash,
                  HttpServletRequest request, HttpServletResponse response) {
        var me = ReportController.reporter();
        List<FieldProblem> problems = new ArrayList<>();
        LodgeReport command = command(form, problems);
        for (ConstraintViolation<LodgeReport> v : validator.validate(command)) {
            problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, form, FieldErrors.of(problems));
        }
        String address = request.getRemoteAddr();
        ResponseEntity<JsonNode> lodged;
        try {
            lodged = idempotency.run(ComplaintReports.idempotencyScope(me, address) + ":page", form.getToken(),
                    command, () -> ResponseEntity.status(HttpStatus.CREATED).body(reports.report(me, command, address)));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, form, FieldErrors.of(e));
        } catch (TooManyRequestsException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("error", fmt.message("complaint.report.tooMany"));
            return page(model, form, FieldErrors.none());
        } catch (Idempotency.KeyReusedException e) {
            form.setToken(UUID.randomUUID().toString());
            model.addAttribute("error", fmt.message("complaint.report.alreadySent"));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(model, form, FieldErrors.none());
        }
        JsonNode body = lodged.getBody();
        Map<String, String> receipt = new LinkedHashMap<>();
        receipt.put("caseNo", body.path("caseNo").asText());
        // no date while the year it falls in cannot be counted yet: the page says why instead of "null"
        receipt.put("acceptanceDue", body.path("acceptanceDue").isTextual() ? body.path("acceptanceDue").asText() : null);
        receipt.put("acceptanceDueProvisional", body.path("acceptanceDueProvisional").asText());
        receipt.put("queryCode", body.path("queryCode").asText());
        flash.addFlashAttribute("lodged", receipt);
        return "redirect:/public/report/lodged";
    }

    @GetMapping("/public/report/lodged")
    String lodged(Model model) {
        return model.getAttribute("lodged") == null ? "redirect:/public/case-status" : "complaint/report-lodged";
    }

    private String page(Model model, ReportForm form, FieldErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldLabels", LABELS);
        model.addAttribute("districts", users.districts());
        model.addAttribute("leaveTypes", LeaveType.values());
        model.addAttribute("today", LocalDate.now(Shanghai.ZONE).toString());
        return "complaint/report-new";
    }

    private static LodgeReport command(ReportForm f, List<FieldProblem> problems) {
        LeaveType type = null;
        if (!blank(f.getLeaveType())) {
            try {
                type = LeaveType.valueOf(f.getLeaveType().strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("leaveType", "must be one of " + List.of(LeaveType.values())));
            }
        }
        LocalDate date = null;
        if (!blank(f.getViolationDate())) {
            try {
                date = LocalDate.parse(f.getViolationDate().strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("violationDate", "is not a date (yyyy-MM-dd)"));
            }
        }
        Integer affected = null;
        if (!blank(f.getAffectedEmployees())) {
            try {
                affected = Integer.valueOf(f.getAffectedEmployees().strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("affectedEmployees", "must be a whole number"));
            }
        }
        LodgeReport.Contact contact = blank(f.getContactName()) && blank(f.getContactPhone()) ? null
                : new LodgeReport.Contact(trim(f.getContactName()), trim(f.getContactPhone()));
        return new LodgeReport(trim(f.getEmployerCreditCode()), trim(f.getEmployerName()),
                trim(f.getWorkplaceDistrict()), type, date, trim(f.getFacts()), affected, contact);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
