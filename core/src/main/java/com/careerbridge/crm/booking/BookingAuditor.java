package com.careerbridge.crm.booking;

import com.careerbridge.crm.auditlog.AuditAction;
import com.careerbridge.crm.auditlog.AuditDetails;
import com.careerbridge.crm.auditlog.AuditDetails.Key;
import com.careerbridge.crm.auditlog.AuditSubject;
import com.careerbridge.crm.auditlog.SecurityAudit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Changes to what candidates can book — the session types and a consultant's availability — written to the security
 * audit log in the same transaction (here rather than in {@code auditlog}: booking already depends on it).
 */
@Component
class BookingAuditor {

    private final SecurityAudit audit;

    BookingAuditor(SecurityAudit audit) {
        this.audit = audit;
    }

    @EventListener
    void on(BookingEvents.SessionTypeChanged event) {
        audit.record(AuditAction.SESSION_TYPE_CHANGED, AuditSubject.SESSION_TYPE, event.typeId(),
                AuditDetails.of(Key.CHANGE, event.change()));
    }

    @EventListener
    void on(BookingEvents.AvailabilityChanged event) {
        audit.record(AuditAction.AVAILABILITY_CHANGED, AuditSubject.ACCOUNT, event.consultantId(), AuditDetails.none());
    }
}
