package com.careerbridge.crm.auditlog;

import com.careerbridge.crm.branding.BrandEvents;
import com.careerbridge.crm.auditlog.AuditDetails.Key;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Changes to how the consultancy presents itself (its name and logo reach every candidate's inbox), recorded in the
 * transaction that makes them.
 */
@Component
class BrandAuditor {

    private final SecurityAudit audit;

    BrandAuditor(SecurityAudit audit) {
        this.audit = audit;
    }

    @EventListener
    void on(BrandEvents.ConsultancyRenamed event) {
        audit.record(AuditAction.CONSULTANCY_RENAMED, AuditSubject.CONSULTANCY, null, AuditDetails.none());
    }

    @EventListener
    void on(BrandEvents.LogoReplaced event) {
        audit.record(AuditAction.CONSULTANCY_LOGO_REPLACED, AuditSubject.CONSULTANCY, null,
                AuditDetails.of(Key.FORMAT, event.format()));
    }

    @EventListener
    void on(BrandEvents.LogoRemoved event) {
        audit.record(AuditAction.CONSULTANCY_LOGO_REMOVED, AuditSubject.CONSULTANCY, null, AuditDetails.none());
    }
}
