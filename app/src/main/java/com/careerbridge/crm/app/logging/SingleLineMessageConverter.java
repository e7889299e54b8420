package com.careerbridge.crm.app.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message ({@code %m}, {@code %msg}, {@code %message} in logback-spring.xml) with line breaks and control
 * characters escaped: one event, one line. The defence against forged log lines. One exception: the explanation Spring
 * Boot prints when the application cannot start (its failure analysis, written from the operator's own configuration,
 * never from a request) keeps its line breaks, so that it reads as the block the operations guide shows.
 */
public class SingleLineMessageConverter extends MessageConverter {

    static final String FAILURE_REPORTER = "org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter";

    @Override
    public String convert(ILoggingEvent event) {
        String message = super.convert(event);
        return FAILURE_REPORTER.equals(event.getLoggerName()) ? SingleLine.escapeKeepingLineBreaks(message)
                : SingleLine.escape(message);
    }
}
