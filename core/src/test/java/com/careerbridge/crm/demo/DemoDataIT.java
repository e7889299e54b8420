package com.careerbridge.crm.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.ActingAs;
import com.careerbridge.crm.documents.CandidateDocuments;
import com.careerbridge.crm.messaging.Conversations;
import com.careerbridge.crm.messaging.InboxFilter;
import com.careerbridge.crm.messaging.InboxRow;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.testsupport.CoreIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@CoreIntegrationTest
// Demo data is loaded into an empty database, as on a first start: a context (and database) of its own.
@TestPropertySource(properties = "spring.datasource.hikari.pool-name=demo-data")
class DemoDataIT {

    @Autowired DemoData demo;
    @Autowired JdbcTemplate jdbc;
    @Autowired ActingAs actingAs;
    @Autowired AccountService accounts;
    @Autowired Conversations conversations;
    @Autowired CandidateDocuments documents;

    @Test
    void buildsALivingConsultancyOnceThroughTheServices() throws IOException {
        assertThat(demo.isLoaded()).isFalse();
        Map<String, String> logins = demo.load();

        assertThat(demo.isLoaded()).isTrue();
        assertThat(logins).hasSize(5).allSatisfy((email, password) -> assertThat(password).hasSizeGreaterThanOrEqualTo(12));
        assertThat(jdbc.queryForObject("select count(*) from candidate", Integer.class)).isEqualTo(30);
        // the demo consultancy has its own name and a logo
        assertThat(jdbc.queryForMap("select name_ko, name_en, logo_content_type, octet_length(logo) as bytes "
                + "from consultancy_brand")).containsEntry("name_ko", "브릿지 커리어 컨설팅")
                .containsEntry("name_en", "Bridge Career Consulting").containsEntry("logo_content_type", "image/png")
                .hasEntrySatisfying("bytes", bytes -> assertThat(((Number) bytes).intValue()).isBetween(100, 8192));
        assertThat(jdbc.queryForList("select distinct pipeline_status from candidate", String.class))
                .contains("LEAD", "ACTIVE", "INTERVIEWING", "PLACED", "PAUSED", "CLOSED");
        assertThat(jdbc.queryForObject("select count(distinct readiness) from target_role", Integer.class))
                .as("candidates at different readiness").isGreaterThan(3);
        assertThat(jdbc.queryForObject("select count(*) from coaching_session where starts_at > now()", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from coaching_session where status = 'COMPLETED'", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from assignment_item where state <> 'OPEN'", Integer.class)).isPositive();
        // a board worth looking at: applications in every kind of place, each stage recorded with its readiness
        assertThat(jdbc.queryForList("select distinct stage from job_application", String.class))
                .contains("SAVED", "APPLIED", "SCREENING", "INTERVIEWING", "ACCEPTED", "REJECTED");
        assertThat(jdbc.queryForObject("""
                select count(*) from job_application a
                where not exists (select 1 from job_application_stage s where s.application_id = a.id and s.stage = a.stage)""",
                Integer.class)).isZero();
        // interviews: past rounds with notes and questions (matched to the guide, proposed for it), rounds to come
        assertThat(jdbc.queryForObject("select count(*) from job_interview where starts_at > now() and notes is null",
                Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from job_interview where starts_at < now() and notes is not null",
                Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from job_interview_question where guide_question is not null",
                Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from job_interview_question where proposal = 'PROPOSED'",
                Integer.class)).isPositive();
        // Booking: types offered and not, both consultants' hours, a self-booked session and a late cancellation.
        assertThat(jdbc.queryForList("select distinct self_bookable from session_type", Boolean.class))
                .containsExactlyInAnyOrder(true, false);
        assertThat(jdbc.queryForObject("select count(*) from consultant_availability", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("""
                select count(*) from coaching_session
                where booked_by_candidate and status = 'SCHEDULED' and starts_at > now()""", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from coaching_session where late_cancellation", Integer.class))
                .isEqualTo(1);
        talkAndDocuments();
    }

    /** Messages and documents (#16): each demo login finds something, consistent as the doors leave it. */
    private void talkAndDocuments() throws IOException {
        long jihyun = userId("jihyun.park");
        long daniel = userId("daniel.cho");
        // 박지현: 이준호's two latest messages are unread and wait for her, 최유나's are answered; Daniel: one question
        assertThat(actingAs.call(jihyun, conversations::unreadTotal)).isEqualTo(2);
        assertThat(actingAs.call(daniel, conversations::unreadTotal)).isEqualTo(1);
        List<InboxRow> inbox = actingAs.call(jihyun, () -> conversations.inbox(InboxFilter.ALL, 0, 10).rows());
        assertThat(inbox).extracting(InboxRow::candidateName).containsExactly("이준호", "최유나");
        assertThat(inbox).extracting(InboxRow::waitingForStaff).containsExactly(true, false);
        assertThat(actingAs.call(userId("yuna.choi"), conversations::myUnread)).isEqualTo(1);
        assertThat(actingAs.call(userId("junho.lee"), conversations::myUnread)).isZero();
        // the conversation summaries are those of the last messages
        assertThat(jdbc.queryForObject("""
                select count(*) from conversation c
                where c.last_message_id = (select max(m.id) from message m where m.candidate_id = c.candidate_id)
                  and c.waiting_for_staff = (select m.from_candidate from message m where m.id = c.last_message_id)""",
                Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForList("select distinct reference_kind from message where reference_kind is not null",
                String.class)).contains("DOCUMENT", "CHECKLIST_ITEM");
        // each in their language: Daniel Cho and 박지민 in English, 박지현 and her candidates in Korean
        assertThat(jdbc.queryForList("""
                select m.body ~ '[가-힣]' from message m join candidate k on k.id = m.candidate_id
                where k.email = 'jimin.park@careerbridge.example'""", Boolean.class)).isNotEmpty().containsOnly(false);
        assertThat(jdbc.queryForList("""
                select m.body ~ '[가-힣]' from message m join candidate k on k.id = m.candidate_id
                where k.email <> 'jimin.park@careerbridge.example'""", Boolean.class)).isNotEmpty().containsOnly(true);

        // 이준호's CV: his v1, his consultant's v2 with a comment on v1, his v3 — PDFs with a preview each
        List<Map<String, Object>> cv = jdbc.queryForList("""
                select v.number, v.content_type, v.preview is not null as preview, v.uploaded_by = k.user_id as own,
                       (select count(*) from document_comment c where c.version_id = v.id) as comments
                from document d join document_version v on v.document_id = d.id join candidate k on k.id = d.candidate_id
                where d.kind = 'CV' and k.email = 'junho.lee@careerbridge.example' order by v.number""");
        assertThat(cv).extracting(row -> row.get("own")).containsExactly(true, false, true);
        assertThat(cv).extracting(row -> row.get("content_type")).containsOnly("application/pdf");
        assertThat(cv).extracting(row -> row.get("preview")).containsOnly(true);
        assertThat(cv).extracting(row -> ((Number) row.get("comments")).intValue()).containsExactly(1, 1, 0);
        assertThat(jdbc.queryForList("select distinct kind from document", String.class))
                .contains("CV", "COVER_LETTER", "PORTFOLIO", "EXERCISE_ANSWER");
        assertThat(jdbc.queryForList("select distinct content_type from document_version", String.class))
                .containsExactlyInAnyOrder("application/pdf", "text/plain");
        // handed in for checklist items (the cover letter among them), and that ticked them
        assertThat(jdbc.queryForList("""
                select i.state from document d
                join assignment_item i on i.assignment_id = d.assignment_id and i.item_key = d.item_key""",
                String.class)).hasSizeGreaterThanOrEqualTo(2).doesNotContain("OPEN");
        assertThat(jdbc.queryForObject("""
                select count(*) from document
                where kind = 'COVER_LETTER' and target_role_id is not null and item_key is not null""", Integer.class))
                .isEqualTo(1);
        // the files are real: 박지현 downloads 이준호's v3, and the Korean cover letter reads back as written
        long v3 = jdbc.queryForObject("""
                select v.id from document_version v join document d on d.id = v.document_id
                where d.kind = 'CV' and v.number = 3""", Long.class);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        actingAs.call(jihyun, () -> documents.download(v3)).writeTo(pdf);
        assertThat(pdf.toString(StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        long letter = jdbc.queryForObject("""
                select v.id from document_version v join document d on d.id = v.document_id
                where d.kind = 'COVER_LETTER'""", Long.class);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        actingAs.call(jihyun, () -> documents.download(letter)).writeTo(text);
        assertThat(text.toString(StandardCharsets.UTF_8)).startsWith("자기소개서").contains("지원 동기");
    }

    private long userId(String local) {
        return accounts.findByEmail(new EmailAddress(local + "@careerbridge.example")).orElseThrow().getId();
    }
}
