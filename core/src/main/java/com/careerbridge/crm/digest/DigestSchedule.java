package com.careerbridge.crm.digest;

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
 * Looks for due digests every few minutes when {@code careerbridge.mail.digest.enabled=true} (the application turns it
 * on; tests call {@link DigestService#planDue()} themselves). Every instance may run it: the outbox's unique key makes
 * a digest planned twice a no-op, so no lock is needed.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty("careerbridge.mail.digest.enabled")
class DigestSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);

    private final DigestService digests;
    private final Duration interval;

    DigestSchedule(DigestService digests, @Value("${careerbridge.mail.digest.plan-interval:5m}") Duration interval) {
        this.digests = digests;
        this.interval = interval;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        // The database may be away for a moment; nothing is lost, the next run plans what is still owed.
        registrar.addFixedDelayTask(BackgroundRuns.guarded(log, "Digest planning", digests::planDue), interval);
    }
}
