package com.careerbridge.crm.notification;

import java.net.ConnectException;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpFailureTest {

    @Test
    void a_5xx_reply_is_permanent_and_the_error_text_carries_no_address() throws Exception {
        SMTPAddressFailedException rejected = new SMTPAddressFailedException(
                new InternetAddress("kim@example.com"), "RCPT TO", 550, "550 5.1.1 <kim@example.com> unknown user");
        MessagingException wrapped = new MessagingException("Invalid Addresses", rejected);

        SmtpFailure failure = SmtpFailure.of(new MailSendException(Map.of(new Object(), wrapped)));

        assertThat(failure.kind()).isEqualTo(SmtpFailure.Kind.PERMANENT);
        assertThat(failure.description()).contains("550").doesNotContain("@");
        assertThat(SmtpFailure.describe(rejected)).doesNotContain("kim@example.com").contains("<address>");
    }

    @Test
    void a_4xx_reply_is_retried_for_that_message() throws Exception {
        SMTPSendFailedException busy = new SMTPSendFailedException("DATA", 451, "451 4.3.0 try later", null,
                null, null, null);

        SmtpFailure failure = SmtpFailure.of(new MailSendException("send failed", busy));

        assertThat(failure.kind()).isEqualTo(SmtpFailure.Kind.TRANSIENT);
        assertThat(failure.description()).startsWith("SMTP 451");
    }

    @Test
    void no_conversation_with_the_server_means_the_server_is_unavailable() {
        MessagingException connect = new MessagingException("Couldn't connect to host, port: localhost, 2525",
                new ConnectException("Connection refused"));

        assertThat(SmtpFailure.of(new MailSendException("Mail server connection failed", connect)).kind())
                .isEqualTo(SmtpFailure.Kind.SERVER_UNAVAILABLE);
        assertThat(SmtpFailure.of(new MailAuthenticationException("535 bad credentials")).kind())
                .isEqualTo(SmtpFailure.Kind.SERVER_UNAVAILABLE);
    }
}
