package com.careerbridge.crm.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The demo's files, made at load time so that they are real content of an accepted type: type detection, download and
 * the PDF preview treat them like anything a person uploads.
 * <p>
 * A PDF uses the standard Helvetica, which needs nothing embedded (a file of about 1 KB) and renders with the substitute
 * PDFBox finds or ships — embedding a font made the demo's five PDFs three times slower to make and preview. Helvetica
 * has Latin glyphs only: the PDFs are the English CVs and reports people send to foreign companies; the Korean
 * documents are plain UTF-8 text.
 */
final class DemoFiles {

    private static final float MARGIN = 56;
    private static final float LEADING = 16;

    private DemoFiles() {
    }

    /** An A4 page with one line per entry; an entry starting with "# " is a heading. */
    static InputStream pdf(String... lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setLeading(LEADING);
                content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                for (String line : lines) {
                    boolean heading = line.startsWith("# ");
                    content.setFont(heading ? bold : font, heading ? 13 : 10.5f);
                    content.showText(heading ? line.substring(2) : line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plain text in UTF-8. */
    static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
