package com.careerbridge.testsupport;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The core module's beans without any front end, for core's integration tests. It lives outside
 * {@code com.careerbridge.crm} so that the application's own component scan never picks it up from the test jar.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@AutoConfigurationPackage(basePackages = "com.careerbridge.crm")
@ComponentScan("com.careerbridge.crm")
public class CoreTestApplication {
}
