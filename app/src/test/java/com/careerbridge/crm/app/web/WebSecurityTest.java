package com.careerbridge.crm.app.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.careerbridge.testsupport.PostgresTestInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, shared by the web security tests (one context for all of them). Forwarded
 * headers are trusted from localhost, as behind a reverse proxy, so tests can speak from different client addresses
 * and over "HTTPS"; the sign-in delay starts at one minute, so a throttled attempt stays throttled however slow the
 * machine. {@link PlantedFailures} can fail a request on demand (for the error-dispatch test).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "careerbridge.admin.password=first-admin-password",
        "server.forward-headers-strategy=native",
        "careerbridge.login-throttle.base-delay=1m"})
@ContextConfiguration(initializers = PostgresTestInitializer.class)
@Import(PlantedFailures.class)
@interface WebSecurityTest {
}
