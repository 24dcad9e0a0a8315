package org.ffw.platform.settings;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The settings a case was opened under. A setting the case has no value of (a case opened before the setting was
 * declared) has its default: the procedure's configuration, under which such a case was opened.
 */
public record CaseSettings(String caseNo, Map<String, BigDecimal> values, Map<String, Setting> declared) {

    public CaseSettings {
        values = Map.copyOf(values);
    }

    public BigDecimal decimal(String key) {
        BigDecimal v = values.get(key);
        if (v != null) {
            return v;
        }
        Setting s = declared.get(key);
        if (s == null) {
            throw new IllegalArgumentException("no setting " + key + " is declared");
        }
        return s.defaultValue();
    }

    public int integer(String key) {
        return decimal(key).intValueExact();
    }
}
