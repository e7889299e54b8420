package com.careerbridge.crm.passwordreset;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.PasswordResetInvalidException;
import com.careerbridge.crm.account.PasswordLinks;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.notification.MailRecipient;
import com.careerbridge.crm.notification.MailSettings;
import com.careerbridge.crm.notification.OutboundMail;
import com.careerbridge.crm.notification.Outbox;
import com.careerbridge.crm.notification.PasswordResetMail;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.Office;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot your password?". A request always ends the same way for the caller, whether or not an account has the
 * address: only the throttle can refuse it, and it counts unknown addresses like known ones. For an enabled account a
 * single-use link (valid {@link PasswordResetProperties#linkValidFor()}) is planned in the outbox in the same
 * transaction; the SMTP conversation happens later in the dispatcher, so a request for a real account takes about as
 * long as one for an unknown address (two more small inserts).
 */
@Service
@Transactional
@EnableConfigurationProperties(PasswordResetProperties.class)
public class PasswordResetService {

    static final String RESET_PATH = "/reset-password";

    private final AccountService accounts;
    private final PasswordLinks links;
    private final PasswordResetThrottle throttle;
    private final Outbox outbox;
    private final MailSettings mailSettings;
    private final PasswordResetProperties properties;
    private final Clock clock;
    private final Office office;

    PasswordResetService(AccountService accounts, PasswordLinks links, PasswordResetThrottle throttle,
                         Outbox outbox, MailSettings mailSettings, PasswordResetProperties properties, Clock clock,
                         Office office) {
        // Accounts have no time zone of their own: the link's expiry is told in the office's.
        this.office = office;
        this.accounts = accounts;
        this.links = links;
        this.throttle = throttle;
        this.outbox = outbox;
        this.mailSettings = mailSettings;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Someone asks for a reset link for this e-mail address. Mails the account's holder if there is an enabled account
     * with it; otherwise does nothing, and says so to nobody.
     *
     * @throws PasswordResetThrottledException too many requests for this e-mail address or from this client address
     */
    public void request(String email, String clientAddress) {
        throttle.count(email, clientAddress);
        Optional<UserAccount> account = EmailAddress.isValid(email)
                ? accounts.findByEmail(new EmailAddress(email)).filter(UserAccount::isEnabled)
                : Optional.empty();
        account.ifPresent(this::mailLink);
    }

    private void mailLink(UserAccount account) {
        PasswordLinks.Issued issued = links.issue(PasswordLinks.Kind.PASSWORD_RESET, account.getId(), null,
                properties.linkValidFor());
        // The token is base64url: safe in a query string as it is.
        String base = mailSettings.baseUrl().toString().replaceAll("/+$", "");
        URI link = URI.create(base + RESET_PATH + "?token=" + issued.token());
        MailRecipient recipient = MailRecipient.user(account.getId(), account.getEmail().value(),
                account.getDisplayName(), account.getLocale(), office.timeZone());
        outbox.enqueue(OutboundMail.now("password-reset:" + issued.id(), recipient,
                new PasswordResetMail(link, issued.expiresAt()), clock.instant()));
    }

    /**
     * Sets the new password with a mailed token; every sign-in of the account ends.
     *
     * @return the account's e-mail address
     * @throws com.careerbridge.crm.shared.InvalidValueException ({@code newPassword}) the password breaks the policy
     * @throws PasswordResetInvalidException                     the link cannot be used
     */
    public String reset(String token, String newPassword) {
        return links.setPassword(PasswordLinks.Kind.PASSWORD_RESET, token, newPassword).getEmail().value();
    }

    /** Why the link cannot be used, or empty when it can. Uses nothing up. */
    @Transactional(readOnly = true)
    public Optional<PasswordResetInvalidException.Reason> problemWith(String token) {
        return links.problemWith(PasswordLinks.Kind.PASSWORD_RESET, token)
                .map(problem -> PasswordResetInvalidException.Reason.valueOf(problem.name()));
    }
}
