package com.careerbridge.crm.api.me;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;

/**
 * The signed-in account as its holder sees it. {@code locale} is a language tag ({@code ko} or {@code en});
 * {@code candidateId} is set for candidates (their record: see {@code GET /api/v1/me/profile}).
 */
record MeResponse(long id, String displayName, String email, Role role, String locale, boolean mustChangePassword,
                  Long candidateId) {

    static MeResponse from(UserAccount account, Long candidateId) {
        return new MeResponse(account.getId(), account.getDisplayName(), account.getEmail().value(), account.getRole(),
                account.getLocale().toLanguageTag(), account.isMustChangePassword(), candidateId);
    }
}
