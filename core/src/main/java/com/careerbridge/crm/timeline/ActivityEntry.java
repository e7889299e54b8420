package com.careerbridge.crm.timeline;

import java.time.Instant;
import java.util.Map;

/**
 * One timeline entry, with the actor's display name resolved.
 *
 * @param action a stable code (translated by the front ends as {@code activity.<action>})
 */
public record ActivityEntry(long id, long candidateId, Long actorId, String actorName, String action, Long subjectId,
                            Map<String, Object> details, Instant occurredAt) {
}
