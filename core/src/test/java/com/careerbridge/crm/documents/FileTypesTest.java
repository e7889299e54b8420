package com.careerbridge.crm.documents;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.careerbridge.crm.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An old Word file (DOC) is an OLE2 compound file, like an Excel or PowerPoint file of the same years: it is accepted
 * only when its structure shows a Word document — a stream called "WordDocument" — whatever its first bytes share
 * with the others. The files are real compound files, built by {@link CompoundFiles}.
 */
class FileTypesTest {

    @Test
    void aCompoundFileWithAWordDocumentStreamIsADoc() throws IOException {
        assertThat(accepted(CompoundFiles.withStream("WordDocument"))).isEqualTo(FileTypes.DOC);
    }

    @Test
    void aCompoundFileWithoutOneIsRefused() {
        // An Excel workbook is told by its first bytes already; an unknown OLE2 file (or a name that only begins like
        // Word's) passes the first look as "some Office file" and is refused by the second, over its structure.
        for (String stream : new String[] {"Workbook", "Contents", "WordDocumen"}) {
            assertThatThrownBy(() -> accepted(CompoundFiles.withStream(stream))).as(stream)
                    .isInstanceOfSatisfying(InvalidValueException.class, refused -> assertThat(refused.violations())
                            .containsExactly(new InvalidValueException.FieldViolation("file", FileTypes.NOT_ALLOWED)));
        }
    }

    /** What the upload does: the first bytes decide, then a container is read once more for its structure. */
    private static String accepted(byte[] content) throws IOException {
        FileTypes.Detected detected = FileTypes.detect(new BufferedInputStream(new ByteArrayInputStream(content)));
        FileTypes.requireWord(detected.container(), new ByteArrayInputStream(content));
        return detected.contentType();
    }
}
