package com.careerbridge.crm.notification;

import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Wires the dispatcher to a real SMTP server when Spring Boot made a {@link JavaMailSender} (i.e. {@code
 * spring.mail.host} is set), and to the capturing transport otherwise.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    @Bean
    MailDispatcher mailDispatcher(OutboxStore store, MailRenderer renderer, MailModelJson json,
                                  UnsubscribeTokens unsubscribeTokens, ObjectProvider<MailSuppression> suppressions,
                                  ObjectProvider<JavaMailSender> mailSender, MailSettings settings, Clock clock,
                                  org.springframework.core.env.Environment environment) {
        if (environment.containsProperty("careerbridge.mail.consultancy-name")) {
            // Removed with #20: a setting left behind from an earlier version would otherwise be ignored silently.
            log.warn("careerbridge.mail.consultancy-name (CAREERBRIDGE_MAIL_CONSULTANCY_NAME) is no longer read: mail "
                    + "is signed with the consultancy's name, which an admin sets in the web UI (Consultancy)");
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        MailTransport transport;
        if (sender == null) {
            log.info("No SMTP server configured (spring.mail.host): mail is kept in the outbox as CAPTURED");
            transport = new CapturingTransport();
        } else {
            transport = new SmtpTransport(sender, settings, clock);
        }
        if (settings.linksPointToThisMachine()) {
            // Harmless while mail is only captured; with a real SMTP server every link in every mail is dead.
            String advice = "Links in e-mails point to {}, which only this machine can open: set "
                    + "careerbridge.mail.base-url (CAREERBRIDGE_MAIL_BASE_URL) to the address people use";
            if (sender == null) {
                log.info(advice, settings.baseUrl());
            } else {
                log.warn(advice, settings.baseUrl());
            }
        }
        MailSettings.Dispatch dispatch = settings.dispatch();
        RetryPolicy retryPolicy = new RetryPolicy(dispatch.initialBackoff(), dispatch.maxBackoff(),
                dispatch.maxAttempts(), RandomGenerator.getDefault());
        List<MailSuppression> all = suppressions.orderedStream().toList();
        return new MailDispatcher(store, renderer, json, unsubscribeTokens, all, transport, settings, retryPolicy,
                clock);
    }
}
