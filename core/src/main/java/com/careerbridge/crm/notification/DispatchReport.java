package com.careerbridge.crm.notification;

/**
 * What one {@link MailDispatcher#dispatchDue()} run did.
 *
 * @param claimed  messages claimed (including those given back unsent)
 * @param sent     accepted by the SMTP server
 * @param captured kept in the outbox because no SMTP server is configured
 * @param skipped  not sent on purpose (bad address, recipient erased or unsubscribed)
 * @param retrying failed for now; planned again with backoff
 * @param failed   failed for good; waiting for staff
 * @param released claimed but given back untried (shutdown, or the lease would have run out)
 */
public record DispatchReport(int claimed, int sent, int captured, int skipped, int retrying, int failed,
                             int released) {

    public int delivered() {
        return sent + captured;
    }
}
