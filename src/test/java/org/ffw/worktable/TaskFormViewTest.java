package org.ffw.worktable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The task page's view of a form schema, and posted HTML forms turned back into completion values. */
class TaskFormViewTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode schema() throws Exception {
        try (var in = TaskFormViewTest.class.getResourceAsStream("/forms/test/test-review.form")) {
            return JSON.readTree(in);
        }
    }

    @Test
    void the_timeline_says_the_choices_made_in_the_forms_own_words_never_codes_or_free_text() throws Exception {
        TaskForm form = TaskForm.parse(schema());
        String note = TaskTimeline.decisions(java.util.Optional.of(form), Map.of("decision", "ACCEPT",
                "kind", "BIRTH", "urgent", true, "reason", "自由文字不进入办理记录"));
        assertThat(note).isEqualTo(" — 决定：受理；类别：生育假；紧急：是");
    }

    @Test
    void text_becomes_headings_and_paragraphs_of_plain_text() {
        var blocks = TaskFormView.text("### 受理审查\n请在 **5 个工作日** 内作出决定。\n\n<script>alert(1)</script>");
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0).tag()).isEqualTo("h3");
        assertThat(blocks.get(0).spans()).containsExactly(new TaskFormView.Span("受理审查", false));
        assertThat(blocks.get(1).tag()).isEqualTo("p");
        assertThat(blocks.get(1).spans()).containsExactly(new TaskFormView.Span("请在 ", false),
                new TaskFormView.Span("5 个工作日", true), new TaskFormView.Span(" 内作出决定。", false));
        // markup stays text: the template writes every span with th:text
        assertThat(blocks.get(2).spans()).containsExactly(new TaskFormView.Span("<script>alert(1)</script>", false));
    }

    @Test
    void only_the_simple_conditions_of_ffw_forms_are_left_to_the_script() {
        assertThat(TaskFormView.condition("=triageDecision != \"ACCEPT\""))
                .isEqualTo(new TaskFormView.Condition("triageDecision", "!=", "ACCEPT"));
        assertThat(TaskFormView.condition("=decision = \"ACCEPT\""))
                .isEqualTo(new TaskFormView.Condition("decision", "=", "ACCEPT"));
        assertThat(TaskFormView.condition("=a = \"X\" and b = \"Y\"")).isNull();
        assertThat(TaskFormView.condition(null)).isNull();
    }

    @Test
    void every_component_is_listed_with_its_current_value() throws Exception {
        var items = TaskFormView.items(schema(), Map.of("decision", "REJECT", "days", 12L, "flags", List.of("B")));
        assertThat(items).extracting(TaskFormView.Item::type).containsExactly("text", "radio", "textarea", "number",
                "select", "datetime", "checkbox", "textfield", "group");
        var decision = items.get(1);
        assertThat(decision.required()).isTrue();
        assertThat(decision.selected()).containsExactly("REJECT");
        assertThat(decision.options()).extracting(TaskFormView.Option::label).containsExactly("受理", "不予受理");
        assertThat(items.get(2).hide()).isEqualTo(new TaskFormView.Condition("decision", "=", "ACCEPT"));
        assertThat(items.get(2).minLength()).isEqualTo(5);
        assertThat(items.get(3).value()).isEqualTo("12");
        assertThat(items.get(3).step()).isEqualTo("1");
        assertThat(items.get(5).htmlDateType()).isEqualTo("date");
        var group = items.get(8);
        assertThat(group.children()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo("checklist");
            assertThat(c.selected()).containsExactly("B");
        });
    }

    @Test
    void posted_forms_become_values_the_server_checks() throws Exception {
        TaskForm form = TaskForm.parse(schema());
        var posted = new LinkedMultiValueMap<String, String>();
        posted.add("_csrf", "token");
        posted.add("decision", "ACCEPT");
        posted.add("reason", "   ");
        posted.add("days", "7");
        posted.add("_present_urgent", "on");
        posted.add("flags", "A");
        posted.add("flags", "B");
        posted.add("salary", "1000");
        Map<String, Object> values = TaskFormView.values(form, posted);
        assertThat(values).containsOnlyKeys("decision", "days", "urgent", "flags");
        assertThat(values).containsEntry("decision", "ACCEPT").containsEntry("days", "7")
                .containsEntry("urgent", false).containsEntry("flags", List.of("A", "B"));
        posted.add("urgent", "true");
        assertThat(TaskFormView.values(form, posted)).containsEntry("urgent", true);
        // a checkbox hidden (disabled) by the page's script sends nothing, not even false
        posted.remove("_present_urgent");
        assertThat(TaskFormView.values(form, posted)).doesNotContainKey("urgent");
    }
    @Test
    void an_english_page_shows_the_english_of_the_forms_properties_and_the_chinese_where_there_is_none()
            throws Exception {
        JsonNode schema = JSON.readTree("""
                {"components": [
                  {"type": "text", "text": "### 审核\\n请核对。", "properties": {"text.en": "### Review\\nPlease check."}},
                  {"type": "radio", "key": "d", "label": "决定", "description": "说明",
                   "values": [{"label": "同意", "value": "YES"}, {"label": "不同意", "value": "NO"}],
                   "properties": {"label.en": "Decision", "description.en": "Explained", "option.YES.en": "Agree"}},
                  {"type": "datetime", "key": "on", "dateLabel": "日期", "properties": {"dateLabel.en": "Date"}},
                  {"type": "textarea", "key": "note", "label": "备注"}]}""");
        var en = TaskFormView.items(schema, Map.of(), true);
        assertThat(en.get(0).text().get(0).spans()).containsExactly(new TaskFormView.Span("Review", false));
        assertThat(en.get(1).label()).isEqualTo("Decision");
        assertThat(en.get(1).description()).isEqualTo("Explained");
        assertThat(en.get(1).options()).containsExactly(new TaskFormView.Option("YES", "Agree"),
                new TaskFormView.Option("NO", "不同意"));
        assertThat(en.get(2).label()).isEqualTo("Date");
        assertThat(en.get(3).label()).isEqualTo("备注");

        var zh = TaskFormView.items(schema, Map.of(), false);
        assertThat(zh.get(0).text().get(0).spans()).containsExactly(new TaskFormView.Span("审核", false));
        assertThat(zh.get(1).label()).isEqualTo("决定");
        assertThat(zh.get(1).options()).extracting(TaskFormView.Option::label).containsExactly("同意", "不同意");
        assertThat(zh.get(2).label()).isEqualTo("日期");
        // outside a request (no English asked for): Chinese
        assertThat(TaskFormView.labels(schema)).containsEntry("d", "决定").containsEntry("note", "备注");
    }
}
