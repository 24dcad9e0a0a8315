package org.ffw.platform.settings;

import java.time.Instant;

/** One change of a setting (table setting_change, never updated): who, when, from what to what, and why. */
public record SettingChange(long id, String settingKey, String oldValue, String newValue, String reason,
                            String changedBy, String changedByName, Instant changedAt) {
}
