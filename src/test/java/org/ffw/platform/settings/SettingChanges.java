package org.ffw.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.ffw.support.Api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Changing a procedure's setting through the administrators' API in a test. The tests share one database: a test that
 * changes a setting puts it back ({@link #restore}) in a {@code finally}.
 */
public final class SettingChanges {

    public static final String API = "/api/v1/admin/settings";

    private SettingChanges() {
    }

    /** The setting's row of the table, as the administrator reads it. */
    public static JsonNode row(Api api, String key) {
        Api.Response r = api.as("admin").get(API);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        for (JsonNode row : r.json()) {
            if (row.path("key").asText().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no setting " + key + " in " + r.text());
    }

    /** The current value as its digits (20, 50000.00). */
    public static String current(Api api, String key) {
        return row(api, key).path("value").decimalValue().toPlainString();
    }

    /** The administrator changes it; 200 expected. */
    public static JsonNode set(Api api, String key, Object value) {
        Api.Response r = api.as("admin").put(API + "/" + key, Map.of("value", value.toString(),
                "reason", "测试：调整设置"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** Puts the setting back to the value it had (nothing when it has it). */
    public static void restore(Api api, String key, String value) {
        if (new java.math.BigDecimal(current(api, key)).compareTo(new java.math.BigDecimal(value)) != 0) {
            set(api, key, value);
        }
    }
}
