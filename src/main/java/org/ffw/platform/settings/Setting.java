package org.ffw.platform.settings;

import java.math.BigDecimal;

import org.ffw.platform.cases.Procedure;

/**
 * One setting of a procedure as the procedure declares it ({@link SettingDeclarations}): its key (labelled
 * {@code setting.<key>} in the bundles), unit, bounds, the default (the procedure's configuration) and the number of
 * decimals it takes. A statutory setting names its legal source: it is shown read-only and never changed here.
 */
public record Setting(String key, Procedure procedure, Unit unit, BigDecimal min, BigDecimal max,
                      BigDecimal defaultValue, int scale, String source) {

    /** How a value is counted (words: {@code settings.unit.<UNIT>} with the amount). */
    public enum Unit { WORKING_DAYS, DAYS, MONTHS, YEARS, YUAN, PERCENT }

    public Setting {
        if (min.compareTo(max) > 0 || defaultValue.compareTo(min) < 0 || defaultValue.compareTo(max) > 0) {
            throw new IllegalArgumentException("setting " + key + ": default " + defaultValue + " outside "
                    + min + "–" + max);
        }
    }

    /** A whole-number setting an administrator may change within the bounds. */
    public static Setting configurable(String key, Procedure procedure, Unit unit, int min, int max, int defaultValue) {
        return new Setting(key, procedure, unit, BigDecimal.valueOf(min), BigDecimal.valueOf(max),
                BigDecimal.valueOf(defaultValue), 0, null);
    }

    /** An amount (to the fen) an administrator may change within the bounds. */
    public static Setting configurable(String key, Procedure procedure, Unit unit, BigDecimal min, BigDecimal max,
                                       BigDecimal defaultValue) {
        return new Setting(key, procedure, unit, min, max, defaultValue, 2, null);
    }

    /** A value the law sets: shown with its source, never changed here. */
    public static Setting statutory(String key, Procedure procedure, Unit unit, BigDecimal value, String source) {
        return new Setting(key, procedure, unit, value, value, value, Math.max(0, value.scale()), source);
    }

    public boolean statutory() {
        return source != null;
    }

    /** The label's message key. */
    public String labelKey() {
        return "setting." + key;
    }

    /** A value as stored and shown: 20, 50000.00. */
    public String plain(BigDecimal value) {
        return value.setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
