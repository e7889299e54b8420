package com.careerbridge.crm.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PDF's first page as a small PNG, so that staff see what a file is before downloading it. The PDF goes through a
 * temporary file (PDFBox reads it with random access and caches streams on disk), never whole into memory. A PDF that
 * cannot be rendered — damaged, encrypted, hostile — simply has no preview.
 */
final class PdfPreview {

    static final int WIDTH = 240;
    private static final Logger LOG = LoggerFactory.getLogger(PdfPreview.class);

    private PdfPreview() {
    }

    static byte[] firstPage(InputStream pdf) {
        Path file = null;
        try {
            file = Files.createTempFile("careerbridge-preview-", ".pdf");
            Files.copy(pdf, file, StandardCopyOption.REPLACE_EXISTING);
            try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file), "", null, null,
                    IOUtils.createTempFileOnlyStreamCache())) {
                if (document.getNumberOfPages() == 0) {
                    return null;
                }
                PDRectangle box = document.getPage(0).getCropBox();
                float scale = Math.clamp(WIDTH / Math.max(1f, box.getWidth()), 0.05f, 2f);
                BufferedImage image = new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                return png.toByteArray();
            }
        } catch (IOException | RuntimeException unreadable) {
            LOG.info("no preview for a PDF: {}", unreadable.toString());
            return null;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the system cleans its folder
                }
            }
        }
    }
}
