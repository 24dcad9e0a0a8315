package org.ffw.complaint;

import java.time.LocalDate;

import org.ffw.complaint.ComplaintViews.Entitlement;
import org.ffw.platform.web.UnprocessableException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.rules.LeaveEntitlement;
import org.ffw.rules.LeaveEntitlements;
import org.ffw.rules.LeaveEvent;
import org.ffw.rules.LeaveQuery;
import org.springframework.stereotype.Component;

/** What the law grants in the complainant's situation, from the rules module, next to what she says was granted. */
@Component
class ComplaintEntitlements {

    private final LeaveEntitlements entitlements;

    ComplaintEntitlements(LeaveEntitlements entitlements) {
        this.entitlements = entitlements;
    }

    Entitlement of(LeaveType type, LocalDate birth, int babies, Integer granted) {
        if (birth == null || type == LeaveType.PRENATAL_CHECK || type == LeaveType.PREGNANCY_PROTECTION) {
            return new Entitlement(null, granted, null, type == LeaveType.PRENATAL_CHECK
                    ? "产前检查时间计入劳动时间（特别规定第六条）" : "孕期、哺乳期特殊保护（特别规定第五、六、九条）");
        }
        LeaveEntitlement e;
        try {
            e = entitlements.calculate(new LeaveQuery(LeaveEvent.BIRTH, birth, babies, false, true, null, null));
        } catch (UnprocessableException | InvalidInputException ex) {
            return new Entitlement(null, granted, null, "暂无法计算法定假期：" + ex.getMessage());
        }
        Integer days;
        String note;
        switch (type) {
            case MATERNITY -> {
                days = e.maternityLeaveDays();
                note = "产假 " + days + " 天（自 " + e.leaveStart() + " 至 " + e.maternityLeaveEnd() + "）";
            }
            case BIRTH -> {
                days = e.totalDays();
                note = "产假 " + e.maternityLeaveDays() + " 天 + 生育假 " + e.birthLeaveDays() + " 天"
                        + (e.holidayExtensionDays() > 0 ? "（遇法定节假日顺延 " + e.holidayExtensionDays() + " 天）" : "")
                        + "，至 " + e.birthLeaveEnd() + (e.provisional() ? "（暂定：当年节假日安排尚未公布）" : "");
            }
            case PATERNITY -> {
                days = e.paternityLeaveDays();
                note = "配偶陪产假 " + days + " 天";
            }
            case CHILDCARE -> {
                days = e.childcareLeaveDaysPerYear();
                note = "育儿假每年 " + days + " 天，至 " + e.childcareLeaveUntil();
            }
            default -> {
                days = null;
                note = "哺乳时间每天 " + e.nursingHoursPerDay() + " 小时，至 " + e.nursingUntil();
            }
        }
        return Entitlement.of(days, granted, note);
    }
}
