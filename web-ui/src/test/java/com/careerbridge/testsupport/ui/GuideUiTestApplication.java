package com.careerbridge.testsupport.ui;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * Core and web-ui beans for the browserless view tests of guides, sessions and the portal. Outside
 * {@code com.careerbridge.crm}, so that no application scan ever picks it up.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@AutoConfigurationPackage(basePackages = "com.careerbridge.crm")
@ComponentScan("com.careerbridge.crm")
public class GuideUiTestApplication {
}
