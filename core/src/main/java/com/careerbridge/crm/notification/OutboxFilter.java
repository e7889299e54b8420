package com.careerbridge.crm.notification;

/**
 * What a staff listing of the outbox narrows down to; every part is optional.
 *
 * @param candidateId only mail to this candidate
 * @param status      only mail in this status
 * @param template    only this kind of mail
 */
public record OutboxFilter(Long candidateId, OutboxStatus status, MailTemplate template) {

    public static OutboxFilter all() {
        return new OutboxFilter(null, null, null);
    }

    public static OutboxFilter forCandidate(long candidateId) {
        return new OutboxFilter(candidateId, null, null);
    }
}
