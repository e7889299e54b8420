package com.careerbridge.crm.notification;

import java.util.Optional;

/**
 * Asked just before a message is sent whether it should go out at all: the recipient may have been erased or may have
 * unsubscribed since the message was planned. Implemented by the features that own recipients (beans of this type are
 * all consulted); a reason makes the message SKIPPED with that reason.
 */
public interface MailSuppression {

    /**
     * @return a short reason code without personal data (e.g. {@code recipient-erased}, {@code unsubscribed}), or
     * empty to let the message go
     */
    Optional<String> reasonToSkip(MailRecipient recipient, MailTemplate template);
}
