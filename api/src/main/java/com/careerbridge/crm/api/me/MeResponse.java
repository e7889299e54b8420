package com.careerbridge.crm.api.me;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;

/** The signed-in account as its holder sees it. {@code locale} is a language tag ({@code ko} or {@code en}). */
record MeResponse(long id, String displayName, String email, Role role, String locale, boolean mustChangePassword) {

    static MeResponse from(UserAccount account) {
        return new MeResponse(account.getId(), account.getDisplayName(), account.getEmail().value(), account.getRole(),
                account.getLocale().toLanguageTag(), account.isMustChangePassword());
    }
}
