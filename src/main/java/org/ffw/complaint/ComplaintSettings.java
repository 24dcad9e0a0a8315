package org.ffw.complaint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.ffw.platform.cases.Procedure;
import org.ffw.platform.settings.Setting;
import org.ffw.platform.settings.Setting.Unit;
import org.ffw.platform.settings.SettingDeclarations;
import org.springframework.stereotype.Component;

/**
 * The complaint's time limits and fine ranges on the settings page: all set by law (REFERENCE §3.1, §1.3), shown
 * read-only with their source — {@link ComplaintDeadlines} and {@link ComplaintFines} keep counting them.
 */
@Component
class ComplaintSettings implements SettingDeclarations {

    private static final String RULES = "关于贯彻实施〈劳动保障监察条例〉的若干规定 第十八条";
    private static final String REGULATIONS = "劳动保障监察条例 第十七条";

    private final ComplaintFines fines;

    ComplaintSettings(ComplaintFines fines) {
        this.fines = fines;
    }

    @Override
    public List<Setting> settings() {
        List<Setting> all = new ArrayList<>(List.of(
                Setting.statutory("complaint.acceptance-days", Procedure.LEAVE_COMPLAINT, Unit.WORKING_DAYS,
                        BigDecimal.valueOf(ComplaintDeadlines.ACCEPTANCE_DAYS), RULES),
                Setting.statutory("complaint.investigation-days", Procedure.LEAVE_COMPLAINT, Unit.WORKING_DAYS,
                        BigDecimal.valueOf(ComplaintDeadlines.INVESTIGATION_DAYS), REGULATIONS),
                Setting.statutory("complaint.extension-days", Procedure.LEAVE_COMPLAINT, Unit.WORKING_DAYS,
                        BigDecimal.valueOf(ComplaintDeadlines.EXTENDED_INVESTIGATION_DAYS
                                - ComplaintDeadlines.INVESTIGATION_DAYS), REGULATIONS)));
        for (LeaveType type : LeaveType.values()) {
            fines.of(type).ifPresent(r -> {
                all.add(Setting.statutory("complaint.fine-min." + type.name(), Procedure.LEAVE_COMPLAINT, Unit.YUAN,
                        r.min().stripTrailingZeros().setScale(0), r.source()));
                all.add(Setting.statutory("complaint.fine-max." + type.name(), Procedure.LEAVE_COMPLAINT, Unit.YUAN,
                        r.max().stripTrailingZeros().setScale(0), r.source()));
            });
        }
        return all;
    }
}
