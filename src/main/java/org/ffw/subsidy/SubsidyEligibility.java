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
import org.ffw.subsidy.SubsidyPolicy.Terms;
import org.ffw.subsidy.SubsidyViews.MonthRow;
import org.springframework.stereotype.Component;

/**
 * The eligibility checks of an application (REFERENCE §2.1), each with its reason in words: the policy covers the
 * birth; the leave granted covers the statutory 产假 + 生育假 for it (rules module: babies, difficult birth, the
 * holiday postponement); applied within the window after the leave; the employee confirmed the child order; the
 * declared months are exactly the term's; no other employer social-insurance subsidy; a dispatch agency names a user
 * unit other than itself. An application that fails a check is still accepted and routed: the officer decides, with
 * the failure shown.
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
                ? SubsidyCheck.pass("EMPLOYEE", "职工身份", "公民身份号码有效")
                : SubsidyCheck.warn("EMPLOYEE", "职工身份", "公民身份号码显示为男性，请核对是否填错（补贴适用于女职工）"));

        Optional<Terms> terms = policy.forBirth(a.childBirthDate());
        checks.add(terms.map(t -> SubsidyCheck.pass("POLICY", "政策范围", a.childBirthDate() + " 出生，在政策范围内（"
                        + t.source() + "）"))
                .orElseGet(() -> SubsidyCheck.fail("POLICY", "政策范围", a.childBirthDate()
                        + " 出生，不在政策范围内：补贴适用于 2025 年 1 月 1 日以后、政策有效期内的生育")));
        int months = terms.map(Terms::months).orElse(6);
        List<YearMonth> window = SubsidyCalculation.window(a.childBirthDate(), months);

        checks.add(leave(a));
        LocalDate deadline = a.leaveEnd().plusMonths(terms.map(Terms::applyWithinMonths).orElse(12));
        checks.add(today.isAfter(deadline)
                ? SubsidyCheck.fail("WINDOW", "申请期限", "应在假期结束后一年内（" + deadline + " 前）申请")
                : SubsidyCheck.pass("WINDOW", "申请期限", "在申请期限内（" + deadline + " 前）"));
        checks.add(a.childOrder() == null ? SubsidyCheck.fail("CHILD_ORDER", "生育孩次", "请填写生育孩次，并由职工本人确认")
                : Boolean.TRUE.equals(a.employeeConfirmedChildOrder())
                ? SubsidyCheck.pass("CHILD_ORDER", "生育孩次", "职工已确认为第 " + a.childOrder() + " 孩")
                : SubsidyCheck.fail("CHILD_ORDER", "生育孩次", "须由职工本人确认生育孩次"));
        checks.add(months(a, window));
        List<MonthRow> rows = records.rows(applicantCreditCode, id, a.contributions(), window);
        checks.add(SubsidyMonths.check(rows));
        checks.add(Boolean.TRUE.equals(a.noOtherSubsidy())
                ? SubsidyCheck.pass("NO_OTHER_SUBSIDY", "不重复享受", "单位承诺同一职工同期未享受其他单位社会保险补贴")
                : SubsidyCheck.fail("NO_OTHER_SUBSIDY", "不重复享受",
                        "同一职工同期已享受其他单位社会保险补贴（如吸纳就业、创业补贴）的，不能同时申领"));
        if (a.dispatch() != null) {
            String unit = CreditCodes.normalize(a.dispatch().userUnitCreditCode());
            checks.add(unit.equals(applicantCreditCode)
                    ? SubsidyCheck.fail("DISPATCH", "劳务派遣", "用工单位不能是派遣单位本身")
                    : "PUBLIC_INSTITUTION".equals(CreditCodes.organisationType(unit))
                    ? SubsidyCheck.fail("DISPATCH", "劳务派遣", "派遣到机关事业单位的人员不适用本补贴（用工单位 "
                            + a.dispatch().userUnitName() + "）")
                    : SubsidyCheck.pass("DISPATCH", "劳务派遣", "派遣单位申请，补贴须全额转付用工单位 "
                            + a.dispatch().userUnitName() + "（" + unit + "）"));
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
            return SubsidyCheck.warn("LEAVE", "假期", "无法计算法定假期（" + cannot.getMessage() + "），请核对");
        }
        String statutory = "法定产假 " + e.maternityLeaveDays() + " 天 + 生育假 " + e.birthLeaveDays() + " 天"
                + (e.holidayExtensionDays() > 0 ? "（遇法定节假日顺延 " + e.holidayExtensionDays() + " 天）" : "")
                + "，应自 " + e.leaveStart() + " 至 " + e.birthLeaveEnd() + (e.provisional() ? "（暂定）" : "");
        String granted = "单位给予 " + a.leaveStart() + " 至 " + a.leaveEnd();
        boolean covers = !a.leaveStart().isAfter(e.leaveStart()) && !a.leaveEnd().isBefore(e.birthLeaveEnd());
        return covers ? SubsidyCheck.pass("LEAVE", "假期", granted + "，已覆盖" + statutory)
                : SubsidyCheck.fail("LEAVE", "假期", granted + "，未覆盖" + statutory);
    }

    /** Exactly the term's months are declared: the birth month and the following ones. */
    private static SubsidyCheck months(ApplySubsidy a, List<YearMonth> window) {
        Map<YearMonth, MonthlyContribution> declared = SubsidyCalculation.byMonth(a.contributions());
        TreeSet<YearMonth> missing = new TreeSet<>(window);
        missing.removeAll(declared.keySet());
        TreeSet<YearMonth> extra = new TreeSet<>(declared.keySet());
        extra.removeAll(window);
        String term = window.get(0) + " 至 " + window.get(window.size() - 1) + " 共 " + window.size() + " 个月";
        if (missing.isEmpty() && extra.isEmpty()) {
            return SubsidyCheck.pass("MONTHS", "缴费月份", "申报了 " + term + " 的单位缴费");
        }
        return SubsidyCheck.fail("MONTHS", "缴费月份", "应申报 " + term + (missing.isEmpty() ? "" : "，缺 " + missing)
                + (extra.isEmpty() ? "" : "，多报 " + extra + "（不计入）"));
    }
}
