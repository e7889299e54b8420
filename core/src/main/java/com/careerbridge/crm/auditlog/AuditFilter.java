package com.careerbridge.crm.auditlog;

import java.time.Instant;

/**
 * What the admin view narrows the log to; null means "any". {@code from} is inclusive, {@code to} exclusive;
 * {@code addressPrefix} matches the start of the client address (a network like "10.1." or one address).
 */
public record AuditFilter(AuditAction action, AuditOutcome outcome, Long actorId, Long candidateId, Instant from,
                          Instant to, String addressPrefix) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }

    public AuditFilter withAction(AuditAction value) {
        return new AuditFilter(value, outcome, actorId, candidateId, from, to, addressPrefix);
    }

    public AuditFilter withOutcome(AuditOutcome value) {
        return new AuditFilter(action, value, actorId, candidateId, from, to, addressPrefix);
    }

    public AuditFilter withActor(Long value) {
        return new AuditFilter(action, outcome, value, candidateId, from, to, addressPrefix);
    }

    public AuditFilter withCandidate(Long value) {
        return new AuditFilter(action, outcome, actorId, value, from, to, addressPrefix);
    }

    public AuditFilter between(Instant fromInclusive, Instant toExclusive) {
        return new AuditFilter(action, outcome, actorId, candidateId, fromInclusive, toExclusive, addressPrefix);
    }

    public AuditFilter withAddressPrefix(String value) {
        return new AuditFilter(action, outcome, actorId, candidateId, from, to,
                value == null || value.isBlank() ? null : value.strip());
    }
}
