package com.careerbridge.crm.notification;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * Someone was given an account and sets their first password through the link.
 *
 * @param inviterName    who invited them (their consultant or an administrator)
 * @param setPasswordLink the one-time link to the set-password page
 * @param linkExpiresAt  when the link stops working
 */
public record InvitationMail(String inviterName, URI setPasswordLink, Instant linkExpiresAt) implements MailModel {

    public InvitationMail {
        Objects.requireNonNull(inviterName, "inviterName");
        Objects.requireNonNull(setPasswordLink, "setPasswordLink");
        Objects.requireNonNull(linkExpiresAt, "linkExpiresAt");
    }
}
