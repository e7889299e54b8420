package com.careerbridge.crm.auditlog;

import com.careerbridge.crm.auditlog.AuditDetails.Key;
import com.careerbridge.crm.booking.BookingEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Changes to what candidates can book — the session types and a consultant's availability — in the same transaction. */
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
