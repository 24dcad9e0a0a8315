package org.ffw.platform.instrument;

import java.time.LocalDate;

/** A date as an instrument prints it: 2026年12月2日 (Arabic digits, no leading zeros, as the authorities write). */
public final class InstrumentDates {

    private InstrumentDates() {
    }

    public static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
