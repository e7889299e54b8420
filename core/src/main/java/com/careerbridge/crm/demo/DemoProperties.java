package com.careerbridge.crm.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether to load the demo consultancy. Unset: only on the first start of the embedded database. {@code true} (or the
 * command-line flag {@code --demo}): also on an external database, once. {@code false}: never.
 */
@ConfigurationProperties("careerbridge.demo")
public record DemoProperties(Boolean enabled) {
}
