package org.ffw.rules;

import java.time.LocalDate;

/**
 * What the leave entitlements are asked for.
 *
 * @param birthDate       the date of the birth, or of the end of the pregnancy for a miscarriage
 * @param babies          babies born (1 unless a multiple birth)
 * @param lawfulBirth     符合法律法规规定生育: the Shanghai additions (生育假, 陪产假, 育儿假) need it
 * @param pregnancyMonths completed months of pregnancy; required for a MISCARRIAGE
 * @param leaveStart      first day of 产假; null means the birth date
 */
public record LeaveQuery(LeaveEvent event, LocalDate birthDate, int babies, boolean difficultBirth,
                         boolean lawfulBirth, Integer pregnancyMonths, LocalDate leaveStart) {

    /** A single, normal, lawful birth with the leave starting on the birth date. */
    public static LeaveQuery birth(LocalDate birthDate) {
        return new LeaveQuery(LeaveEvent.BIRTH, birthDate, 1, false, true, null, null);
    }
}
