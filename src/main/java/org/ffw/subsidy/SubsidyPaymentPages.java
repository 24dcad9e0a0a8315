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

    SubsidyPaymentPages(SubsidyPayments payments) {
        this.payments = payments;
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
            return problem(flash, caseNo, reference, paidOn, "支付日期格式不正确（年-月-日）。");
        }
        try {
            SubsidyApplication a = payments.confirm(CurrentUser.get(), caseNo, new Payment(reference, day));
            flash.addFlashAttribute("notice", caseNo + " 已确认支付 " + a.approvedAmount().toPlainString() + " 元。");
        } catch (InvalidInputException e) {
            FieldErrors errors = FieldErrors.of(e);
            return problem(flash, caseNo, reference, paidOn, errors.all().stream()
                    .map(m -> ("reference".equals(m.field()) ? "银行流水号" : "支付日期") + m.zh())
                    .reduce((x, y) -> x + "；" + y).orElse("") + "。");
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", caseNo + " 不在待支付状态（可能已确认支付）。");
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
