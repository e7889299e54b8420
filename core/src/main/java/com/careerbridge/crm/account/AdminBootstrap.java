package com.careerbridge.crm.account;

import java.util.Locale;
import java.util.Optional;

import com.careerbridge.crm.shared.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes sure a fresh installation can be entered: with no administrator in the database, creates one from the
 * configured e-mail and password, or with a random one-time password that is printed once and must be changed at the
 * first sign-in. There is no default password anywhere.
 */
@Component
@Order(0)
@EnableConfigurationProperties(AdminBootstrapProperties.class)
public class AdminBootstrap implements ApplicationRunner {

    static final String DEFAULT_EMAIL = "admin@careerbridge.local";

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accountService;
    private final AdminBootstrapProperties properties;

    AdminBootstrap(AccountService accountService, AdminBootstrapProperties properties) {
        this.accountService = accountService;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureAdminExists();
    }

    /** Creates the first administrator when there is none; returns what was created, if anything. */
    public Optional<UserAccount> ensureAdminExists() {
        if (accountService.anyAdminExists()) {
            return Optional.empty();
        }
        String name = StringUtils.hasText(properties.name()) ? properties.name() : "Administrator";
        EmailAddress email = new EmailAddress(StringUtils.hasText(properties.email()) ? properties.email() : DEFAULT_EMAIL);
        UserAccount admin;
        // The address is printed only when it is the built-in default: a configured one is the operator's own
        // (personal data, and they know it already). Each line is its own log event: log lines are never multi-line.
        String shownEmail = StringUtils.hasText(properties.email()) ? "the configured careerbridge.admin.email"
                : email.value();
        if (StringUtils.hasText(properties.password())) {
            admin = accountService.create(email, name, Role.ADMIN, Locale.KOREAN, properties.password());
            log.info("Created the first administrator ({}) with the configured password", shownEmail);
        } else {
            String oneTimePassword = AccountService.randomPassword();
            admin = accountService.createWithTemporaryPassword(email, name, Role.ADMIN, Locale.KOREAN, oneTimePassword);
            log.warn("================================================================");
            log.warn(" First administrator created. Sign in at /login with");
            log.warn("   e-mail:             {}", shownEmail);
            log.warn("   one-time password:  {}", oneTimePassword);
            log.warn(" You will be asked to choose a new password. This is shown once.");
            log.warn("================================================================");
        }
        return Optional.of(admin);
    }
}
