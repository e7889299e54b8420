package com.careerbridge.crm.housekeeping;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.careerbridge.testsupport.CoreIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With the schedule switched on (as the application does), old rows disappear without anyone calling the purge. */
@CoreIntegrationTest
@TestPropertySource(properties = {"careerbridge.housekeeping.enabled=true", "careerbridge.housekeeping.interval=200ms"})
class HousekeepingScheduleIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theScheduledJobPurgesOldTombstones() throws InterruptedException {
        long old = jdbc.queryForObject("insert into sync_tombstone (entity_kind, entity_id, audience_kind, audience_id, "
                + "removed_at) values ('ASSIGNMENT', 7, 'CANDIDATE', 7, ?) returning id", Long.class,
                Instant.now().minus(Duration.ofDays(200)).atOffset(ZoneOffset.UTC));

        Instant deadline = Instant.now().plusSeconds(20);
        while (exists(old) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(exists(old)).as("old tombstone still there 20 s after it was written").isFalse();
    }

    private boolean exists(long id) {
        return jdbc.queryForObject("select count(*) from sync_tombstone where id = ?", Integer.class, id) > 0;
    }
}
