package com.careerbridge.crm.notification;

import java.util.List;
import java.util.function.Supplier;

import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.MutableClock;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification integration tests against a real SMTP server (GreenMail) and a real PostgreSQL. All subclasses
 * share one Spring context (and so one database), which each test empties first.
 */
@CoreIntegrationTest
@Import(MailTestConfiguration.class)
@TestPropertySource(properties = {
        "careerbridge.mail.from-address=no-reply@careerbridge.test",
        "careerbridge.mail.base-url=" + MailFixtures.BASE_URL,
        "careerbridge.mail.dispatch.batch-size=20",
        "careerbridge.mail.dispatch.lease=10m",
        "careerbridge.mail.dispatch.send-timeout=30s",
        "careerbridge.mail.dispatch.max-attempts=4",
        "careerbridge.mail.dispatch.initial-backoff=1m",
        "careerbridge.mail.dispatch.max-backoff=10m",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=10000",
        "spring.mail.properties.mail.smtp.writetimeout=10000"})
abstract class SmtpIntegrationTestBase {

    static final SmtpServer SMTP = new SmtpServer(SmtpServer.PORT);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SmtpServer.PORT);
    }

    @Autowired
    Outbox outbox;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    OutboxAdministration administration;

    @Autowired
    UnsubscribeTokens unsubscribeTokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MutableClock clock;

    @Autowired
    MailTestConfiguration.SendHooks hooks;

    @Autowired
    com.careerbridge.crm.branding.ConsultancyBrand brand;

    @BeforeEach
    void cleanSlate() {
        jdbc.update("delete from mail_outbox");
        clock.set(MailTestConfiguration.START);
        hooks.reset();
        named(brand, MailFixtures.CONSULTANCY);
        SMTP.start();
        SMTP.clear();
    }

    @AfterEach
    void leaveNoState() {
        hooks.reset();
        SecurityContextHolder.clearContext();
    }

    EnqueueResult enqueue(OutboundMail mail) {
        return inTransaction(() -> outbox.enqueue(mail));
    }

    <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    List<MimeMessage> received() {
        return SMTP.received();
    }

    OutboxStatus statusOf(String key) {
        return OutboxStatus.valueOf(jdbc.queryForObject("select status from mail_outbox where message_key = ?",
                String.class, key));
    }

    static void signInAsStaff() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "staff", null, AuthorityUtils.createAuthorityList("ROLE_CONSULTANT")));
    }

    /** Mail is signed with the consultancy's brand: these tests' consultancy has its own name. */
    static void named(com.careerbridge.crm.branding.ConsultancyBrand brand, String name) {
        com.careerbridge.crm.shared.LocalizedText wanted = com.careerbridge.crm.shared.LocalizedText.of(name, name);
        if (!brand.current().name().equals(wanted)) {
            com.careerbridge.crm.account.SystemWork.run(() -> brand.rename(brand.current().version(), wanted));
        }
    }
}
