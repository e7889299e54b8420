package com.careerbridge.crm.api.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.careerbridge.crm.api.http.EntityTags;
import com.careerbridge.crm.documents.CandidateDocuments;
import com.careerbridge.crm.documents.DocumentDownload;
import com.careerbridge.crm.documents.DocumentView;
import com.careerbridge.crm.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * One document, its versions, their content, previews and comments — for the candidate and the staff who may see
 * them (someone else's answers 404). Content is served so that no browser runs it: as an attachment, with the
 * detected type, {@code nosniff} and a sandboxing Content-Security-Policy.
 */
@RestController
@RequestMapping(path = "/api/v1/documents", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Documents", description = "Versions, downloads, previews and comments of a candidate's documents "
        + "(the candidate and their staff)")
@SecurityRequirement(name = "bearer")
class DocumentsController {

    /** A downloaded file may be opened by a browser from the API's origin: it must not run anything there. */
    static final String CONTENT_CSP = "sandbox; default-src 'none'";

    private final CandidateDocuments documents;

    DocumentsController(CandidateDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/{documentId}")
    @Operation(summary = "A document with its versions", description = "With its ETag, the If-Match of a new version.")
    ResponseEntity<DocumentResponse> get(@PathVariable long documentId) {
        DocumentView view = documents.get(documentId);
        return ResponseEntity.ok().eTag(EntityTags.of(view.id(), view.version())).body(DocumentResponse.from(view));
    }

    @PostMapping(path = "/{documentId}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the next version of a document",
            description = "multipart/form-data with file; staff return an edited version, the candidate a revision. "
                    + "Requires If-Match with the document's ETag (428 without, 412 when stale). The same type "
                    + "rules and limits as a new document. 201 with the document and its new ETag.",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = "The ETag last received for this document", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "201", description = "Stored")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
            schema = @Schema(implementation = UploadForms.NewVersionForm.class)))
    ResponseEntity<DocumentResponse> uploadVersion(
            @PathVariable long documentId,
            @Parameter(hidden = true) @RequestParam("file") MultipartFile file,
            HttpServletRequest request) {
        long version = EntityTags.expectedVersion(request, documentId, () -> documents.get(documentId).version());
        return DocumentUploads.created(DocumentUploads.stream(file,
                (name, content) -> documents.uploadVersion(documentId, version, name, content)));
    }

    @GetMapping(path = "/versions/{versionId}/content", produces = MediaType.ALL_VALUE)
    @Operation(summary = "Download a version's content",
            description = "Streamed with the detected Content-Type, Content-Disposition: attachment (filename and "
                    + "filename* in UTF-8), X-Content-Type-Options: nosniff, Content-Security-Policy: sandbox, and "
                    + "the SHA-256 as a strong ETag (If-None-Match answers 304). Reading a file someone else "
                    + "uploaded is written to the security audit log.")
    @ApiResponse(responseCode = "200", description = "The file",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "ETag",
                    description = "The content's SHA-256 (If-None-Match answers 304)", schema = @Schema(type = "string")),
            content = @Content(mediaType = "application/octet-stream",
                    schema = @Schema(type = "string", format = "binary")))
    void content(@PathVariable long versionId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        DocumentDownload download = documents.download(versionId);
        String etag = "\"" + download.sha256() + "\"";
        response.setHeader(HttpHeaders.ETAG, etag);
        protect(response);
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && List.of(ifNoneMatch.split(",")).stream().map(String::strip)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"))) {
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return;
        }
        response.setContentType(download.contentType());
        response.setContentLengthLong(download.size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(download.fileName()));
        download.writeTo(response.getOutputStream());
    }

    @GetMapping(path = "/versions/{versionId}/preview", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "A PDF version's first page as a small PNG",
            description = "404 for a version without a preview (not a PDF, or a PDF that could not be rendered).")
    @ApiResponse(responseCode = "200", description = "The preview",
            content = @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> preview(@PathVariable long versionId, HttpServletResponse response) {
        byte[] png = documents.preview(versionId).orElseThrow(() -> new NotFoundException("preview"));
        protect(response);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
    }

    @GetMapping("/versions/{versionId}/comments")
    @Operation(summary = "The comments on a version", description = "Oldest first.")
    List<CommentResponse> comments(@PathVariable long versionId) {
        return documents.comments(versionId).stream().map(CommentResponse::from).toList();
    }

    @PostMapping(path = "/versions/{versionId}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Comment on a version",
            description = "Plain text with line breaks, at most 2,000 characters (400 at text). 201 with the comment.")
    @ApiResponse(responseCode = "201", description = "Added")
    ResponseEntity<CommentResponse> comment(@PathVariable long versionId, @Valid @RequestBody CommentRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(CommentResponse.from(documents.comment(versionId, body.text())));
    }

    private static void protect(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CONTENT_CSP);
    }

    /**
     * {@code attachment; filename="<ASCII stand-in>"; filename*=UTF-8''<percent-encoded>} (RFC 6266, RFC 8187): old
     * clients get a safe ASCII name, current ones the real one; neither can break out of the header.
     */
    static String attachment(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
