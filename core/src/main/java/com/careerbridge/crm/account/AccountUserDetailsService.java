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

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!EmailAddress.isValid(username)) {
            throw new UsernameNotFoundException("unknown user");
        }
        return accounts.findByEmail(new EmailAddress(username).value())
                .map(AuthenticatedUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
