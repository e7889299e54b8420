package com.careerbridge.crm.notification;

import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import com.careerbridge.testsupport.MutableClock;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * What the notification integration tests add to the core context: a clock they move, hooks around every real SMTP
 * send (to stop the server or "crash" at a chosen moment), and a suppression that treats recipient 666 as erased.
 */
// Deliberately not a @TestConfiguration: the core test application scans com.careerbridge.crm, and these beans must
// only exist in the contexts that @Import them.
class MailTestConfiguration {

    static final Instant START = Instant.parse("2026-11-29T06:00:00Z");
    static final long ERASED_RECIPIENT = 666;

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(START);
    }

    @Bean
    SendHooks sendHooks() {
        return new SendHooks();
    }

    @Bean
    MailSuppression erasedRecipients() {
        return (recipient, template) -> recipient.id() == ERASED_RECIPIENT
                ? Optional.of("recipient-erased") : Optional.empty();
    }

    @Bean
    static BeanPostProcessor hookMailSender(org.springframework.beans.factory.ObjectProvider<SendHooks> hooks) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JavaMailSender sender ? new HookedMailSender(sender, hooks) : bean;
            }
        };
    }

    /** Called around each SMTP send of the dispatcher; tests set and reset them. */
    static final class SendHooks {

        volatile Consumer<MimeMessage> beforeSend = message -> { };
        volatile Consumer<MimeMessage> afterSend = message -> { };

        void reset() {
            beforeSend = message -> { };
            afterSend = message -> { };
        }
    }

    /** Stands for the process dying in the middle of a batch: an Error nobody in the dispatcher catches. */
    static final class SimulatedCrash extends Error {

        SimulatedCrash() {
            super("simulated crash");
        }
    }

    private record HookedMailSender(JavaMailSender delegate,
                                    org.springframework.beans.factory.ObjectProvider<SendHooks> hooks)
            implements JavaMailSender {

        @Override
        public MimeMessage createMimeMessage() {
            return delegate.createMimeMessage();
        }

        @Override
        public MimeMessage createMimeMessage(InputStream contentStream) throws MailException {
            return delegate.createMimeMessage(contentStream);
        }

        @Override
        public void send(MimeMessage... mimeMessages) throws MailException {
            SendHooks current = hooks.getObject();
            for (MimeMessage message : mimeMessages) {
                current.beforeSend.accept(message);
                delegate.send(message);
                current.afterSend.accept(message);
            }
        }

        @Override
        public void send(SimpleMailMessage... simpleMessages) throws MailException {
            delegate.send(simpleMessages);
        }
    }
}
