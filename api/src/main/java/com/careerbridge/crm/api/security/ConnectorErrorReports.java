package com.careerbridge.crm.api.security;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

import com.careerbridge.crm.api.error.ProblemTypes;
import com.careerbridge.crm.api.error.Problems;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before any filter runs — a request line or headers over its size limit (a 20 kB bearer
 * token, a 9,000-character query), a request line it cannot parse — were answered with Tomcat's HTML error page. Under
 * {@code /api/} (and when the path could not even be read) the client now gets the API's problem document with the
 * API's usual headers; the web UI's paths keep Tomcat's plain page. This replaces Spring Boot's
 * {@link ErrorReportValve} on the host (the only place such errors pass through) with one that knows the API.
 *
 * <p>Tomcat logs these refusals itself at INFO once and at DEBUG after that; nothing here logs a stack trace.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // after Spring Boot's own customizer, whose valve this one replaces
class ConnectorErrorReports implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final Problems problems;

    ConnectorErrorReports(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (!(parent instanceof StandardHost host)) {
                return;
            }
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            // named as the host's error valve too, so that the host does not add Tomcat's default beside it
            host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
            host.getPipeline().addValve(new ApiErrorReportValve(problems));
        });
    }

    /** Tomcat's error report for everything else; a problem document for the API. */
    static class ApiErrorReportValve extends ErrorReportValve {

        private static final Logger log = LoggerFactory.getLogger(ApiErrorReportValve.class);

        private final Problems problems;

        /** For Tomcat, which may instantiate the named valve class itself: then it reports like Spring Boot's. */
        public ApiErrorReportValve() {
            this(null);
        }

        ApiErrorReportValve(Problems problems) {
            this.problems = problems;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (problems == null || !forApi(request)) {
                super.report(request, response, throwable);
                return;
            }
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            try {
                HttpStatus httpStatus = HttpStatus.resolve(status);
                if (httpStatus == null) {
                    httpStatus = HttpStatus.BAD_REQUEST;
                }
                KnownPath known = new KnownPath(request);
                ProblemDetail problem = httpStatus.is4xxClientError()
                        ? problems.withDetail(known, httpStatus, ProblemTypes.MALFORMED,
                                "problem.malformed-request.connector")
                        : problems.of(known, httpStatus, ProblemTypes.INTERNAL);
                if (known.getRequestURI().isEmpty()) {
                    problem.setInstance(null);
                }
                ApiErrorDispatchFilter.API_HEADERS.writeHeaders(request, response);
                response.setHeader("Content-Language", problems.locale(known).toLanguageTag());
                response.addHeader("Vary", "Accept-Language");
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                PrintWriter writer = response.getReporter();
                if (writer != null) {
                    writer.write(problems.json(problem));
                    response.finishResponse();
                }
            } catch (IOException | RuntimeException e) {
                log.debug("Could not write the problem document for a refused request: {}", e.toString());
            }
        }

        /** Under /api/, or a request line too broken to tell. */
        private static boolean forApi(Request request) {
            String uri = request.getRequestURI();
            return uri == null || uri.isEmpty() || uri.startsWith("/api/") || uri.equals("/api");
        }
    }

    /** The request as far as Tomcat read it: its path, or none when the request line was refused. */
    private static final class KnownPath extends HttpServletRequestWrapper {

        KnownPath(Request request) {
            super(request);
        }

        @Override
        public String getRequestURI() {
            String uri = super.getRequestURI();
            return uri == null ? "" : uri;
        }
    }
}
