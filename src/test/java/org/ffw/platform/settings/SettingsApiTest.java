package org.ffw.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/** The administrators' settings API: the table, a change and its history, every bad input refused, others 403. */
class SettingsApiTest extends ApiTest {

    static final String API = SettingChanges.API;
    static final String KEY = "subsidy.review-days";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_table_lists_every_procedure_s_settings_with_bounds_and_the_statutory_ones_with_their_source() {
        JsonNode review = SettingChanges.row(api, KEY);
        assertThat(review.path("label").asText()).isEqualTo("Review period of a subsidy application");
        JsonNode chinese = null;
        for (JsonNode row : api.as("admin").header("Accept-Language", "zh-CN").get(API).json()) {
            chinese = row.path("key").asText().equals(KEY) ? row : chinese;
        }
        assertThat(chinese.path("label").asText()).isEqualTo("补贴审核期限");
        assertThat(chinese.path("procedureLabel").asText()).isEqualTo("产假及生育假期间社保补贴");
        assertThat(review.path("procedure").asText()).isEqualTo("EMPLOYER_SUBSIDY");
        assertThat(review.path("unit").asText()).isEqualTo("WORKING_DAYS");
        assertThat(review.path("min").asInt()).isEqualTo(5);
        assertThat(review.path("max").asInt()).isEqualTo(60);
        assertThat(review.path("defaultValue").asInt()).isEqualTo(20);
        assertThat(review.path("statutory").asBoolean()).isFalse();

        JsonNode acceptance = SettingChanges.row(api, "complaint.acceptance-days");
        assertThat(acceptance.path("value").asInt()).isEqualTo(5);
        assertThat(acceptance.path("statutory").asBoolean()).isTrue();
        assertThat(acceptance.path("source").asText()).contains("若干规定", "第十八条");
        assertThat(SettingChanges.row(api, "complaint.investigation-days").path("value").asInt()).isEqualTo(60);
        assertThat(SettingChanges.row(api, "complaint.fine-max.MATERNITY").path("value").asInt()).isEqualTo(5000);
        assertThat(SettingChanges.row(api, "certification.validity-years").path("valueWords").asText())
                .endsWith(" years");
    }

    @Test
    void a_change_is_stored_with_who_and_why_and_listed_in_the_history() {
        String before = SettingChanges.current(api, KEY);
        int next = Integer.parseInt(before) == 60 ? 59 : Integer.parseInt(before) + 1;
        try {
            Api.Response r = api.as("admin").put(API + "/" + KEY, Map.of("value", next, "reason", "人手不足，延长审核期限"));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().path("value").asInt()).isEqualTo(next);
            assertThat(r.json().path("lastChange").path("by").asText()).isEqualTo("系统管理员");
            assertThat(SettingChanges.row(api, KEY).path("value").asInt()).isEqualTo(next);

            JsonNode last = api.as("admin").get(API + "/" + KEY + "/history").json().get(0);
            assertThat(last.path("oldValue").asText()).isEqualTo(before);
            assertThat(last.path("newValue").asText()).isEqualTo(String.valueOf(next));
            assertThat(last.path("reason").asText()).isEqualTo("人手不足，延长审核期限");
            assertThat(last.path("changedBy").asText()).isEqualTo("系统管理员");
            assertThat(last.path("changedAt").asText()).isNotBlank();
            assertThat(api.as("admin").get(API + "/history").json().findValuesAsText("key")).contains(KEY);
        } finally {
            SettingChanges.restore(api, KEY, before);
        }
    }

    @Test
    void bad_changes_are_refused_with_the_field_and_store_nothing() {
        String before = SettingChanges.current(api, KEY);
        int changes = changes();
        Api admin = api.as("admin");
        assertProblem(admin.put(API + "/" + KEY, Map.of("value", "abc", "reason", "原因说明")), 400, "value");
        assertProblem(admin.put(API + "/" + KEY, Map.of("value", "61", "reason", "原因说明")), 400, "value");
        assertProblem(admin.put(API + "/" + KEY, Map.of("value", "4", "reason", "原因说明")), 400, "value");
        assertProblem(admin.put(API + "/" + KEY, Map.of("value", "20.5", "reason", "原因说明")), 400, "value");
        assertProblem(admin.put(API + "/" + KEY, Map.of("value", before, "reason", "原因说明")), 400, "value");
        assertProblem(admin.put(API + "/" + KEY, Map.of("value", "30")), 400, "reason");
        assertProblem(admin.put(API + "/" + KEY, Map.of("value", "30", "reason", " ")), 400, "reason");
        assertProblem(admin.put(API + "/" + KEY, Map.of("value", "30", "reason", "x".repeat(501))), 400, "reason");
        assertProblem(admin.put(API + "/" + KEY, Map.of("reason", "原因说明")), 400, "value");
        assertProblem(admin.put(API + "/subsidy.second-review-above", Map.of("value", "60000.001",
                "reason", "原因说明")), 400, "value");
        assertProblem(admin.put(API + "/complaint.acceptance-days", Map.of("value", "10", "reason", "原因说明")),
                400, "value");
        assertProblem(admin.put(API + "/no.such-setting", Map.of("value", "10", "reason", "原因说明")), 404);
        assertProblem(admin.put(API + "/" + KEY, Map.of("value", "30", "reason", "原因说明", "extra", 1)), 400);
        assertThat(changes()).isEqualTo(changes);
        assertThat(SettingChanges.current(api, KEY)).isEqualTo(before);
    }

    @Test
    void only_administrators_read_or_change_the_settings() {
        for (String user : new String[] {"officer", "supervisor", "inspector", "employer", "employee"}) {
            assertProblem(api.as(user).get(API), 403);
            assertProblem(api.as(user).get(API + "/history"), 403);
            assertProblem(api.as(user).put(API + "/" + KEY, Map.of("value", "30", "reason", "原因说明")), 403);
        }
        assertThat(api.anonymous().get(API).status()).isEqualTo(401);
        assertThat(api.anonymous().put(API + "/" + KEY, Map.of("value", "30", "reason", "原因说明")).status())
                .isEqualTo(401);
    }

    private int changes() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM setting_change", Integer.class);
    }
}
