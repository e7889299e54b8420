package com.careerbridge.crm.documents;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A version's content, ready to be sent: its safe display name, detected type, size and SHA-256, and
 * {@link #writeTo(OutputStream)}, which streams the content from the database in spans, each read in a short read
 * transaction of its own (never the whole file in memory, never a connection held while the client reads). Whoever asked for it was allowed to; the check happened when it was made.
 */
public final class DocumentDownload {

    interface Content {
        void copyTo(OutputStream out) throws IOException;
    }

    private final String fileName;
    private final String contentType;
    private final long size;
    private final String sha256;
    private final Content content;

    DocumentDownload(String fileName, String contentType, long size, String sha256, Content content) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.content = content;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public void writeTo(OutputStream out) throws IOException {
        content.copyTo(out);
    }
}
