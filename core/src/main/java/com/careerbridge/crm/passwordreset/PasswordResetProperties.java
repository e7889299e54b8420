package com.careerbridge.crm.passwordreset;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password reset by e-mail.
 *
 * @param linkValidFor how long a mailed link works
 * @param perEmail     requests per e-mail address (as typed, known or not) per {@code window}: a mailbox gets at most
 *                     this many reset mails in that time, whoever asks
 * @param perAddress   requests per client address per {@code window}, over all e-mail addresses
 * @param window       the fixed window both counters run in
 */
@ConfigurationProperties("careerbridge.password-reset")
public record PasswordResetProperties(@DefaultValue("PT30M") Duration linkValidFor,
                                      @DefaultValue("3") int perEmail,
                                      @DefaultValue("10") int perAddress,
                                      @DefaultValue("PT1H") Duration window) {
}
