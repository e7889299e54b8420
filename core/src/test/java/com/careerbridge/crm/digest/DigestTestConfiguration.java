package com.careerbridge.crm.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the digest tests set by hand (Mondays, daylight-saving weeks). Deliberately not a @TestConfiguration: the
 * core test application scans com.careerbridge.crm, and this bean must only exist where it is imported.
 */
class DigestTestConfiguration {

    @Bean
    @Primary
    SettableClock digestTestClock() {
        return new SettableClock(Instant.parse("2026-11-23T00:30:00Z"));
    }

    static final class SettableClock extends Clock {

        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        void advance(java.time.Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
