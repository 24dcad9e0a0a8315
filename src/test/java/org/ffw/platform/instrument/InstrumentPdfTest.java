package org.ffw.platform.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.instrument.InstrumentDraft.Party;
import org.junit.jupiter.api.Test;

/** The layout without the application: fonts, wrapping, the parts every instrument prints, the embedded subset. */
class InstrumentPdfTest {

    static final InstrumentProperties PROPERTIES = new InstrumentProperties(
            List.of("/nonexistent/font.ttf", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), 60, 6);

    @Test
    void an_instrument_prints_its_parts_in_chinese_with_the_font_embedded_as_a_subset() throws IOException {
        InstrumentWording wording = new InstrumentWording(PROPERTIES);
        InstrumentPdf pdf = new InstrumentPdf(new InstrumentFonts(PROPERTIES));
        String longText = "经调查，你单位未依法给予女职工六十天生育假，违反了《上海市人口与计划生育条例》的规定。".repeat(12);
        var draft = new InstrumentDraft(Procedure.LEAVE_COMPLAINT, "LC-2026-000001", "CORRECTION_ORDER", "责令改正指令书",
                Party.EMPLOYER, Party.COMPLAINANT, "上海市浦东新区人力资源和社会保障局", "上海示例科技有限公司：",
                List.of(longText, "请于2026年12月31日前改正。"), "《劳动保障监察条例》第十八条", true,
                LocalDate.of(2026, 12, 2), List.of());
        var rendered = pdf.render(wording.printed(draft, "LC-2026-000001-05", null, null));

        try (PDDocument doc = Loader.loadPDF(rendered.pdf())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("上海市浦东新区人力资源和社会保障局", "责令改正指令书", "文号：LC-2026-000001-05",
                    "上海示例科技有限公司：", "2026年12月2日", "（印章）", "法律依据：《劳动保障监察条例》第十八条",
                    "60日内依法申请行政复议", "6个月内依法向人民法院提起行政诉讼", "抄送：投诉人。");
            assertThat(text).contains(longText.replaceAll("\\s+", ""));
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames()
                    .iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+.*"); // a subset: the tag before the name
        }
        assertThat(rendered.pdf().length).as("a subset, not the 17 MB font").isLessThan(300_000);
    }

    @Test
    void lines_break_at_any_character_but_never_begin_with_closing_punctuation() {
        InstrumentPdf.Measure oneEach = s -> s.codePointCount(0, s.length());
        assertThat(InstrumentPdf.wrap("一二三四，五六", 4, oneEach)).containsExactly("一二三四，", "五六");
        assertThat(InstrumentPdf.wrap("一二三四五六七八九", 4, oneEach)).containsExactly("一二三四", "五六七八", "九");
        // a case number stays whole on the next line, a space does not begin it
        assertThat(InstrumentPdf.wrap("编号是 LC-26号", 6, oneEach)).containsExactly("编号是", "LC-26号");
        // the first line is shorter (the indent); a run wider than a line is broken
        assertThat(InstrumentPdf.wrap("一二三四五六", 2, 4, oneEach)).containsExactly("一二", "三四五六");
        assertThat(InstrumentPdf.wrap("ABCDEFGHIJ", 4, oneEach)).containsExactly("ABCD", "EFGH", "IJ");
    }

    @Test
    void no_usable_font_stops_with_what_was_tried() {
        assertThatThrownBy(() -> new InstrumentFonts(new InstrumentProperties(List.of("/nonexistent/a.ttf"), 60, 6)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/nonexistent/a.ttf")
                .hasMessageContaining("ffw.instruments.fonts");
    }

    /**
     * The health endpoint asks this on every call (a load balancer every few seconds): the answer is the font chosen
     * at startup, not a new parse of it — which allocated some 25 MB per call and caused full collections under
     * -Xmx512m (docs/benchmarks.md). Measured in bytes allocated by this thread, not in time.
     */
    @Test
    void the_health_check_names_the_font_without_parsing_it_again() {
        InstrumentFonts fonts = new InstrumentFonts(PROPERTIES);
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        fonts.health(); // warm-up (class loading)
        long before = threads.getCurrentThreadAllocatedBytes();
        var health = fonts.health();
        for (int i = 0; i < 9; i++) {
            fonts.health();
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(health.getStatus().getCode()).isEqualTo("UP");
        assertThat(health.getDetails()).containsEntry("font", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
                .containsKey("name");
        assertThat(health.getDetails().get("name").toString()).isNotBlank();
        assertThat(allocated).as("bytes allocated by 10 health checks").isLessThan(1_000_000);
    }

    /**
     * Every instrument needs the font (three per complaint): parsing it costs some 40 MB of garbage, most of a whole
     * lifecycle's (docs/benchmarks.md). One parsed font is lent to one document at a time; a document that finds
     * it lent waits for it, and gets a font of its own only when it is not given back in time. Measured in bytes
     * this thread allocates, and in which font each document got — not in time.
     */
    @Test
    void the_font_is_parsed_once_and_lent_to_one_document_at_a_time() throws IOException {
        InstrumentFonts fonts = new InstrumentFonts(PROPERTIES);
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        org.apache.fontbox.ttf.TrueTypeFont first;
        try (var lease = fonts.open()) {
            first = lease.font();
            assertThat(first.getUnicodeCmapLookup().getGlyphId('假')).isPositive();
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 3; i++) {
            try (var lease = fonts.open()) {
                assertThat(lease.font()).isSameAs(first);
                assertThat(lease.font().getUnicodeCmapLookup().getGlyphId('育')).isPositive();
            }
        }
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).as("bytes allocated by 3 documents' fonts")
                .isLessThan(1_000_000);
        // while one document holds it, another waits and gets it when it is given back …
        var held = fonts.open();
        var waiting = CompletableFutureOpen.start(fonts);
        sleep(200);
        assertThat(waiting).as("waits while the font is lent").isNotDone();
        held.close();
        assertThat(waiting.join()).isSameAs(first);
        // … and one that is not given back in time makes the next document parse its own
        fonts.lendWait = java.time.Duration.ofMillis(100);
        try (var kept = fonts.open()) {
            assertThat(kept.font()).isSameAs(first);
            var other = CompletableFutureOpen.start(fonts).join();
            assertThat(other).isNotSameAs(first);
            assertThat(other.getName()).isEqualTo(first.getName());
        }
        try (var again = fonts.open()) {
            assertThat(again.font()).isSameAs(first);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static final class CompletableFutureOpen {
        /** The font a document on another thread got (opened and given back there: a lease is its thread's). */
        static java.util.concurrent.CompletableFuture<org.apache.fontbox.ttf.TrueTypeFont> start(
                InstrumentFonts fonts) {
            return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try (var lease = fonts.open()) {
                    return lease.font();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void an_instrument_without_a_legal_basis_is_not_made() {
        assertThatThrownBy(() -> new InstrumentDraft(Procedure.LEAVE_COMPLAINT, "LC-2026-000001", "X", "X",
                Party.EMPLOYER, null, "a", "b", List.of(), " ", false, LocalDate.now(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
