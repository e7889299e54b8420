package com.careerbridge.crm.e2e;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.demo.DemoData;
import com.careerbridge.crm.shared.EmailAddress;

/**
 * The demo consultancy's sign-ins for browser tests that share one application context (and so one database): the
 * demo is loaded once per context, and a candidate's one-time password is replaced once with a known one.
 */
final class DemoSignIns {

    static final String CANDIDATE_PASSWORD = "portal-password-123";

    private static final Map<DemoData, Map<String, String>> LOADED = new WeakHashMap<>();

    private DemoSignIns() {
    }

    /** E-mail → password, for the demo consultants and (after {@link #candidate}) candidates. */
    static synchronized Map<String, String> of(DemoData demo) {
        return LOADED.computeIfAbsent(demo, loading -> new HashMap<>(loading.load()));
    }

    /** A demo candidate's portal login, usable with {@link #CANDIDATE_PASSWORD}. */
    static synchronized UserAccount candidate(DemoData demo, AccountService accounts, String email) {
        Map<String, String> logins = of(demo);
        UserAccount login = accounts.findByEmail(new EmailAddress(email)).orElseThrow();
        String current = logins.get(email);
        if (!CANDIDATE_PASSWORD.equals(current)) {
            SystemWork.run(() -> accounts.changePassword(login.getId(), current, CANDIDATE_PASSWORD));
            logins.put(email, CANDIDATE_PASSWORD);
        }
        return login;
    }
}
