package org.ffw.platform.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * What an uploaded file is, decided by parsing it, not by its first bytes alone: a PDF counts only if PDFBox opens it
 * (not encrypted, at least one page, ending in {@code %%EOF}); a JPEG or PNG only if it decodes as one, after its
 * size in pixels was read from the header and found within {@link #MAX_PIXELS} (a small file may declare a huge
 * image: it would be refused before anything is decoded), with nothing after the image's end marker (a file that
 * is an image and an HTML page or a PDF at once is refused). Anything else is refused. A refusal is the reason in the
 * services' English phrasing, which {@code FieldErrors} words in the caller's language.
 */
final class FileCheck {

    /** 50 million pixels: a 12-megapixel photo is far below, a decompression bomb far above. */
    static final long MAX_PIXELS = 50_000_000L;
    /** Either side at most 20,000 pixels. */
    static final int MAX_SIDE = 20_000;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private FileCheck() {
    }

    /** The file's media type, or a refusal that says why. */
    sealed interface Verdict permits Accepted, Refused {
    }

    record Accepted(String contentType) implements Verdict {
    }

    record Refused(String reason) implements Verdict {
    }

    static Verdict check(byte[] c) {
        if (startsWith(c, PDF)) {
            return pdf(c);
        }
        if (startsWith(c, JPEG)) {
            return image(c, "JPEG", "image/jpeg", jpegEnd(c));
        }
        if (startsWith(c, PNG)) {
            return image(c, "PNG", "image/png", pngEnd(c));
        }
        return new Refused("is not a PDF, JPEG or PNG file (judged by its content)");
    }

    private static Verdict pdf(byte[] c) {
        if (!endsWithEof(c)) {
            return new Refused("is not a PDF that opens: it is damaged or incomplete");
        }
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(c))) {
            if (doc.isEncrypted()) {
                return new Refused("is an encrypted PDF: upload it without a password");
            }
            if (doc.getNumberOfPages() < 1) {
                return new Refused("is a PDF without pages");
            }
            return new Accepted("application/pdf");
        } catch (InvalidPasswordException e) {
            return new Refused("is an encrypted PDF: upload it without a password");
        } catch (IOException | RuntimeException e) {
            return new Refused("is not a PDF that opens: it is damaged or incomplete");
        }
    }

    /**
     * A PDF reader looks for {@code %%EOF} in the last 1024 bytes; a file cut short has none there. PDFBox alone would
     * rebuild a truncated file's cross-reference table and open what it finds.
     */
    private static boolean endsWithEof(byte[] c) {
        int from = Math.max(0, c.length - 1024);
        byte[] eof = {'%', '%', 'E', 'O', 'F'};
        for (int i = c.length - eof.length; i >= from; i--) {
            if (Arrays.equals(c, i, i + eof.length, eof, 0, eof.length)) {
                return onlyWhitespace(c, i + eof.length);
            }
        }
        return false;
    }

    private static Verdict image(byte[] c, String format, String type, int end) {
        String broken = "is not a " + format + " image that opens: it is damaged or incomplete";
        if (end < 0) {
            return new Refused(broken);
        }
        if (!onlyPadding(c, end)) {
            return new Refused("has data after the end of the " + format + " image: it is not only an image");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(c))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (in == null || !readers.hasNext()) {
                return new Refused(broken);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w < 1 || h < 1) {
                    return new Refused(broken);
                }
                if (w > MAX_SIDE || h > MAX_SIDE || w * h > MAX_PIXELS) {
                    return new Refused("is an image of more than 50 million pixels or wider or higher than 20000");
                }
                var image = reader.read(0);
                return image == null ? new Refused(broken) : new Accepted(type);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return new Refused(broken);
        }
    }

    /** Where the PNG ends: just after its IEND chunk, found by walking the chunks; -1 when the chunks do not hold. */
    static int pngEnd(byte[] c) {
        int p = PNG.length;
        while (p + 12 <= c.length) {
            long len = ((c[p] & 0xFFL) << 24) | ((c[p + 1] & 0xFF) << 16) | ((c[p + 2] & 0xFF) << 8) | (c[p + 3] & 0xFF);
            if (len > c.length - p - 12L) {
                return -1;
            }
            boolean iend = c[p + 4] == 'I' && c[p + 5] == 'E' && c[p + 6] == 'N' && c[p + 7] == 'D';
            p += 12 + (int) len;
            if (iend) {
                return p;
            }
        }
        return -1;
    }

    /**
     * Where the JPEG ends: after the end-of-image marker of the outermost image, found by walking the segments to the
     * start of scan and then the entropy-coded data (where 0xFF is followed by 0x00 or a restart marker); an
     * embedded thumbnail's markers lie inside an APP segment and are skipped with it. -1 when the file has no end.
     */
    static int jpegEnd(byte[] c) {
        int p = 2;
        while (p + 2 <= c.length) {
            if ((c[p] & 0xFF) != 0xFF) {
                return -1;
            }
            int marker = c[p + 1] & 0xFF;
            if (marker == 0xFF) {
                p++;
                continue;
            }
            if (marker == 0xD9) {
                return p + 2;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                p += 2;
                continue;
            }
            if (p + 4 > c.length) {
                return -1;
            }
            int len = ((c[p + 2] & 0xFF) << 8) | (c[p + 3] & 0xFF);
            if (len < 2 || p + 2 + len > c.length) {
                return -1;
            }
            p += 2 + len;
            if (marker == 0xDA) {
                // entropy-coded data up to the next marker that is not a stuffed byte or a restart
                while (p + 1 < c.length) {
                    if ((c[p] & 0xFF) == 0xFF) {
                        int next = c[p + 1] & 0xFF;
                        if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
                            break;
                        }
                    }
                    p++;
                }
            }
        }
        return -1;
    }

    /** Some cameras and editors pad a file with zero bytes (or a line end) after the image: that is allowed. */
    private static boolean onlyPadding(byte[] c, int from) {
        for (int i = from; i < c.length; i++) {
            if (c[i] != 0 && c[i] != '\r' && c[i] != '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyWhitespace(byte[] c, int from) {
        for (int i = from; i < c.length; i++) {
            if (c[i] != ' ' && c[i] != '\r' && c[i] != '\n' && c[i] != '\t' && c[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
