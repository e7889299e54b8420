package com.careerbridge.crm.notification;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailSettingsTest {

    @Test
    void linksToLocalhostOrALoopbackAddressReachOnlyThisMachine() {
        assertThat(settings("http://localhost:8080").linksPointToThisMachine()).isTrue();
        assertThat(settings("http://LOCALHOST").linksPointToThisMachine()).isTrue();
        assertThat(settings("http://127.0.0.1:9000/").linksPointToThisMachine()).isTrue();
        assertThat(settings("http://[::1]:8080").linksPointToThisMachine()).isTrue();
        assertThat(settings("https://crm.careerbridge.example").linksPointToThisMachine()).isFalse();
        assertThat(settings("http://10.0.0.5:8080").linksPointToThisMachine()).isFalse();
    }

    private static MailSettings settings(String baseUrl) {
        return new MailSettings("no-reply@careerbridge.local", null, URI.create(baseUrl), null, null,
                new MailSettings.Dispatch(false, java.time.Duration.ofSeconds(5), 4, 50,
                        java.time.Duration.ofMinutes(10), java.time.Duration.ofMinutes(3), 8,
                        java.time.Duration.ofMinutes(1), java.time.Duration.ofHours(2)));
    }
}
