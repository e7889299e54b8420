package com.careerbridge.crm.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, created on the first start against an empty database. Set through the environment as
 * {@code CAREERBRIDGE_ADMIN_EMAIL} and {@code CAREERBRIDGE_ADMIN_PASSWORD}.
 */
@ConfigurationProperties("careerbridge.admin")
public record AdminBootstrapProperties(String email, String password, String name) {
}
