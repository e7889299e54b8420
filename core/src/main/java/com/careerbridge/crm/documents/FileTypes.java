package com.careerbridge.crm.documents;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.careerbridge.crm.shared.InvalidValueException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides a file's type from its content, never from its name or what the client claims, and allows only PDF, DOCX,
 * DOC, ODT, plain text, PNG and JPEG.
 * <p>
 * The first bytes are matched against Apache Tika's magic database (tika-core only). That tells PDF, PNG, JPEG and
 * ODT apart (an ODF package stores its {@code mimetype} entry first and uncompressed, so the magic sees
 * "mimetypeapplication/vnd.oasis.opendocument.text"); it names text that has no other signature text/plain (HTML, SVG
 * and XML have their own signatures and are refused). Without tika-parsers it cannot tell a Word file from its
 * container: an OOXML package is only "a ZIP whose first entry is [Content_Types].xml" and a DOC only "an OLE2
 * compound file" — an Excel sheet looks the same. So for those two the stored content is read a second time (streamed
 * from the database) and accepted only when its own structure shows a Word document: the ZIP holds both
 * {@code [Content_Types].xml} and {@code word/document.xml}; the OLE2 file has a {@code WordDocument} stream.
 */
final class FileTypes {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String DOC = "application/msword";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String TXT = "text/plain";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    static final String NOT_ALLOWED = "type-not-allowed";

    private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();
    private static final int ZIP_ENTRIES_MAX = 5_000;

    /** What the first bytes say, and which check of the whole content is still needed. */
    enum Container { NONE, WORD_ZIP, WORD_OLE2 }

    record Detected(String contentType, Container container) {
    }

    private FileTypes() {
    }

    /** Reads the first bytes (and resets the stream to where it was). */
    static Detected detect(BufferedInputStream in) throws IOException {
        // No name in the metadata: a name must not influence the result.
        MediaType type = MAGIC.detect(in, new Metadata());
        return switch (type.getBaseType().toString()) {
            case PDF -> new Detected(PDF, Container.NONE);
            case PNG -> new Detected(PNG, Container.NONE);
            case JPEG -> new Detected(JPEG, Container.NONE);
            case TXT -> new Detected(TXT, Container.NONE);
            case ODT -> new Detected(ODT, Container.NONE);
            case DOCX, "application/x-tika-ooxml" -> new Detected(DOCX, Container.WORD_ZIP);
            case DOC, "application/x-tika-msoffice" -> new Detected(DOC, Container.WORD_OLE2);
            default -> throw notAllowed();
        };
    }

    /** The second look for a Word file: refuses a container that is not one. */
    static void requireWord(Container container, InputStream content) throws IOException {
        boolean word = switch (container) {
            case NONE -> true;
            case WORD_ZIP -> isWordPackage(content);
            case WORD_OLE2 -> hasWordDocumentStream(content);
        };
        if (!word) {
            throw notAllowed();
        }
    }

    static InvalidValueException notAllowed() {
        return new InvalidValueException("file", NOT_ALLOWED);
    }

    private static boolean isWordPackage(InputStream content) throws IOException {
        Set<String> needed = new HashSet<>(Set.of("[Content_Types].xml", "word/document.xml"));
        try (ZipInputStream zip = new ZipInputStream(content)) {
            ZipEntry entry;
            int entries = 0;
            while (!needed.isEmpty() && entries++ < ZIP_ENTRIES_MAX && (entry = zip.getNextEntry()) != null) {
                needed.remove(entry.getName());
            }
        } catch (java.util.zip.ZipException broken) {
            return false;
        }
        return needed.isEmpty();
    }

    /** An OLE2 directory names its streams in UTF-16LE; a Word file has one called WordDocument. */
    private static boolean hasWordDocumentStream(InputStream content) throws IOException {
        byte[] needle = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
        byte[] buffer = new byte[64 * 1024];
        int matched = 0;
        int n;
        while ((n = content.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == needle[matched]) {
                    if (++matched == needle.length) {
                        return true;
                    }
                } else {
                    matched = buffer[i] == needle[0] ? 1 : 0;
                }
            }
        }
        return false;
    }
}
