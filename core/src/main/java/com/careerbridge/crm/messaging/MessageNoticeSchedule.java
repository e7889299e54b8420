package com.careerbridge.crm.messaging;

import java.time.Duration;

import com.careerbridge.crm.shared.BackgroundRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Looks for due message notices every minute when {@code careerbridge.messages.notices.enabled=true} (the application
 * turns it on; tests call {@link MessageNotices#planDue()} themselves), like the digest schedule. Every instance may run
 * it: each person is decided under a row lock and the outbox key is unique, so a notice is planned once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty("careerbridge.messages.notices.enabled")
class MessageNoticeSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(MessageNoticeSchedule.class);

    private final MessageNotices notices;
    private final Duration interval;

    MessageNoticeSchedule(MessageNotices notices,
                          @Value("${careerbridge.messages.notices.plan-interval:1m}") Duration interval) {
        this.notices = notices;
        this.interval = interval;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        // The database may be away for a moment; the next run plans what is still owed.
        registrar.addFixedDelayTask(BackgroundRuns.guarded(log, "Message notice", notices::planDue), interval);
    }
}
