package com.careerbridge.crm.api.http;

import java.io.IOException;

import com.careerbridge.crm.api.error.PayloadTooLargeException;
import com.careerbridge.crm.api.error.ProblemTypes;
import com.careerbridge.crm.api.error.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps API request bodies (JSON bodies are small; a large one is a mistake or an attack on memory), and admits file
 * uploads a few at a time ({@link UploadAdmission}). A declared
 * Content-Length over the limit is refused before anything is read; a body without one is counted while the JSON
 * parser reads it and fails with {@link PayloadTooLargeException}, which the exception handler answers with 413.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

    /** The endpoints that take a file (#16): a multipart POST here may be as large as a document plus its form. */
    private static final java.util.regex.Pattern UPLOADS = java.util.regex.Pattern.compile(
            "/api/v1/(me/documents|candidates/[^/]+/documents|documents/[^/]+/versions)/?");
    /** Room for the form fields and the multipart boundaries around the file. */
    static final long MULTIPART_OVERHEAD = 64 * 1024;

    /** A refused upload may come back after this long: a place is free by then unless the instance is swamped. */
    static final long BUSY_RETRY_AFTER_SECONDS = 30;

    private final long maxBytes;
    private final long maxUploadBytes;
    private final Problems problems;
    private final UploadAdmission admission;

    RequestBodyLimitFilter(long maxBytes, long maxFileBytes, Problems problems, UploadAdmission admission) {
        this.maxBytes = maxBytes;
        this.maxUploadBytes = maxFileBytes + MULTIPART_OVERHEAD;
        this.problems = problems;
        this.admission = admission;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isUpload(request)) {
            // Answered from the declared length, before a byte of the body is read; a body without a length is
            // held to the multipart limits by the container while it spools the parts to disk.
            if (request.getContentLengthLong() > maxUploadBytes) {
                long megabytes = (maxUploadBytes - MULTIPART_OVERHEAD) / (1024 * 1024);
                problems.write(request, response, problems.withDetail(request, HttpStatus.CONTENT_TOO_LARGE,
                        ProblemTypes.PAYLOAD_TOO_LARGE, "problem.payload-too-large.document", megabytes));
                return;
            }
            if (!admission.enter()) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(BUSY_RETRY_AFTER_SECONDS));
                ProblemDetail busy = problems.withDetail(request, HttpStatus.SERVICE_UNAVAILABLE,
                        ProblemTypes.SERVICE_UNAVAILABLE, "problem.service-unavailable.busy");
                busy.setProperty("retryAfterSeconds", BUSY_RETRY_AFTER_SECONDS);
                problems.write(request, response, busy);
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                admission.leave();
            }
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            problems.write(request, response,
                    problems.of(request, HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE));
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBytes), response);
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
                && UPLOADS.matcher(request.getRequestURI()).matches();
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long maxBytes;
        private long read;

        LimitedInputStream(ServletInputStream delegate, long maxBytes) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new PayloadTooLargeException(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
