package org.ffw.complaint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The first page of an instrument as a PNG under target/screenshots/instruments/ (poppler's pdftoppm, 80 dpi), to be
 * looked at: skipped with a message when pdftoppm is missing, unless {@code -Dffw.browser.required=true}.
 */
final class InstrumentScreenshots {

    static final Path DIR = Path.of("target/screenshots/instruments");
    private static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");

    private InstrumentScreenshots() {
    }

    static void save(String name, byte[] pdf) {
        if (!Files.isExecutable(PDFTOPPM)) {
            if (Boolean.getBoolean("ffw.browser.required")) {
                throw new AssertionError("pdftoppm is missing (apt-get install poppler-utils)");
            }
            Assumptions.abort("pdftoppm is missing (apt-get install poppler-utils): no screenshots of the instruments");
        }
        try {
            Files.createDirectories(DIR);
            Path file = DIR.resolve(name + ".pdf");
            Files.write(file, pdf);
            Process p = new ProcessBuilder(PDFTOPPM.toString(), "-png", "-r", "80", "-f", "1", "-l", "1",
                    "-singlefile", file.toString(), DIR.resolve(name).toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("pdftoppm failed for " + name + ": " + out);
            }
            if (!Files.exists(DIR.resolve(name + ".png"))) {
                throw new AssertionError("pdftoppm wrote no " + name + ".png");
            }
        } catch (IOException e) {
            throw new AssertionError("screenshot of " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
