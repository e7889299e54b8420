package com.careerbridge.crm.notification;

/**
 * What {@link Outbox#enqueue} did.
 *
 * @param outboxId  the new row, or {@code null} when the key was already planned
 * @param duplicate the key was planned before (by this or any earlier transaction): nothing changed
 */
public record EnqueueResult(Long outboxId, boolean duplicate) {

    static EnqueueResult enqueued(long outboxId) {
        return new EnqueueResult(outboxId, false);
    }

    static EnqueueResult alreadyPlanned() {
        return new EnqueueResult(null, true);
    }
}
