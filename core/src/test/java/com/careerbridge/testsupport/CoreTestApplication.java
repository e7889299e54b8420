package com.careerbridge.testsupport;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/**
 * The core module's beans without any front end, and the test fixtures, for core's integration tests: one
 * configuration, so that the tests share one cached Spring context (and database) unless they really need another.
 * It lives outside {@code com.careerbridge.crm} so that the application's own component scan never picks it up from
 * the test jar.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@AutoConfigurationPackage(basePackages = "com.careerbridge.crm")
@ComponentScan("com.careerbridge.crm")
@Import({Fixtures.class, PrivacyWorld.class})
public class CoreTestApplication {
}
