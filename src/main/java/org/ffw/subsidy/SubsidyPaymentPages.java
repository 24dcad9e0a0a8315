package org.ffw.subsidy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.FieldErrors;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.PageFormat;
import org.ffw.subsidy.SubsidyPayments.Instruction;
import org.ffw.subsidy.SubsidyPayments.Payment;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Finance's page (ADMIN in the demo): the approved applications to pay, by the day they were approved, each day's
 * CSV for the bank, and the confirmation of each payment with the bank's reference and the day paid.
 */
@Controller
class SubsidyPaymentPages {

    private final SubsidyPayments payments;
    private final PageFormat fmt;

    SubsidyPaymentPages(SubsidyPayments payments, PageFormat fmt) {
        this.payments = payments;
        this.fmt = fmt;
    }

    @GetMapping("/finance/subsidy-payments")
    String page(Model model) {
        List<Instruction> all = payments.instructions(CurrentUser.get(), null);
        Map<LocalDate, List<Instruction>> byDay = new TreeMap<>();
        all.forEach(i -> byDay.computeIfAbsent(i.approvedOn(), d -> new java.util.ArrayList<>()).add(i));
        model.addAttribute("byDay", byDay);
        model.addAttribute("total", all.stream().map(Instruction::amount)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        model.addAttribute("count", all.size());
        model.addAttribute("today", payments.today());
        return "subsidy/payments";
    }

    @GetMapping("/finance/subsidy-payments.csv")
    ResponseEntity<String> csv(@RequestParam(required = false)
                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn) {
        return SubsidyController.csv(payments, approvedOn);
    }

    @PostMapping("/finance/subsidy-payments/{caseNo}")
    String confirm(@PathVariable String caseNo, @RequestParam(defaultValue = "") String reference,
                   @RequestParam(defaultValue = "") String paidOn, RedirectAttributes flash) {
        LocalDate day;
        try {
            day = paidOn.isBlank() ? null : LocalDate.parse(paidOn.strip());
        } catch (DateTimeParseException e) {
            return problem(flash, caseNo, reference, paidOn, fmt.message("work.pay.badDate"));
        }
        try {
            SubsidyApplication a = payments.confirm(CurrentUser.get(), caseNo, new Payment(reference, day));
            flash.addFlashAttribute("notice", fmt.message("work.pay.confirmed", caseNo,
                    a.approvedAmount().toPlainString()));
        } catch (InvalidInputException e) {
            String why = FieldErrors.of(e).all().stream()
                    .map(m -> fmt.message("work.pay.problem", fmt.message("reference".equals(m.field())
                            ? "work.pay.reference" : "work.pay.paidOn"), m.text()))
                    .collect(java.util.stream.Collectors.joining(fmt.message("work.flash.reasonSeparator")));
            return problem(flash, caseNo, reference, paidOn, fmt.message("work.pay.problems", why));
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", fmt.message("work.pay.notPending", caseNo));
        }
        return "redirect:/finance/subsidy-payments";
    }

    private static String problem(RedirectAttributes flash, String caseNo, String reference, String paidOn,
                                  String message) {
        flash.addFlashAttribute("payError", message);
        flash.addFlashAttribute("payCase", caseNo);
        flash.addFlashAttribute("payReference", reference);
        flash.addFlashAttribute("payPaidOn", paidOn);
        return "redirect:/finance/subsidy-payments#pay-" + caseNo;
    }
}
