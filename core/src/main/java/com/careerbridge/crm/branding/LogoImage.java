package com.careerbridge.crm.branding;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decides whether bytes are a logo the consultancy may show. The type comes from the content's first bytes (a file's
 * name or a browser's word proves nothing), the size in pixels from the image's header before anything is decoded
 * (a small file can claim a huge picture), and the image is then decoded once, so that a broken file is refused now
 * rather than shown as a broken picture on every page. Works in memory: ImageIO's default cache writes temporary files.
 */
final class LogoImage {

    static final int MAX_BYTES = ConsultancyProfile.LOGO_MAX_BYTES;
    static final int MAX_SIDE = ConsultancyProfile.LOGO_MAX_SIDE;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /** The two formats a logo may have: content type as served, ImageIO's format name, the audit log's code. */
    enum Format {
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpeg");

        final String contentType;
        final String code;

        Format(String contentType, String code) {
            this.contentType = contentType;
            this.code = code;
        }
    }

    private LogoImage() {
    }

    /**
     * @return the format of an acceptable logo
     * @throws LogoRefusedException for anything else
     */
    static Format check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new LogoRefusedException(LogoRefusedException.UNREADABLE);
        }
        if (bytes.length > MAX_BYTES) {
            throw new LogoRefusedException(LogoRefusedException.TOO_LARGE);
        }
        Format format = startsWith(bytes, PNG_SIGNATURE) ? Format.PNG
                : startsWith(bytes, JPEG_START) ? Format.JPEG : null;
        if (format == null) {
            throw new LogoRefusedException(LogoRefusedException.NOT_PNG_OR_JPEG);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.code);
        if (!readers.hasNext()) {
            throw new IllegalStateException("this JVM cannot read " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                throw new LogoRefusedException(LogoRefusedException.TOO_MANY_PIXELS);
            }
            // A raster, where the reader can: the JPEG reader decodes CMYK files that way, which read() refuses.
            if (reader.canReadRaster()) {
                reader.readRaster(0, null);
            } else {
                reader.read(0);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof LogoRefusedException refused) {
                throw refused;
            }
            throw new LogoRefusedException(LogoRefusedException.UNREADABLE);
        } finally {
            reader.dispose();
        }
        return format;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
