package com.careerbridge.crm.notification;

import java.net.URI;

/** Where rendered mail goes: an SMTP server, or nowhere (captured in the outbox) when none is configured. */
interface MailTransport {

    /** The status a message gets once {@link #deliver} returned. */
    OutboxStatus deliveredStatus();

    /**
     * @throws InvalidRecipientException when the address cannot even be put into a mail
     * @throws Exception                 anything the mail server or the network answered; see {@link SmtpFailure}
     */
    void deliver(ClaimedMail mail, RenderedMail content, URI unsubscribeLink) throws Exception;

    /** The recipient's address is not a usable mail address. */
    final class InvalidRecipientException extends Exception {

        InvalidRecipientException(String message) {
            super(message);
        }
    }
}
