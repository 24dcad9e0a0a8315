package org.ffw.certification;

import java.util.Arrays;

import org.ffw.certification.CertificationViews.Verification;
import org.ffw.identity.UserService;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.FieldErrors;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.NotFoundException;
import org.ffw.platform.web.PageFormat;
import org.ffw.platform.web.TooManyRequestsException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What anyone reads without a login: the verification of a certificate by its number (the QR code printed on it
 * lands on {@code /public/certificates/{number}}), the city's register of certified employers, and the notices under
 * way with a form to object. Through the same reads and service as the public API.
 */
@Controller
class PublicCertificationPages {

    static final int REGISTER_PAGE_SIZE = 20;

    private final CertificateReads reads;
    private final CertificationService service;
    private final UserService users;
    private final PageFormat fmt;

    PublicCertificationPages(CertificateReads reads, CertificationService service, UserService users,
                             PageFormat fmt) {
        this.reads = reads;
        this.service = service;
        this.users = users;
        this.fmt = fmt;
    }

    /** The verification form; with {@code number} (the form's GET) the verdict as well. */
    @GetMapping("/public/certificates")
    String verifyForm(@RequestParam(required = false) String number, Model model, HttpServletResponse response) {
        if (number == null || number.isBlank()) {
            return "certification/verify";
        }
        return verify(number, model, response);
    }

    @GetMapping("/public/certificates/{number}")
    String verify(@PathVariable String number, Model model, HttpServletResponse response) {
        Verification v = reads.verify(number);
        if (!"ISSUED".equals(v.verdict())) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("v", v);
        model.addAttribute("number", v.number());
        return "certification/verify";
    }

    /** The register: valid certificates only, by district and measure, paged. */
    @GetMapping("/public/certified-employers")
    String register(@RequestParam(required = false) String district, @RequestParam(required = false) String measure,
                    @RequestParam(defaultValue = "0") int page, Model model) {
        String d = district != null && district.matches("\\d{6}") ? district : null;
        Measure m = Arrays.stream(Measure.values()).filter(x -> x.name().equals(measure)).findFirst().orElse(null);
        int p = Math.max(0, Math.min(page, 100000));
        var found = reads.register(d, m, p, REGISTER_PAGE_SIZE);
        model.addAttribute("found", found);
        model.addAttribute("district", d);
        model.addAttribute("measure", m);
        model.addAttribute("page", p);
        model.addAttribute("pages", Math.max(1, (found.total() + REGISTER_PAGE_SIZE - 1) / REGISTER_PAGE_SIZE));
        model.addAttribute("districts", users.districts());
        model.addAttribute("measures", Measure.values());
        return "certification/register";
    }

    @GetMapping("/public/certification-notices")
    String notices(@RequestParam(required = false) String district, Model model) {
        String d = district != null && district.matches("\\d{6}") ? district : null;
        model.addAttribute("notices", reads.notices(d));
        model.addAttribute("district", d);
        model.addAttribute("districts", users.districts());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FieldErrors.none());
        }
        return "certification/notices";
    }

    /** An objection (signed in or not, as the API): 400 beside its field, 429 too many from this address, 409 the notice is over. */
    @PostMapping("/public/certification-notices/{caseNo}/objections")
    String object(@PathVariable String caseNo, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String contact, Model model, RedirectAttributes flash,
                  HttpServletRequest request, HttpServletResponse response) {
        try {
            service.object(CurrentUser.find().orElse(null), caseNo, new CertificationService.Objection(reason == null ? null : reason.strip(),
                    contact), request.getRemoteAddr());
            flash.addFlashAttribute("notice", fmt.message("work.cert.objectionReceived", caseNo));
            return "redirect:/public/certification-notices";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FieldErrors.of(e));
        } catch (TooManyRequestsException e) {
            response.setStatus(429);
            model.addAttribute("objectionError", fmt.message("work.cert.objectionsTooMany"));
            model.addAttribute("objectionDetail", e.getMessage());
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("objectionError", fmt.message("work.cert.noticeOver"));
            model.addAttribute("objectionDetail", e.getMessage());
        } catch (NotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("objectionError", fmt.message("work.cert.noSuchNotice"));
        }
        model.addAttribute("objectionCase", caseNo);
        model.addAttribute("reason", reason);
        model.addAttribute("contact", contact);
        return notices(null, model);
    }
}
