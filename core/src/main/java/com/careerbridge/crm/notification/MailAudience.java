package com.careerbridge.crm.notification;

import java.util.Collection;
import java.util.List;

/**
 * Whose mail a staff member may list, decided by the caller that knows caseloads: the mail to these candidates, and
 * the portal invitations sent to their logins (an invitation goes to the candidate's user account, not to the
 * candidate record).
 */
public record MailAudience(Collection<Long> candidateIds, Collection<Long> loginIds) {

    public MailAudience {
        candidateIds = List.copyOf(candidateIds);
        loginIds = List.copyOf(loginIds);
    }
}
