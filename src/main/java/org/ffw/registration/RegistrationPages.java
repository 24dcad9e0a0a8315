package org.ffw.registration;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ffw.identity.AccountText;
import org.ffw.identity.PhoneCodes;
import org.ffw.identity.UserService;
import org.ffw.platform.Shanghai;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.TooManyRequestsException;
import org.ffw.registration.RegistrationService.EmployeeRegistration;
import org.ffw.registration.RegistrationService.EmployerRegistration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registration pages (work without JavaScript: "send code" and "register" are two buttons of one form), the
 * district's queue of employers' first accounts, and the employer's invitations.
 */
@Controller
class RegistrationPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Shanghai.ZONE);

    private final RegistrationService registrations;
    private final PhoneCodes codes;
    private final UserService users;
    private final AccountText text;

    RegistrationPages(RegistrationService registrations, PhoneCodes codes,
                      UserService users, AccountText text) {
        this.registrations = registrations;
        this.codes = codes;
        this.users = users;
        this.text = text;
    }

    /** The employee's form (a mutable bean for binding). */
    public static class EmployeeForm {
        public String realName = "";
        public String residentId = "";
        public String phone = "";
        public String code = "";
        public String password = "";

        public String getRealName() { return realName; }
        public void setRealName(String v) { realName = v; }
        public String getResidentId() { return residentId; }
        public void setResidentId(String v) { residentId = v; }
        public String getPhone() { return phone; }
        public void setPhone(String v) { phone = v; }
        public String getCode() { return code; }
        public void setCode(String v) { code = v; }
        public String getPassword() { return password; }
        public void setPassword(String v) { password = v; }
    }

    public static class EmployerForm extends EmployeeForm {
        public String creditCode = "";
        public String employerName = "";
        public String district = "";
        public String invitation = "";
        public String contactName = "";

        public String getContactName() { return contactName; }
        public void setContactName(String v) { contactName = v; }

        public String getCreditCode() { return creditCode; }
        public void setCreditCode(String v) { creditCode = v; }
        public String getEmployerName() { return employerName; }
        public void setEmployerName(String v) { employerName = v; }
        public String getDistrict() { return district; }
        public void setDistrict(String v) { district = v; }
        public String getInvitation() { return invitation; }
        public void setInvitation(String v) { invitation = v; }
    }

    @GetMapping("/public/register/employee")
    String employeeForm(Model model) {
        model.addAttribute("form", new EmployeeForm());
        model.addAttribute("errors", Map.of());
        return "account/register-employee";
    }

    @PostMapping("/public/register/employee")
    String employee(@ModelAttribute("form") EmployeeForm form, @RequestParam(defaultValue = "register") String action,
                    Model model) {
        model.addAttribute("errors", Map.of());
        if ("code".equals(action)) {
            return sendCode(form.phone, model, "account/register-employee");
        }
        try {
            registrations.registerEmployee(new EmployeeRegistration(form.realName, form.residentId, form.phone,
                    form.code, form.password));
            return "redirect:/login?registered";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e));
            form.password = "";
            return "account/register-employee";
        }
    }

    private String sendCode(String phone, Model model, String view) {
        try {
            if (!PhoneCodes.isMobile(phone)) {
                throw text.invalid("phone", "accounts.error.phone");
            }
            if (users.exists(phone) || !users.accountsWithPhone(phone).isEmpty()) {
                throw text.invalid("phone", "accounts.error.phone.taken");
            }
            codes.send(phone, PhoneCodes.REGISTER);
            model.addAttribute("notice", text.get("accounts.code.sent"));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e));
        } catch (TooManyRequestsException e) {
            model.addAttribute("errors", Map.of("phone", e.getMessage()));
        }
        return view;
    }

    static Map<String, String> errors(InvalidInputException e) {
        Map<String, String> m = new LinkedHashMap<>();
        for (FieldProblem p : e.errors()) {
            m.putIfAbsent(p.field(), p.message());
        }
        return m;
    }

    @GetMapping("/public/register/employer")
    String employerForm(@RequestParam(required = false) String invitation, Model model) {
        EmployerForm form = new EmployerForm();
        form.invitation = invitation == null ? "" : invitation;
        model.addAttribute("form", form);
        model.addAttribute("errors", Map.of());
        model.addAttribute("districts", users.districts());
        return "account/register-employer";
    }

    @PostMapping("/public/register/employer")
    String employer(@ModelAttribute("form") EmployerForm form, @RequestParam(defaultValue = "register") String action,
                    Model model) {
        model.addAttribute("errors", Map.of());
        model.addAttribute("districts", users.districts());
        if ("code".equals(action)) {
            return sendCode(form.phone, model, "account/register-employer");
        }
        try {
            var r = registrations.registerEmployer(new EmployerRegistration(form.creditCode, form.employerName,
                    blankToNull(form.district), form.contactName, form.phone, form.code, form.password,
                    blankToNull(form.invitation)));
            return r.pending() ? "redirect:/login?pending" : "redirect:/login?registered";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e));
            form.password = "";
            return "account/register-employer";
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @GetMapping("/account/employer-requests")
    @PreAuthorize("hasAnyRole('INSPECTOR','SUPERVISOR')")
    String queue(Model model) {
        var me = CurrentUser.get();
        model.addAttribute("requests", registrations.pending(me).stream().map(r -> Map.of(
                "username", r.username(), "creditCode", r.creditCode(), "employerName", r.employerName(),
                "contact", users.account(r.username()).map(a -> a.realName() == null ? "" : a.realName()).orElse(""),
                "requestedAt", WHEN.format(r.requestedAt()))).toList());
        model.addAttribute("district", users.district(me.district()).map(d -> d.nameZh()).orElse(""));
        return "account/employer-requests";
    }

    @PostMapping("/account/employer-requests/{username}/{decision:confirm|reject}")
    @PreAuthorize("hasAnyRole('INSPECTOR','SUPERVISOR')")
    String decide(@PathVariable String username, @PathVariable String decision, RedirectAttributes flash) {
        registrations.decide(CurrentUser.get(), username, "confirm".equals(decision));
        flash.addFlashAttribute("notice", text.get("accounts.queue.done." + decision));
        return "redirect:/account/employer-requests";
    }

    @GetMapping("/account/invitations")
    @PreAuthorize("hasRole('EMPLOYER')")
    String invitations() {
        return "account/invitations";
    }

    @PostMapping("/account/invitations")
    @PreAuthorize("hasRole('EMPLOYER')")
    String invite(Model model, jakarta.servlet.http.HttpServletRequest request) {
        String code = registrations.invite(CurrentUser.get());
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
        model.addAttribute("link", base + "/public/register/employer?invitation=" + code);
        model.addAttribute("code", code);
        model.addAttribute("validDays", registrations.invitationValidity().toDays());
        return "account/invitations";
    }
}
