package com.careerbridge.crm.auditlog;

import java.util.List;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.account.CurrentActor;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.InvalidValueException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The security audit log as administrators read it: filtered, newest first, paged in the database. */
@Service
@Transactional(readOnly = true)
public class SecurityAuditLog {

    public static final int MAX_PAGE_SIZE = 500;

    private final SecurityAuditStore store;
    private final CurrentActor currentActor;
    private final SecurityAudit audit;

    SecurityAuditLog(SecurityAuditStore store, CurrentActor currentActor, SecurityAudit audit) {
        this.store = store;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        requireAdmin();
        if (offset < 0) {
            throw new InvalidValueException("offset", "out-of-range");
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new InvalidValueException("limit", "out-of-range");
        }
        return store.page(filter == null ? AuditFilter.all() : filter, offset, limit);
    }

    public long count(AuditFilter filter) {
        requireAdmin();
        return store.count(filter == null ? AuditFilter.all() : filter);
    }

    private void requireAdmin() {
        Actor actor = currentActor.get();
        if (!actor.isAdmin()) {
            audit.denied(AuditSubject.ROUTE, null, AuditDetails.of(AuditDetails.Key.REASON, "admin-only")
                    .with(AuditDetails.Key.ROUTE, "/audit-log"));
            throw new ForbiddenException("admin-only");
        }
    }
}
