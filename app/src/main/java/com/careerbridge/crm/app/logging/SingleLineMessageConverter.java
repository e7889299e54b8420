package com.careerbridge.crm.app.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message ({@code %m}, {@code %msg}, {@code %message} in logback-spring.xml) with line breaks and control
 * characters escaped: one event, one line. The defence against forged log lines.
 */
public class SingleLineMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return SingleLine.escape(super.convert(event));
    }
}
