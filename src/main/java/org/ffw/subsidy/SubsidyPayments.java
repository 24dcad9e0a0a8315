package org.ffw.subsidy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.rules.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance's side of the subsidy (ADMIN in the demo): every approved application is one payment instruction (amount,
 * payee); the day's instructions download as one CSV for the bank; each payment is confirmed with the bank's
 * reference and the day it was paid, which closes the case.
 */
@Service
class SubsidyPayments {

    /** One payment to make. {@code remark}: what the bank transfer says (case number; dispatch: pass it on). */
    record Instruction(String caseNo, String district, String employerName, String employerCreditCode,
                       String payeeName, String bankName, String accountNo, BigDecimal amount, LocalDate approvedOn,
                       String remark) {
    }

    /** The confirmation: the bank's reference and the day it paid. */
    record Payment(String reference, LocalDate paidOn) {
    }

    /** What finance is told after confirming. */
    record Receipt(String caseNo, SubsidyStatus status, String statusLabel, BigDecimal amount, String reference,
                   LocalDate paidOn) {
        static Receipt of(SubsidyApplication a) {
            return new Receipt(a.caseNo(), a.status(), a.status().label(), a.approvedAmount(), a.paymentReference(),
                    a.paidOn());
        }
    }

    static final String[] CSV_HEADER = {"案件编号", "收款户名", "开户银行", "收款账号", "金额（元）", "附言", "批准日期",
            "区", "统一社会信用代码"};

    private final SubsidyMapper mapper;
    private final SubsidyCases cases;
    private final SubsidyProcess process;
    private final WorkingDays workingDays;

    SubsidyPayments(SubsidyMapper mapper, SubsidyCases cases, SubsidyProcess process, WorkingDays workingDays) {
        this.mapper = mapper;
        this.cases = cases;
        this.process = process;
        this.workingDays = workingDays;
    }

    LocalDate today() {
        return workingDays.today();
    }

    /** The instructions not yet paid: approved on the day, or all when the day is null. */
    List<Instruction> instructions(FfwUser me, LocalDate approvedOn) {
        requireFinance(me);
        return mapper.toPay(approvedOn).stream().map(SubsidyPayments::instruction).toList();
    }

    /** The day's instructions as one CSV file for the bank (UTF-8 with a byte-order mark, for spreadsheets). */
    String csv(FfwUser me, LocalDate approvedOn) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get())) {
            for (Instruction i : instructions(me, approvedOn)) {
                csv.printRecord(i.caseNo(), i.payeeName(), i.bankName(), i.accountNo(), i.amount().toPlainString(),
                        i.remark(), i.approvedOn(), i.district(), i.employerCreditCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Confirms a payment: 400 for a bad body, 409 when the case does not wait for a payment (already paid). */
    @Transactional
    public SubsidyApplication confirm(FfwUser me, String caseNo, Payment p) {
        requireFinance(me);
        List<FieldProblem> errors = new java.util.ArrayList<>();
        String reference = p == null || p.reference() == null ? "" : p.reference().strip();
        if (reference.isEmpty() || reference.length() > 64) {
            errors.add(new FieldProblem("reference", "is required (the bank's reference, at most 64 characters)"));
        }
        SubsidyApplication a = cases.lock(caseNo);
        if (a == null) {
            throw new org.ffw.platform.web.NotFoundException("No such subsidy application.");
        }
        LocalDate paidOn = p == null ? null : p.paidOn();
        if (paidOn == null) {
            errors.add(new FieldProblem("paidOn", "is required (YYYY-MM-DD)"));
        } else if (paidOn.isAfter(workingDays.today())) {
            errors.add(new FieldProblem("paidOn", "must not be in the future"));
        } else if (a.approvedOn() != null && paidOn.isBefore(a.approvedOn())) {
            errors.add(new FieldProblem("paidOn", "must not be before the approval on " + a.approvedOn()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (a.status() != SubsidyStatus.APPROVED) {
            throw new ConflictException("The application " + caseNo + " does not wait for a payment: it is "
                    + a.status().label() + ".");
        }
        mapper.pay(caseNo, reference, paidOn, Instant.now());
        if (!process.paid(caseNo)) {
            throw new IllegalStateException("the process of " + caseNo + " does not wait for the payment");
        }
        return cases.existing(caseNo);
    }

    private static Instruction instruction(SubsidyApplication a) {
        String remark = "产假生育假社保补贴 " + a.caseNo() + (a.dispatch()
                ? "（派遣单位须全额转付用工单位 " + a.userUnitName() + " " + a.userUnitCreditCode() + "）" : "");
        return new Instruction(a.caseNo(), a.district(), a.employerName(), a.employerCreditCode(),
                a.bankAccountName(), a.bankName(), a.bankAccountNo(), a.approvedAmount(), a.approvedOn(), remark);
    }

    static void requireFinance(FfwUser me) {
        if (!me.has(Role.ADMIN)) {
            throw new ForbiddenException("Subsidy payments are made by finance.");
        }
    }
}
