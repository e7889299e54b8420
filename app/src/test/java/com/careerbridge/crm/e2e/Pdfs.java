package com.careerbridge.crm.e2e;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Small real PDFs for the upload journeys (#16): documents are accepted by their content, not their name, and a PDF
 * gets a first-page preview, so a file with a .pdf name alone would not do.
 */
final class Pdfs {

    private Pdfs() {
    }

    /** Writes a one-page A4 PDF with {@code line} on it to {@code file}. */
    static Path onePage(Path file, String line) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 24);
                content.newLineAtOffset(72, 760);
                content.showText(line);
                content.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }
}
