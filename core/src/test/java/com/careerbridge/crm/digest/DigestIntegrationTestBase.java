package com.careerbridge.crm.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateForm;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.notification.MailDispatcher;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** Digest, reminder and unsubscribe tests: real PostgreSQL, real SMTP (GreenMail), a clock the test sets. */
@CoreIntegrationTest
@Import(DigestTestConfiguration.class)
@TestPropertySource(properties = {
        "careerbridge.mail.from-address=no-reply@careerbridge.test",
        "careerbridge.mail.base-url=https://crm.careerbridge.test",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=10000"})
abstract class DigestIntegrationTestBase {

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        MailSink.start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MailSink.PORT);
    }

    @Autowired Fixtures fixtures;
    @Autowired CandidateService candidates;
    @Autowired DigestService digests;
    @Autowired MailDispatcher dispatcher;
    @Autowired JdbcTemplate jdbc;
    @Autowired DigestTestConfiguration.SettableClock clock;
    @Autowired com.careerbridge.crm.branding.ConsultancyBrand brand;

    @BeforeEach
    void cleanMailbox() throws Exception {
        MailSink.start();
        MailSink.clear();
        // mail is signed with the consultancy's brand; these tests' consultancy has a name of its own
        com.careerbridge.crm.shared.LocalizedText name = com.careerbridge.crm.shared.LocalizedText.of(
                "CareerBridge Coaching", "CareerBridge Coaching");
        if (!brand.current().name().equals(name)) {
            com.careerbridge.crm.account.SystemWork.run(() -> brand.rename(brand.current().version(), name));
        }
        // Other tests' candidates share the database; their mail must not be what this test reads.
        jdbc.update("delete from mail_outbox");
    }

    Candidate candidate(UserAccount consultant, String name, Language language, String zone) {
        CandidateForm form = new CandidateForm(name, Fixtures.unique("cand") + "@test.example", null, language, zone,
                CareerStage.EXPERIENCED, "Acme", "Associate", List.of());
        return fixtures.as(consultant, () -> candidates.create(form, null));
    }

    Candidate consenting(UserAccount consultant, String name, Language language, String zone) {
        Candidate candidate = candidate(consultant, name, language, zone);
        return optIn(consultant, candidate, DayOfWeek.MONDAY, LocalTime.of(9, 0));
    }

    Candidate optIn(UserAccount consultant, Candidate candidate, DayOfWeek day, LocalTime time) {
        return fixtures.as(consultant, () -> {
            Candidate current = candidates.get(candidate.getId());
            return candidates.changeEmailPreferences(current.getId(), current.getVersion(), true, day, time);
        });
    }

    List<String> digestKeys(long candidateId) {
        return jdbc.queryForList("select message_key from mail_outbox where message_key like ? order by id",
                String.class, "digest:" + candidateId + ":%");
    }

    String statusOf(String key) {
        return jdbc.queryForObject("select status from mail_outbox where message_key = ?", String.class, key);
    }

    Instant dueOf(String key) {
        return jdbc.queryForObject("select due_at from mail_outbox where message_key = ?", java.sql.Timestamp.class, key)
                .toInstant();
    }
}
