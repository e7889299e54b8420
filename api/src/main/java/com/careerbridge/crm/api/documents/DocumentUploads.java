package com.careerbridge.crm.api.documents;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import com.careerbridge.crm.api.http.EntityTags;
import com.careerbridge.crm.documents.DocumentView;
import com.careerbridge.crm.shared.InvalidValueException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * The multipart side of an upload: the part's content is read from where the servlet container spooled it (a
 * temporary file — the file-size threshold is 0), handed to core as a stream and closed afterwards.
 */
final class DocumentUploads {

    private DocumentUploads() {
    }

    interface Upload {
        DocumentView store(String fileName, InputStream content);
    }

    static DocumentView stream(MultipartFile file, Upload upload) {
        if (file == null || file.isEmpty()) {
            throw new InvalidValueException("file", file == null ? "required" : "empty");
        }
        try (InputStream content = file.getInputStream()) {
            return upload.store(file.getOriginalFilename(), content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static ResponseEntity<DocumentResponse> created(DocumentView view) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/documents/" + view.id()))
                .eTag(EntityTags.of(view.id(), view.version()))
                .body(DocumentResponse.from(view));
    }
}
