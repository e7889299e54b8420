package com.careerbridge.crm.ui.security;

import java.util.Set;
import java.util.stream.Collectors;

import com.careerbridge.crm.auditlog.AuditDetails;
import com.careerbridge.crm.auditlog.AuditSubject;
import com.careerbridge.crm.auditlog.SecurityAudit;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a signed-in user's attempt to open a view their role may not see (say, a consultant typing the admin URL) to
 * the security audit log. It asks Vaadin's own access control the same question, so the audit and the refusal cannot
 * disagree; it never decides or reroutes anything itself. Someone not signed in is sent to the login page, which is
 * not a refusal worth recording.
 */
@Component
class NavigationAuditor implements VaadinServiceInitListener {

    private final ObjectProvider<NavigationAccessControl> accessControl;
    private final SecurityAudit audit;

    NavigationAuditor(ObjectProvider<NavigationAccessControl> accessControl, SecurityAudit audit) {
        this.accessControl = accessControl;
        this.audit = audit;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> uiInit.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        NavigationAccessControl control = accessControl.getIfAvailable();
        if (control == null || !control.isEnabled() || authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                || HasErrorParameter.class.isAssignableFrom(event.getNavigationTarget())) {
            return;
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        NavigationContext context = new NavigationContext(event, authentication,
                role -> authorities.contains(role) || authorities.contains("ROLE_" + role));
        boolean production = event.getUI().getSession().getConfiguration().isProductionMode();
        if (control.checkAccess(context, production).decision() == AccessCheckDecision.DENY) {
            audit.denied(AuditSubject.ROUTE, null, AuditDetails.of(AuditDetails.Key.REASON, "view-not-allowed")
                    .withRoute(event.getLocation().getPath()));
        }
    }
}
