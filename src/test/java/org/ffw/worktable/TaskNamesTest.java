package org.ffw.worktable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every user task of every diagram in {@code bpmn/} has its name in both languages: {@code task.<process
 * key>.<task key>} in i18n/work.properties (the Chinese, word for word the BPMN name, so they never drift) and in
 * i18n/work_en.properties. The pages name tasks with {@link WorktableNames#task}.
 */
class TaskNamesTest {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final Path I18N = Path.of("src/main/resources/i18n");

    @Test
    void every_user_task_is_named_in_chinese_as_in_the_diagram_and_in_english() throws Exception {
        Properties zh = load(I18N.resolve("work.properties"));
        Properties en = load(I18N.resolve("work_en.properties"));
        List<String> problems = new ArrayList<>();
        int tasks = 0;
        List<Path> diagrams;
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            diagrams = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
        for (Path diagram : diagrams) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList processes = f.newDocumentBuilder().parse(diagram.toFile()).getElementsByTagNameNS(BPMN, "process");
            for (int p = 0; p < processes.getLength(); p++) {
                Element process = (Element) processes.item(p);
                NodeList userTasks = process.getElementsByTagNameNS(BPMN, "userTask");
                for (int t = 0; t < userTasks.getLength(); t++) {
                    Element task = (Element) userTasks.item(t);
                    tasks++;
                    String key = "task." + process.getAttribute("id") + "." + task.getAttribute("id");
                    String name = task.getAttribute("name");
                    if (!name.equals(zh.getProperty(key))) {
                        problems.add(diagram.getFileName() + ": work.properties " + key + "=" + name
                                + " (now: " + zh.getProperty(key) + ")");
                    }
                    if (en.getProperty(key) == null || en.getProperty(key).isBlank()) {
                        problems.add(diagram.getFileName() + ": work_en.properties has no " + key);
                    }
                }
            }
        }
        assertThat(tasks).as("user tasks in bpmn/").isGreaterThan(10);
        assertThat(problems).as("user tasks without their names in i18n/work").isEmpty();
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }
}
