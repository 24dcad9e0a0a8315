package org.ffw.complaint;

import java.util.Locale;

import org.ffw.complaint.ComplaintViews.Entitlement;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.Languages;
import org.ffw.platform.web.PageFormat;
import org.ffw.platform.web.UnprocessableException;
import org.ffw.rules.LeaveEntitlement;
import org.ffw.rules.LeaveEntitlements;
import org.ffw.rules.LeaveEvent;
import org.ffw.rules.LeaveQuery;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the law grants in the complainant's situation as she states it (birth or miscarriage, babies, a difficult
 * birth, a lawful birth), from the rules module, next to what she says was granted: for 生育假 the whole of 产假 and
 * 生育假 including its postponement over statutory holidays; for 陪产假, 育儿假 and nursing time that leave's own
 * figure (days, or hours a day). The note saying how it adds up is worded from {@code complaint.entitlement.*}: in
 * Chinese when it is stored with the case, in the reader's language when a page shows it ({@link #forReader}).
 */
@Component
class ComplaintEntitlements {

    private final LeaveEntitlements entitlements;
    private final MessageSource messages;

    ComplaintEntitlements(LeaveEntitlements entitlements, MessageSource messages) {
        this.entitlements = entitlements;
        this.messages = messages;
    }

    /** As stored with the case: the note in Chinese. {@code birth} is null when no birth is concerned. */
    Entitlement of(LeaveType type, LeaveQuery birth, Integer granted) {
        return of(type, birth, granted, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * The case's entitlement for the reader of the current request: as stored (its figures never change once lodged),
     * the note worded again in English for an English reader.
     */
    Entitlement forReader(Complaint c) {
        Entitlement stored = Entitlement.of(c);
        Locale locale = Languages.current();
        if (!Languages.english(locale) || stored.note() == null) {
            return stored;
        }
        LeaveQuery birth = c.childBirthDate() == null ? null
                : new LeaveQuery(c.leaveEvent() == null ? LeaveEvent.BIRTH : c.leaveEvent(), c.childBirthDate(),
                        c.babies() == null ? 1 : c.babies(), c.difficultBirth(), c.lawfulBirth(), c.pregnancyMonths(),
                        null);
        Entitlement now = of(c.leaveType(), birth, c.daysGranted(), locale);
        return new Entitlement(stored.entitledDays(), stored.daysGranted(), stored.gapDays(), now.note());
    }

    /** For an affected employee whose child's birth date was not given: no figure, and a note saying so. */
    Entitlement notComputed(Integer granted) {
        return new Entitlement(null, granted, null, say(Locale.SIMPLIFIED_CHINESE, "complaint.entitlement.noBirthDate"));
    }

    Entitlement of(LeaveType type, LeaveQuery birth, Integer granted, Locale locale) {
        if (birth == null || type == LeaveType.PRENATAL_CHECK || type == LeaveType.PREGNANCY_PROTECTION) {
            return new Entitlement(null, granted, null, say(locale, type == LeaveType.PRENATAL_CHECK
                    ? "complaint.entitlement.prenatalCheck" : "complaint.entitlement.pregnancyProtection"));
        }
        LeaveEntitlement e;
        try {
            e = entitlements.calculate(birth);
        } catch (UnprocessableException | InvalidInputException ex) {
            return new Entitlement(null, granted, null, say(locale, "complaint.entitlement.cannotCalculate",
                    ex.getMessage()));
        }
        return switch (type) {
            case MATERNITY -> Entitlement.of(e.maternityLeaveDays(), granted, say(locale,
                    "complaint.entitlement.maternity", e.maternityLeaveDays(), date(locale, e.leaveStart()),
                    date(locale, e.maternityLeaveEnd())));
            case BIRTH -> {
                int days = e.totalDays() + e.holidayExtensionDays();
                String note = e.birthLeaveDays() == 0
                        ? say(locale, "complaint.entitlement.birth.none", e.maternityLeaveDays())
                        : say(locale, "complaint.entitlement.birth", e.maternityLeaveDays(), e.birthLeaveDays(),
                                e.holidayExtensionDays() > 0 ? say(locale, "complaint.entitlement.birth.postponed",
                                        e.holidayExtensionDays()) : "",
                                date(locale, e.birthLeaveEnd()),
                                e.provisional() ? say(locale, "complaint.entitlement.provisional") : "");
                yield Entitlement.of(days, granted, note);
            }
            case PATERNITY -> Entitlement.of(e.paternityLeaveDays(), granted, e.paternityLeaveDays() == 0
                    ? say(locale, "complaint.entitlement.paternity.none")
                    : say(locale, "complaint.entitlement.paternity", e.paternityLeaveDays()));
            case CHILDCARE -> Entitlement.of(e.childcareLeaveDaysPerYear(), granted, e.childcareLeaveDaysPerYear() == 0
                    ? say(locale, "complaint.entitlement.childcare.none")
                    : say(locale, "complaint.entitlement.childcare", e.childcareLeaveDaysPerYear(),
                            date(locale, e.childcareLeaveUntil())));
            default -> new Entitlement(null, granted, null, say(locale, "complaint.entitlement.nursing",
                    e.nursingHoursPerDay(), date(locale, e.nursingUntil())));
        };
    }

    private String say(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String date(Locale locale, Object d) {
        return PageFormat.dateIn(locale, d);
    }
}
