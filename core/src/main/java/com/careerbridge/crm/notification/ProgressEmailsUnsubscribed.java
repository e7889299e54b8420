package com.careerbridge.crm.notification;

import java.time.Instant;

/**
 * A candidate followed a genuine unsubscribe link. Published by {@link Unsubscriptions} in the caller's transaction;
 * the candidate feature listens and turns their progress e-mails off.
 */
public record ProgressEmailsUnsubscribed(long candidateId, Instant at) {
}
