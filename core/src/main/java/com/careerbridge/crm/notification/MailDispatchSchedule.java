package com.careerbridge.crm.notification;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Polls the outbox when {@code careerbridge.mail.dispatch.enabled=true} (the application turns it on; tests drive the
 * dispatcher themselves). Plain polling is safe with several instances because claims skip locked rows.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty("careerbridge.mail.dispatch.enabled")
class MailDispatchSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(MailDispatchSchedule.class);

    private final MailDispatcher dispatcher;
    private final MailSettings settings;

    MailDispatchSchedule(MailDispatcher dispatcher, MailSettings settings) {
        this.dispatcher = dispatcher;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::poll, settings.dispatch().pollInterval());
    }

    private void poll() {
        int threads = settings.dispatch().threads();
        if (threads == 1) {
            runOnce();
            return;
        }
        // Each run claims its own batches, so parallel runs never share a message; close() waits for all of them.
        try (ExecutorService runs = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < threads; i++) {
                runs.execute(this::runOnce);
            }
        }
    }

    private void runOnce() {
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next poll tries again and claims expire on their own.
            log.warn("Mail dispatch run failed: {}", SmtpFailure.describe(e));
        }
    }
}
