package com.careerbridge.crm.demo;

import java.util.Map;

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

    @Test
    void buildsALivingConsultancyOnceThroughTheServices() {
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
    }
}
