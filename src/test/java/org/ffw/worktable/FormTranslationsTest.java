package org.ffw.worktable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every word of every form in {@code forms/} has its English twin in the component's custom properties, where
 * Camunda Modeler shows it beside the Chinese: {@code label.en}, {@code description.en}, {@code text.en},
 * {@code dateLabel.en}, {@code option.<value>.en} — and no English is left over for a word or an option the form no
 * longer has. {@link TaskFormView} shows them on an English page.
 */
class FormTranslationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> WORDS = List.of("label", "description", "text", "dateLabel");
    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef]");

    @Test
    void every_label_description_option_and_text_of_every_form_is_in_english_too() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> forms;
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            forms = files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
        }
        assertThat(forms).as("the forms").isNotEmpty();
        for (Path form : forms) {
            walk(form.getFileName().toString(), JSON.readTree(form.toFile()).path("components"), problems);
        }
        assertThat(problems).as("form words without their English (add them under the component's properties)")
                .isEmpty();
    }

    @Test
    void the_check_finds_what_it_looks_for() throws IOException {
        List<String> problems = new ArrayList<>();
        walk("x.form", JSON.readTree("""
                [{"type": "radio", "key": "d", "label": "决定", "values": [{"label": "同意", "value": "YES"},
                  {"label": "不同意", "value": "NO"}], "properties": {"label.en": "Decision", "option.YES.en": "Yes",
                  "option.GONE.en": "Gone", "description.en": "说明"}}]"""), problems);
        assertThat(problems).hasSize(3).anyMatch(p -> p.contains("option.NO.en"))
                .anyMatch(p -> p.contains("option.GONE.en")).anyMatch(p -> p.contains("description.en"));
    }

    private static void walk(String form, JsonNode components, List<String> problems) {
        for (JsonNode c : components) {
            String where = form + " " + (c.hasNonNull("key") ? c.path("key").asText() : c.path("type").asText());
            JsonNode props = c.path("properties");
            Set<String> expected = new HashSet<>();
            for (String word : WORDS) {
                if (c.hasNonNull(word) && !c.path(word).asText().isBlank()) {
                    expected.add(word + ".en");
                }
            }
            for (JsonNode o : c.path("values")) {
                expected.add("option." + o.path("value").asText() + ".en");
            }
            for (String key : expected) {
                String en = props.path(key).asText("");
                if (en.isBlank()) {
                    problems.add(where + ": no " + key);
                } else if (CJK.matcher(en).find()) {
                    problems.add(where + ": " + key + " is not English: " + en);
                }
            }
            for (Map.Entry<String, JsonNode> p : props.properties()) {
                if (p.getKey().endsWith(".en") && !expected.contains(p.getKey())) {
                    problems.add(where + ": " + p.getKey() + " translates nothing the form has");
                }
            }
            walk(form, c.path("components"), problems);
        }
    }
}
