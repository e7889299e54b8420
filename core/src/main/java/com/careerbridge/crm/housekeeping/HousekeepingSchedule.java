package com.careerbridge.crm.housekeeping;

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
 * Runs {@link Housekeeping} every hour when {@code careerbridge.housekeeping.enabled=true} (the application turns it
 * on; tests call {@link Housekeeping#run()} themselves), like the digest and mail schedules. Every instance may run
 * it: the deletes are idempotent.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty("careerbridge.housekeeping.enabled")
class HousekeepingSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(HousekeepingSchedule.class);

    private final Housekeeping housekeeping;
    private final Duration interval;

    HousekeepingSchedule(Housekeeping housekeeping,
                         @Value("${careerbridge.housekeeping.interval:1h}") Duration interval) {
        this.housekeeping = housekeeping;
        this.interval = interval;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        // The database may be away for a moment; old rows only wait for the next run.
        registrar.addFixedDelayTask(BackgroundRuns.guarded(log, "Housekeeping", this::clean), interval);
    }

    private void clean() {
        Housekeeping.Report report = housekeeping.run();
        if (report.apiTokens() + report.passwordLinks() + report.tombstones() > 0) {
            log.info("Housekeeping removed {} expired API tokens, {} expired password links and {} old sync "
                    + "tombstones", report.apiTokens(), report.passwordLinks(), report.tombstones());
        }
    }
}
