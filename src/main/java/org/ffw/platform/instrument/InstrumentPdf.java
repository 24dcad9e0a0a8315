package org.ffw.platform.instrument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Lays out one instrument on A4 as Chinese authorities issue them, with one data-driven layout for every kind: the
 * authority's name and the title centred, the number (文号) under them, the addressee, the body paragraphs (first
 * line indented two characters, CJK text wrapped at any character, closing punctuation never starting a line), the
 * legal basis, the rights notice, then the authority and the date of issue in Chinese at the right with a seal
 * placeholder (（印章）: no seal image). The Chinese font is embedded as a subset ({@link InstrumentFonts}).
 */
@Component
class InstrumentPdf {

    /** What was drawn: the file, and its text line by line (what the identity screen reads). */
    record Rendered(byte[] pdf, String text) {
    }

    /** The page as laid out, before it is drawn: the lines of one instrument. */
    record Printed(String authority, String title, String number, String addressee, List<String> paragraphs,
                   String signature, LocalDate issuedOn) {
    }

    private static final float MARGIN_X = 72;
    private static final float TOP = PDRectangle.A4.getHeight() - 72;
    private static final float BOTTOM = 80;
    private static final float BODY = 14;
    private static final float LEADING = BODY * 1.75f;
    /** Characters that may not begin a line (避头点): they stay at the end of the line before. */
    private static final String NO_LINE_START = "，。、；：？！）》」』”’,.;:?!)%";

    private final InstrumentFonts fonts;

    InstrumentPdf(InstrumentFonts fonts) {
        this.fonts = fonts;
    }

    Rendered render(Printed p) {
        try (InstrumentFonts.Lease ttf = fonts.open(); PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, ttf.font(), true);
            Pages pages = new Pages(doc, font);
            pages.centred(p.authority(), 20, 34);
            pages.centred(p.title(), 24, 40);
            pages.centred(p.number(), 12, 30);
            pages.left(p.addressee(), BODY, LEADING);
            for (String paragraph : p.paragraphs()) {
                pages.paragraph(paragraph);
            }
            pages.gap(LEADING);
            pages.right(p.signature(), BODY);
            pages.right(InstrumentDates.chinese(p.issuedOn()), BODY);
            pages.right("（印章）", BODY);
            pages.close();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(p.title() + " " + p.number());
            info.setAuthor(p.authority());
            info.setProducer("FFW");
            Calendar created = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            info.setCreationDate(created);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new Rendered(out.toByteArray(), String.join("\n", pages.drawn));
        } catch (IOException e) {
            throw new UncheckedIOException("the instrument " + p.number() + " could not be rendered", e);
        }
    }

    /**
     * The lines of a paragraph: greedy by width ({@code first} for the first line, {@code width} after); a break
     * before any CJK character, but a run of Latin letters, digits and their joiners (a case number, a credit code, an
     * amount) kept whole unless it alone is wider than a line; no closing mark and no space at the start of a line.
     */
    static List<String> wrap(String text, float first, float width, Measure measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens(text)) {
            float room = lines.isEmpty() ? first : width;
            if (token.equals("\n")) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (measure.width(token) > room && token.length() > 1) {
                // wider than a line on its own: broken character by character
                for (String one : tokens(token.replaceAll("(?<=.)", "\n")).stream().filter(t -> !t.equals("\n"))
                        .toList()) {
                    add(lines, line, one, lines.isEmpty() ? first : width, measure);
                }
            } else {
                add(lines, line, token, room, measure);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static List<String> wrap(String text, float width, Measure measure) {
        return wrap(text, width, width, measure);
    }

    private static void add(List<String> lines, StringBuilder line, String token, float room, Measure measure) {
        if (line.length() == 0 && token.isBlank()) {
            return;
        }
        if (measure.width(line + token) > room && line.length() > 0 && NO_LINE_START.indexOf(token.charAt(0)) < 0) {
            lines.add(line.toString().stripTrailing());
            line.setLength(0);
            if (token.isBlank()) {
                return;
            }
        }
        line.append(token);
    }

    /** One token per CJK character or mark; a Latin run ([A-Za-z0-9] with - . / : % joined) as one token. */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int[] cps = text.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            int j = i;
            while (j < cps.length && latin(cps[j])) {
                j++;
            }
            if (j == i) {
                j = i + 1;
            }
            out.add(new String(cps, i, j - i));
            i = j;
        }
        return out;
    }

    private static boolean latin(int cp) {
        return cp < 128 && (Character.isLetterOrDigit(cp) || "-./:%+".indexOf(cp) >= 0);
    }

    interface Measure {
        float width(String s);
    }

    /** The pages being written: a cursor that starts a new page when the next line would pass the bottom. */
    private static final class Pages {
        private final PDDocument doc;
        private final PDType0Font font;
        private final List<String> drawn = new ArrayList<>();
        private PDPageContentStream content;
        private float y;

        Pages(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            y = TOP;
        }

        private float width(String s, float size) {
            try {
                return font.getStringWidth(s) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void line(String s, float x, float size, float leading) throws IOException {
            if (y - leading < BOTTOM) {
                newPage();
            }
            y -= leading;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(s);
            content.endText();
            drawn.add(s);
        }

        void centred(String s, float size, float leading) throws IOException {
            float w = PDRectangle.A4.getWidth() - 2 * MARGIN_X;
            for (String l : wrap(s, w, t -> width(t, size))) {
                line(l, (PDRectangle.A4.getWidth() - width(l, size)) / 2, size, leading);
            }
        }

        void left(String s, float size, float leading) throws IOException {
            for (String l : wrap(s, PDRectangle.A4.getWidth() - 2 * MARGIN_X, t -> width(t, size))) {
                line(l, MARGIN_X, size, leading);
            }
        }

        void right(String s, float size) throws IOException {
            float x = PDRectangle.A4.getWidth() - MARGIN_X - BODY * 2 - width(s, size);
            line(s, Math.max(MARGIN_X, x), size, LEADING);
        }

        /** A body paragraph: the first line indented by two characters. */
        void paragraph(String text) throws IOException {
            float full = PDRectangle.A4.getWidth() - 2 * MARGIN_X;
            float indent = BODY * 2;
            List<String> lines = wrap(text, full - indent, full, t -> width(t, BODY));
            for (int i = 0; i < lines.size(); i++) {
                line(lines.get(i), MARGIN_X + (i == 0 ? indent : 0), BODY, LEADING);
            }
        }

        void gap(float h) {
            y -= h;
        }

        void close() throws IOException {
            content.close();
        }
    }
}
