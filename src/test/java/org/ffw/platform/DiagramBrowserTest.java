package org.ffw.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ffw.support.BrowserTest;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every diagram in bpmn/ imports into bpmn-js — the renderer of Camunda Modeler — without a warning, and no label
 * overlaps a shape, another label or a line. bpmn-js comes from node_modules ({@code npm ci}, as CI runs before Maven);
 * without it the test is skipped, unless {@code -Dffw.browser.required=true}. Screenshots of each diagram:
 * target/screenshots/diagram-{name}.png (1280 px), -375.png, and -full.png at the diagram's own size.
 */
class DiagramBrowserTest extends BrowserTest {

    static final Path BPMN_JS = Path.of("node_modules", "bpmn-js");
    static final Path PAGES = Path.of("target", "diagrams");

    @Test
    @SuppressWarnings("unchecked")
    void every_diagram_renders_in_bpmn_js_without_warnings_and_with_labels_clear_of_everything() throws IOException {
        if (!Files.isRegularFile(BPMN_JS.resolve("dist/bpmn-viewer.production.min.js"))) {
            String why = "the diagram check needs bpmn-js in node_modules (npm ci)";
            if (Boolean.getBoolean("ffw.browser.required")) {
                Assertions.fail(why + ", and ffw.browser.required=true");
            }
            Assumptions.abort(why + " — skipped");
        }
        List<Path> diagrams;
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            diagrams = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(diagrams).isNotEmpty();
        for (Path diagram : diagrams) {
            String name = diagram.getFileName().toString().replaceFirst("\\.bpmn$", "");
            browser.get(page(diagram, name).toUri().toString());
            Map<?, ?> result = result();
            assertThat(result.get("error")).as(name + ": import error").isNull();
            assertThat((List<?>) result.get("warnings")).as(name + ": import warnings").isEmpty();
            assertThat((List<?>) result.get("overlaps")).as(name + ": overlapping labels").isEmpty();
            assertThat(((Number) result.get("shapes")).intValue()).as(name + ": shapes drawn").isGreaterThan(1);
            if (name.equals("leave-complaint")) {
                assertThat((List<Object>) result.get("lanes")).containsExactly("投诉人", "劳动监察", "监察机构负责人",
                        "用人单位", "工会");
            }
            if (name.equals("friendly-post-certification")) {
                assertThat((List<Object>) result.get("lanes")).containsExactly("用人单位", "区人社局", "区总工会",
                        "区人社局负责人", "区总工会负责人");
            }
            if (name.equals("friendly-post-certificate")) {
                assertThat((List<Object>) result.get("lanes")).containsExactly("区人社局", "区人社局负责人", "用人单位");
            }
            screenshot("diagram-" + name, false); // a diagram pans at phone width
            fullSize("diagram-" + name + "-full");
        }
    }

    /** A page of its own for the diagram: the viewer loaded from node_modules by file URL, the XML inline. */
    private static Path page(Path diagram, String name) throws IOException {
        String template;
        try (InputStream in = DiagramBrowserTest.class.getResourceAsStream("/diagrams/render.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String xml = Files.readString(diagram, StandardCharsets.UTF_8);
        String html = template.replace("@BPMN_JS@", BPMN_JS.toAbsolutePath().toUri().toString().replaceFirst("/$", ""))
                .replace("@XML@", new ObjectMapper().writeValueAsString(xml).replace("</", "<\\/"));
        Files.createDirectories(PAGES);
        Path page = PAGES.resolve(name + ".html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        return page.toAbsolutePath();
    }

    private Map<?, ?> result() {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> js.executeScript("return window.result !== undefined"));
        return (Map<?, ?>) js.executeScript("return window.result");
    }

    /** The diagram at 100 %: the labels as they are in Camunda Modeler. */
    private void fullSize(String name) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("document.body.classList.add('full')");
        int w = ((Number) js.executeScript("return Math.ceil(window.diagramWidth)")).intValue();
        int h = ((Number) js.executeScript("return Math.ceil(window.diagramHeight)")).intValue();
        browser.manage().window().setSize(new Dimension(Math.min(w + 40, 6000), Math.min(h + 160, 4000)));
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(Path.of("target", "screenshots", name + ".png"), png);
        assertThat(png.length).isGreaterThan(1000);
        browser.manage().window().setSize(new Dimension(1280, 1000));
        js.executeScript("document.body.classList.remove('full')");
    }
}
