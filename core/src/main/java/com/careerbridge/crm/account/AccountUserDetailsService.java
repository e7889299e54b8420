package com.careerbridge.crm.account;

import com.careerbridge.crm.shared.EmailAddress;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks users up by e-mail for the login form and the API's token endpoint. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final TwoFactorService twoFactor;

    AccountUserDetailsService(UserAccountRepository accounts, TwoFactorService twoFactor) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!EmailAddress.isValid(username)) {
            throw new UsernameNotFoundException("unknown user");
        }
        return accounts.findByEmail(new EmailAddress(username).value())
                // The password is checked after this; what it unlocks is only the second step, if one is owed.
                .map(account -> new AuthenticatedUser(account, twoFactor.secondStepAfterPassword(account).orElse(null)))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
