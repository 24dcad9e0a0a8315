package org.ffw.subsidy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.UnprocessableException;
import org.ffw.rules.LeaveEntitlement;
import org.ffw.rules.LeaveEntitlements;
import org.ffw.rules.LeaveEvent;
import org.ffw.rules.LeaveQuery;
import org.ffw.rules.CreditCodes;
import org.ffw.rules.ResidentIds;
import org.ffw.subsidy.ApplySubsidy.MonthlyContribution;
import org.ffw.subsidy.SubsidyCheck.Phrase;
import org.ffw.subsidy.SubsidyPolicy.Terms;
import org.ffw.subsidy.SubsidyViews.MonthRow;
import org.springframework.stereotype.Component;

/**
 * The eligibility checks of an application (REFERENCE §2.1), each with its reason in words (phrases of i18n/work,
 * {@link SubsidyCheck}): the policy covers the birth; the leave granted covers the statutory 产假 + 生育假 for it
 * (rules module: babies, difficult birth, the holiday postponement); applied within the window after the leave; the
 * employee confirmed the child order; the declared months are exactly the term's; no other employer social-insurance
 * subsidy; a dispatch agency names a user unit other than itself. An application that fails a check is still
 * accepted and routed: the officer decides, with the failure shown.
 */
@Component
class SubsidyEligibility {

    private final SubsidyPolicy policy;
    private final LeaveEntitlements entitlements;
    private final SubsidyRecordsCheck records;

    SubsidyEligibility(SubsidyPolicy policy, LeaveEntitlements entitlements, SubsidyRecordsCheck records) {
        this.policy = policy;
        this.entitlements = entitlements;
        this.records = records;
    }

    /** What was found: the terms (empty when no policy covers the birth) and the checks in order. */
    record Result(Optional<Terms> terms, List<YearMonth> window, List<MonthRow> months, List<SubsidyCheck> checks) {
        boolean eligible() {
            return checks.stream().allMatch(SubsidyCheck::passed);
        }
    }

    Result check(ApplySubsidy a, String applicantCreditCode, LocalDate today) {
        List<SubsidyCheck> checks = new ArrayList<>();
        String id = ResidentIds.normalize(a.employee().residentId());
        checks.add(ResidentIds.isFemale(id)
                ? SubsidyCheck.pass("EMPLOYEE", "职工身份", Phrase.of("work.check.employee.valid"))
                : SubsidyCheck.warn("EMPLOYEE", "职工身份", Phrase.of("work.check.employee.male")));

        Optional<Terms> terms = policy.forBirth(a.childBirthDate());
        checks.add(terms.map(t -> SubsidyCheck.pass("POLICY", "政策范围",
                        Phrase.of("work.check.policy.covered", a.childBirthDate(), t.source())))
                .orElseGet(() -> SubsidyCheck.fail("POLICY", "政策范围",
                        Phrase.of("work.check.policy.notCovered", a.childBirthDate()))));
        int months = terms.map(Terms::months).orElse(6);
        List<YearMonth> window = SubsidyCalculation.window(a.childBirthDate(), months);

        checks.add(leave(a));
        LocalDate deadline = a.leaveEnd().plusMonths(terms.map(Terms::applyWithinMonths).orElse(12));
        checks.add(today.isAfter(deadline)
                ? SubsidyCheck.fail("WINDOW", "申请期限", Phrase.of("work.check.window.late", deadline))
                : SubsidyCheck.pass("WINDOW", "申请期限", Phrase.of("work.check.window.inTime", deadline)));
        checks.add(a.childOrder() == null
                ? SubsidyCheck.fail("CHILD_ORDER", "生育孩次", Phrase.of("work.check.childOrder.missing"))
                : Boolean.TRUE.equals(a.employeeConfirmedChildOrder())
                ? SubsidyCheck.pass("CHILD_ORDER", "生育孩次", Phrase.of("work.check.childOrder.confirmed", a.childOrder()))
                : SubsidyCheck.fail("CHILD_ORDER", "生育孩次", Phrase.of("work.check.childOrder.unconfirmed")));
        checks.add(months(a, window));
        List<MonthRow> rows = records.rows(applicantCreditCode, id, a.contributions(), window);
        checks.add(SubsidyMonths.check(rows));
        checks.add(Boolean.TRUE.equals(a.noOtherSubsidy())
                ? SubsidyCheck.pass("NO_OTHER_SUBSIDY", "不重复享受", Phrase.of("work.check.noOtherSubsidy.promised"))
                : SubsidyCheck.fail("NO_OTHER_SUBSIDY", "不重复享受", Phrase.of("work.check.noOtherSubsidy.other")));
        if (a.dispatch() != null) {
            String unit = CreditCodes.normalize(a.dispatch().userUnitCreditCode());
            checks.add(unit.equals(applicantCreditCode)
                    ? SubsidyCheck.fail("DISPATCH", "劳务派遣", Phrase.of("work.check.dispatch.itself"))
                    : "PUBLIC_INSTITUTION".equals(CreditCodes.organisationType(unit))
                    ? SubsidyCheck.fail("DISPATCH", "劳务派遣",
                            Phrase.of("work.check.dispatch.publicInstitution", a.dispatch().userUnitName()))
                    : SubsidyCheck.pass("DISPATCH", "劳务派遣",
                            Phrase.of("work.check.dispatch.passOn", a.dispatch().userUnitName(), unit)));
        }
        return new Result(terms, window, rows, List.copyOf(checks));
    }

    /** The leave granted covers the statutory 产假 + 生育假 for this birth, holiday postponement included. */
    private SubsidyCheck leave(ApplySubsidy a) {
        int babies = a.babies() == null ? 1 : a.babies();
        LocalDate start = a.leaveStart().isAfter(a.childBirthDate()) ? a.childBirthDate() : a.leaveStart();
        LeaveEntitlement e;
        try {
            e = entitlements.calculate(new LeaveQuery(LeaveEvent.BIRTH, a.childBirthDate(), babies,
                    Boolean.TRUE.equals(a.difficultBirth()), true, null, start));
        } catch (InvalidInputException | UnprocessableException cannot) {
            return SubsidyCheck.warn("LEAVE", "假期", Phrase.of("work.check.leave.cannotCalculate", cannot.getMessage()));
        }
        boolean covers = !a.leaveStart().isAfter(e.leaveStart()) && !a.leaveEnd().isBefore(e.birthLeaveEnd());
        // 单位给予 … 至 …，已覆盖 / 未覆盖法定产假 … 天 + 生育假 … 天（遇法定节假日顺延 … 天），应自 … 至 …（暂定）
        List<Phrase> words = new ArrayList<>(List.of(
                Phrase.of("work.check.leave.granted", a.leaveStart(), a.leaveEnd()),
                Phrase.of(covers ? "work.check.leave.covers" : "work.check.leave.notCovers"),
                Phrase.of("work.check.leave.statutory", e.maternityLeaveDays(), e.birthLeaveDays())));
        if (e.holidayExtensionDays() > 0) {
            words.add(Phrase.of("work.check.leave.holidays", e.holidayExtensionDays()));
        }
        words.add(Phrase.of("work.check.leave.period", e.leaveStart(), e.birthLeaveEnd()));
        if (e.provisional()) {
            words.add(Phrase.of("work.check.leave.provisional"));
        }
        return covers ? SubsidyCheck.pass("LEAVE", "假期", words) : SubsidyCheck.fail("LEAVE", "假期", words);
    }

    /** Exactly the term's months are declared: the birth month and the following ones. */
    private static SubsidyCheck months(ApplySubsidy a, List<YearMonth> window) {
        Map<YearMonth, MonthlyContribution> declared = SubsidyCalculation.byMonth(a.contributions());
        TreeSet<YearMonth> missing = new TreeSet<>(window);
        missing.removeAll(declared.keySet());
        TreeSet<YearMonth> extra = new TreeSet<>(declared.keySet());
        extra.removeAll(window);
        Object[] term = {window.get(0), window.get(window.size() - 1), window.size()};
        if (missing.isEmpty() && extra.isEmpty()) {
            return SubsidyCheck.pass("MONTHS", "缴费月份", Phrase.of("work.check.months.declared", term));
        }
        // the months as a list, written [2026-03, 2026-04] in either language
        List<Phrase> words = new ArrayList<>(List.of(Phrase.of("work.check.months.expected", term)));
        if (!missing.isEmpty()) {
            words.add(Phrase.of("work.check.months.missing", missing.toString()));
        }
        if (!extra.isEmpty()) {
            words.add(Phrase.of("work.check.months.extra", extra.toString()));
        }
        return SubsidyCheck.fail("MONTHS", "缴费月份", words);
    }
}
