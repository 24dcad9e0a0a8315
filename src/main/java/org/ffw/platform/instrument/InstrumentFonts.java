package org.ffw.platform.instrument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The Chinese font of the instruments: the first of {@code ffw.instruments.fonts} that is readable, parses as a
 * TrueType font (a .ttf, or a .ttc collection — its first font) and has the glyphs of Chinese text. Chosen once at
 * startup; none usable stops the application with the list of what was tried (a node that cannot issue the
 * procedure's instruments cannot take its steps). CFF-outline OpenType fonts (Noto Sans CJK .otf/.ttc) are skipped:
 * PDFBox cannot embed them as a subset. The health endpoint shows the font in use ({@code instrumentFonts}) as
 * chosen at startup: the font's bytes are held in memory, so there is nothing to fail later, and parsing a Chinese
 * font (some 20 MB) on every health call — a load balancer asks every few seconds — cost tens of megabytes of
 * garbage per call and full collections under {@code -Xmx512m} (docs/benchmarks.md, the queue through HTTP).
 */
@Component("instrumentFonts")
class InstrumentFonts implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(InstrumentFonts.class);
    /** What a font must draw to be usable: the characters of every instrument's heading. */
    private static final String PROBE = "人力资源和社会保障局通知书（印章）年月日2026";

    private final Path path;
    private final byte[] bytes;
    private final boolean collection;
    private final ReentrantLock lent = new ReentrantLock();
    private TrueTypeFont shared; // parsed on first use, guarded by lent
    /** How long a document waits for the lent font before it parses its own. */
    Duration lendWait = Duration.ofSeconds(2);
    private final String name;

    private record Chosen(Path path, byte[] bytes, boolean collection, String name) {
    }

    InstrumentFonts(InstrumentProperties properties) {
        Chosen c = choose(properties);
        this.path = c.path();
        this.bytes = c.bytes();
        this.collection = c.collection();
        this.name = c.name();
        log.info("instrument font: {}", path);
    }

    private static Chosen choose(InstrumentProperties properties) {
        List<String> tried = new ArrayList<>();
        for (String candidate : properties.fonts()) {
            Path p = Path.of(candidate);
            try {
                byte[] b = Files.readAllBytes(p);
                boolean ttc = b.length > 4 && new String(b, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)
                        .equals("ttcf");
                try (TrueTypeFont f = parse(b, ttc)) {
                    String missing = missing(f);
                    if (missing.isEmpty()) {
                        return new Chosen(p, b, ttc, f.getName());
                    }
                    tried.add(candidate + " (no glyph for " + missing + ")");
                }
            } catch (IOException | RuntimeException e) {
                tried.add(candidate + " (" + e.getMessage() + ")");
            }
        }
        throw new IllegalStateException("No usable Chinese font for the instruments (PDF): tried "
                + (tried.isEmpty() ? "nothing — ffw.instruments.fonts is empty" : String.join("; ", tried))
                + ". Install fonts-wqy-zenhei or list a TrueType font in ffw.instruments.fonts (docs/operations.md).");
    }

    /**
     * The font for one document, given back when the document is written. Parsing the font costs some 40 MB of
     * garbage (FontBox copies the file and then its glyph table), and three instruments of a complaint parsed it
     * three times — most of a whole lifecycle's garbage (docs/benchmarks.md); so one parsed font is kept and lent to
     * one document at a time. A document that finds it lent waits for it up to {@link #lendWait} (a document holds it
     * while it is written) and only then parses a font of its own, so that concurrent documents do not each hold
     * a parsed font of their own (docs/benchmarks.md, whole lifecycles).
     */
    Lease open() throws IOException {
        if (!lent.isHeldByCurrentThread() && borrow()) { // a document inside a document gets its own
            try {
                if (shared == null) {
                    shared = parse(bytes, collection);
                }
            } catch (IOException | RuntimeException e) {
                lent.unlock();
                throw e;
            }
            return new Lease(shared, lent::unlock);
        }
        TrueTypeFont own = parse(bytes, collection);
        return new Lease(own, () -> {
            try {
                own.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private boolean borrow() {
        try {
            return lent.tryLock(lendWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A font lent to one document; closing it gives it back (or closes a document's own). */
    record Lease(TrueTypeFont font, Runnable release) implements AutoCloseable {
        @Override
        public void close() {
            release.run();
        }
    }

    Path path() {
        return path;
    }

    private static TrueTypeFont parse(byte[] b, boolean ttc) throws IOException {
        if (!ttc) {
            return new TTFParser().parse(new RandomAccessReadBuffer(b));
        }
        TrueTypeFont[] first = new TrueTypeFont[1];
        TrueTypeCollection all = new TrueTypeCollection(new ByteArrayInputStream(b));
        all.processAllFonts(f -> {
            if (first[0] == null) {
                first[0] = f;
            }
        });
        if (first[0] == null) {
            all.close();
            throw new IOException("an empty font collection");
        }
        return first[0];
    }

    private static String missing(TrueTypeFont f) throws IOException {
        var cmap = f.getUnicodeCmapLookup();
        StringBuilder missing = new StringBuilder();
        PROBE.codePoints().filter(cp -> cmap.getGlyphId(cp) == 0).forEach(missing::appendCodePoint);
        if (f.getTableMap().containsKey("CFF ")) {
            throw new IOException("CFF outlines: PDFBox cannot embed them");
        }
        return missing.toString();
    }

    /** The font chosen at startup (it parsed then, and its bytes have not changed since). */
    @Override
    public Health health() {
        return Health.up().withDetail("font", path.toString()).withDetail("name", name).build();
    }
}
