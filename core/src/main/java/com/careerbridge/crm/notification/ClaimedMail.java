package com.careerbridge.crm.notification;

import java.util.UUID;

/** A row a dispatcher holds the claim on; only the holder of {@code claimToken} may record its outcome. */
record ClaimedMail(long id, String key, String messageId, MailRecipient recipient, String templateName,
                   String modelJson, int attempts, UUID claimToken) {
}
