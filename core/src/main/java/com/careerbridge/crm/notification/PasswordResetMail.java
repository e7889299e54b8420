package com.careerbridge.crm.notification;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * Someone asked to reset their password.
 *
 * @param resetLink     the one-time link to the reset page
 * @param linkExpiresAt when the link stops working
 */
public record PasswordResetMail(URI resetLink, Instant linkExpiresAt) implements MailModel {

    public PasswordResetMail {
        Objects.requireNonNull(resetLink, "resetLink");
        Objects.requireNonNull(linkExpiresAt, "linkExpiresAt");
    }
}
