package org.ffw.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.ffw.platform.document.FileCheck.Accepted;
import org.ffw.platform.document.FileCheck.Refused;
import org.ffw.support.SampleFiles;
import org.junit.jupiter.api.Test;

/** The checker on its own: real files pass, files that only begin like one are refused with the reason. */
class FileCheckTest {

    static final byte[] SCRIPT = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
    static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    @Test
    void a_real_pdf_png_and_jpeg_are_accepted_with_their_type() {
        assertThat(FileCheck.check(SampleFiles.pdf())).isEqualTo(new Accepted("application/pdf"));
        assertThat(FileCheck.check(SampleFiles.png())).isEqualTo(new Accepted("image/png"));
        assertThat(FileCheck.check(SampleFiles.jpeg())).isEqualTo(new Accepted("image/jpeg"));
        // zero padding after the image, as some cameras write, is still the image
        assertThat(FileCheck.check(SampleFiles.concat(SampleFiles.jpeg(), new byte[16])))
                .isEqualTo(new Accepted("image/jpeg"));
    }

    @Test
    void a_png_header_followed_by_script_is_refused() {
        assertThat(FileCheck.check(SampleFiles.concat(PNG_MAGIC, SCRIPT))).isInstanceOf(Refused.class)
                .extracting(v -> ((Refused) v).reason()).asString().startsWith("is not a PNG image that opens");
    }

    @Test
    void a_jpeg_header_followed_by_script_is_refused() {
        byte[] fake = SampleFiles.concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, SCRIPT);
        assertThat(FileCheck.check(fake)).isInstanceOf(Refused.class);
    }

    @Test
    void a_truncated_pdf_is_refused() {
        byte[] pdf = SampleFiles.pdf();
        for (int cut : new int[] {pdf.length / 3, pdf.length / 2, pdf.length - 40}) {
            assertThat(FileCheck.check(Arrays.copyOf(pdf, cut))).as("cut at " + cut)
                    .isEqualTo(new Refused("is not a PDF that opens: it is damaged or incomplete"));
        }
        // the old test fixture: a PDF header, an object and an end marker, but no pages, no xref, no trailer
        assertThat(FileCheck.check("%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(Refused.class);
    }

    @Test
    void polyglots_are_refused() {
        // a PNG that decodes, with an HTML page after its end
        assertThat(FileCheck.check(SampleFiles.concat(SampleFiles.png(), SCRIPT)))
                .isEqualTo(new Refused("has data after the end of the PNG image: it is not only an image"));
        // a JPEG that decodes, with a whole PDF after its end (readers look for %PDF anywhere near the start)
        assertThat(FileCheck.check(SampleFiles.concat(SampleFiles.jpeg(), SampleFiles.pdf())))
                .isEqualTo(new Refused("has data after the end of the JPEG image: it is not only an image"));
        // a PDF with a page after its last %%EOF
        assertThat(FileCheck.check(SampleFiles.concat(SampleFiles.pdf(), SCRIPT))).isInstanceOf(Refused.class);
    }

    @Test
    void an_encrypted_pdf_and_a_pdf_without_pages_are_refused() throws Exception {
        byte[] encrypted;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            p.setEncryptionKeyLength(128);
            doc.protect(p);
            doc.save(out);
            encrypted = out.toByteArray();
        }
        assertThat(FileCheck.check(encrypted)).isEqualTo(new Refused("is an encrypted PDF: upload it without a password"));
        byte[] empty;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.save(out);
            empty = out.toByteArray();
        }
        assertThat(FileCheck.check(empty)).isEqualTo(new Refused("is a PDF without pages"));
    }

    @Test
    void an_image_that_declares_a_huge_size_is_refused_before_it_is_decoded() {
        // a real 40 x 30 PNG whose header says 60000 x 60000 (3.6 billion pixels): a decompression bomb's header
        byte[] png = SampleFiles.png();
        int ihdr = 8; // the first chunk: length (4), "IHDR" (4), width (4), height (4), ...
        writeInt(png, ihdr + 8, 60_000);
        writeInt(png, ihdr + 12, 60_000);
        CRC32 crc = new CRC32();
        crc.update(png, ihdr + 4, 4 + 13);
        writeInt(png, ihdr + 8 + 13, (int) crc.getValue());
        assertThat(FileCheck.check(png)).isEqualTo(
                new Refused("is an image of more than 50 million pixels or wider or higher than 20000"));
        // within the limits the same image passes
        assertThat(FileCheck.check(SampleFiles.image("png", 2000, 1500))).isEqualTo(new Accepted("image/png"));
    }

    @Test
    void anything_else_is_refused() {
        assertThat(FileCheck.check("just text".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new Refused("is not a PDF, JPEG or PNG file (judged by its content)"));
        assertThat(FileCheck.check(SCRIPT)).isInstanceOf(Refused.class);
    }

    private static void writeInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
