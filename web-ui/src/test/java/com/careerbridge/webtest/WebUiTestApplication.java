package com.careerbridge.webtest;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * Core and web-ui beans for the web UI's tests, without the app module. Outside {@code com.careerbridge.crm} so that
 * no application scan picks it up.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@AutoConfigurationPackage(basePackages = "com.careerbridge.crm")
@ComponentScan("com.careerbridge.crm")
public class WebUiTestApplication {
}
