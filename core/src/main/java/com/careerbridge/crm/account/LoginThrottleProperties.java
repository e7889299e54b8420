package com.careerbridge.crm.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins are tolerated before the next attempt must wait.
 * <ul>
 *   <li>per e-mail and client address: {@code freeFailures} free, then a delay that doubles from {@code baseDelay} up
 *       to {@code maxDelay} — slows down guessing from one place without locking the real user out for long;</li>
 *   <li>per e-mail from anywhere: {@code accountBudget} failures per {@code window} (a distributed attack on one
 *       account costs the owner at most one window);</li>
 *   <li>per client address over all e-mails: {@code addressBudget} failures per {@code window} (credential
 *       stuffing).</li>
 * </ul>
 */
@ConfigurationProperties("careerbridge.login-throttle")
public record LoginThrottleProperties(@DefaultValue("3") int freeFailures,
                                      @DefaultValue("PT1S") Duration baseDelay,
                                      @DefaultValue("PT5M") Duration maxDelay,
                                      @DefaultValue("20") int accountBudget,
                                      @DefaultValue("100") int addressBudget,
                                      @DefaultValue("PT15M") Duration window) {
}
