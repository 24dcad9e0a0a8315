package org.ffw.complaint;

import org.ffw.complaint.ComplaintViews.Entitlement;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.UnprocessableException;
import org.ffw.rules.LeaveEntitlement;
import org.ffw.rules.LeaveEntitlements;
import org.ffw.rules.LeaveQuery;
import org.springframework.stereotype.Component;

/**
 * What the law grants in the complainant's situation as she states it (birth or miscarriage, babies, a difficult
 * birth, a lawful birth), from the rules module, next to what she says was granted: for 生育假 the whole of 产假 and
 * 生育假 including its postponement over statutory holidays; for 陪产假, 育儿假 and nursing time that leave's own
 * figure (days, or hours a day).
 */
@Component
class ComplaintEntitlements {

    private final LeaveEntitlements entitlements;

    ComplaintEntitlements(LeaveEntitlements entitlements) {
        this.entitlements = entitlements;
    }

    /** {@code birth} is null when the complaint is about no birth (prenatal checks, pregnancy protection). */
    Entitlement of(LeaveType type, LeaveQuery birth, Integer granted) {
        if (birth == null || type == LeaveType.PRENATAL_CHECK || type == LeaveType.PREGNANCY_PROTECTION) {
            return new Entitlement(null, granted, null, type == LeaveType.PRENATAL_CHECK
                    ? "产前检查时间计入劳动时间（特别规定第六条）" : "孕期、哺乳期特殊保护（特别规定第五、六、九条）");
        }
        LeaveEntitlement e;
        try {
            e = entitlements.calculate(birth);
        } catch (UnprocessableException | InvalidInputException ex) {
            return new Entitlement(null, granted, null, "暂无法计算法定假期：" + ex.getMessage());
        }
        String provisional = e.provisional() ? "（暂定：当年节假日安排尚未公布）" : "";
        return switch (type) {
            case MATERNITY -> Entitlement.of(e.maternityLeaveDays(), granted, "产假 " + e.maternityLeaveDays()
                    + " 天（自 " + e.leaveStart() + " 至 " + e.maternityLeaveEnd() + "）");
            case BIRTH -> {
                int days = e.totalDays() + e.holidayExtensionDays();
                yield Entitlement.of(days, granted, e.birthLeaveDays() == 0
                        ? "产假 " + e.maternityLeaveDays() + " 天；不符合法律法规规定生育的，无生育假"
                        : "产假 " + e.maternityLeaveDays() + " 天 + 生育假 " + e.birthLeaveDays() + " 天"
                        + (e.holidayExtensionDays() > 0 ? "（遇法定节假日顺延 " + e.holidayExtensionDays() + " 天）" : "")
                        + "，至 " + e.birthLeaveEnd() + provisional);
            }
            case PATERNITY -> Entitlement.of(e.paternityLeaveDays(), granted, e.paternityLeaveDays() == 0
                    ? "不符合法律法规规定生育的，无配偶陪产假" : "配偶陪产假 " + e.paternityLeaveDays() + " 天");
            case CHILDCARE -> Entitlement.of(e.childcareLeaveDaysPerYear(), granted, e.childcareLeaveDaysPerYear() == 0
                    ? "不符合法律法规规定生育的，无育儿假"
                    : "育儿假父母双方各每年 " + e.childcareLeaveDaysPerYear() + " 天，至 " + e.childcareLeaveUntil());
            default -> new Entitlement(null, granted, null, "哺乳时间每天 " + e.nursingHoursPerDay() + " 小时，至 "
                    + e.nursingUntil());
        };
    }
}
