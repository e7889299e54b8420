package com.careerbridge.crm.performance;

import java.util.List;
import java.util.function.Supplier;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.assignment.AssignmentOverview;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.booking.Availabilities;
import com.careerbridge.crm.booking.Booking;
import com.careerbridge.crm.booking.BookingRules;
import com.careerbridge.crm.booking.ConsultantAvailability;
import com.careerbridge.crm.booking.SessionTypeForm;
import com.careerbridge.crm.booking.SessionTypes;
import com.careerbridge.crm.booking.TimeOfDayRange;
import com.careerbridge.crm.booking.WeeklyAvailability;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateFilter;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CandidateSort;
import com.careerbridge.crm.candidate.CandidateSummary;
import com.careerbridge.crm.workspace.CandidateWorkspace;
import com.careerbridge.testsupport.BulkGuides;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screens' and endpoints' main lists cost a fixed number of SQL statements whatever the data size: compared at
 * 10 and at 1,000 rows.
 */
@CoreIntegrationTest
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class StatementCountIT {

    @Autowired Fixtures fixtures;
    @Autowired CandidateService candidates;
    @Autowired AssignmentService assignments;
    @Autowired CandidateWorkspace workspace;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired JdbcTemplate jdbc;
    @Autowired Booking booking;
    @Autowired SessionTypes sessionTypes;
    @Autowired Availabilities availabilities;
    @Autowired com.careerbridge.crm.messaging.Conversations conversations;

    @Test
    void listingAConsultantsCandidatesWithReadinessIsConstant() {
        long at10 = statementsToListCaseload(10);
        long at1000 = statementsToListCaseload(1000);

        assertThat(at1000).isEqualTo(at10);
        assertThat(at10).isLessThanOrEqualTo(2);
    }

    @Test
    void listingACandidatesAssignmentsWithItemProgressIsConstant() {
        long at10 = statementsToListAssignments(10);
        long at1000 = statementsToListAssignments(1000);

        assertThat(at1000).isEqualTo(at10);
        // The access check and one query counting the items by state (no items, no guide content loaded).
        assertThat(at10).isLessThanOrEqualTo(2);
    }

    @Test
    void theConsultantsCandidatePageIsConstant() {
        long at10 = statementsForCandidatePage(10);
        long at200 = statementsForCandidatePage(200);

        assertThat(at200).isEqualTo(at10);
        // The candidate (the access check) and its status history with the people's names; the target roles, the
        // guide library (two) and the readiness history (two); the assignments; the sessions with their action items.
        assertThat(at10).isLessThanOrEqualTo(10);
    }

    private long statementsForCandidatePage(int size) {
        UserAccount consultant = fixtures.consultant("Page " + size);
        Candidate candidate = fixtures.candidate(consultant, "Busy " + size);
        long guideId = fixtures.guide("sales").guideId();
        jdbc.update("""
                insert into candidate_status_change (candidate_id, from_status, to_status, changed_by, changed_at)
                select ?, 'LEAD', 'ACTIVE', ?, now() - n * interval '1 hour' from generate_series(1, ?) n""",
                candidate.getId(), consultant.getId(), size);
        jdbc.update("""
                insert into target_role (candidate_id, guide_id, priority, status, readiness, created_at, updated_at)
                values (?, ?, 1, 'PREPARING', 40, now(), now())""", candidate.getId(), guideId);
        jdbc.update("""
                insert into readiness_snapshot (target_role_id, score, items_total, items_done, items_verified,
                                                guide_opened, computed_at)
                select r.id, n % 100, 3, 1, 0, true, now() - n * interval '1 day'
                from target_role r cross join generate_series(1, ?) n where r.candidate_id = ?""", size, candidate.getId());
        jdbc.update("""
                insert into coaching_session (candidate_id, consultant_id, starts_at, ends_at, time_zone, mode, agenda,
                                              private_notes, status, created_at, updated_at)
                select ?, ?, now() + (n - ? / 2) * interval '1 day', now() + (n - ? / 2) * interval '1 day' + interval '1 hour',
                       'Asia/Seoul', 'ONLINE', 'Agenda ' || n, case when n % 2 = 0 then 'Notes' end,
                       case when n % 3 = 0 then 'COMPLETED' else 'SCHEDULED' end, now(), now()
                from generate_series(1, ?) n""", candidate.getId(), consultant.getId(), size, size, size);
        jdbc.update("""
                insert into session_action_item (session_id, position, description, due_date)
                select s.id, k, 'Item ' || k, current_date + k from coaching_session s cross join generate_series(0, 1) k
                where s.candidate_id = ?""", candidate.getId());

        CandidateWorkspace.Page page = measured(consultant, () -> workspace.page(candidate.getId()));
        assertThat(page.header().history()).hasSizeGreaterThanOrEqualTo(size)
                .allSatisfy(step -> assertThat(step.bySystem() || step.byName() != null).isTrue());
        assertThat(page.header().consultantName()).isEqualTo("Page " + size);
        assertThat(page.roles().roles()).singleElement().satisfies(role -> {
            assertThat(role.guide()).isNotNull();
            assertThat(page.roles().historyOf(role.role())).hasSize(size);
        });
        assertThat(page.sessions().upcoming().size() + page.sessions().past().size()).isEqualTo(size);
        assertThat(page.sessions().actionItems()).hasSize(2 * size);
        return lastCount;
    }

    private long statementsToListCaseload(int size) {
        UserAccount consultant = fixtures.consultant("Caseload " + size);
        long guideId = fixtures.guide("sales").guideId();
        jdbc.update("""
                insert into candidate (full_name, email, preferred_locale, time_zone, career_stage, pipeline_status,
                                       consultant_id, created_at, updated_at)
                select 'Bulk ' || n, 'bulk-' || ? || '-' || n || '@test.example', 'ko', 'Asia/Seoul', 'EXPERIENCED', 'ACTIVE',
                       ?, now(), now()
                from generate_series(1, ?) n""", consultant.getId(), consultant.getId(), size);
        jdbc.update("""
                insert into target_role (candidate_id, guide_id, priority, status, readiness, created_at, updated_at)
                select id, ?, 1, 'PREPARING', (id % 100)::int, now(), now() from candidate where consultant_id = ?""",
                guideId, consultant.getId());

        List<CandidateSummary> page = measured(consultant, () -> candidates.list(CandidateFilter.all(), CandidateSort.byName(), 0, 500));
        assertThat(page).hasSize(Math.min(size, 500)).allSatisfy(row -> assertThat(row.readiness()).isNotNull());
        assertThat(page.getFirst().consultantName()).isEqualTo("Caseload " + size);
        return lastCount;
    }

    private long statementsToListAssignments(int size) {
        UserAccount consultant = fixtures.consultant("Assignments " + size);
        Candidate candidate = fixtures.candidate(consultant, "Holder " + size);
        String prefix = Fixtures.unique("g");
        BulkGuides.publishAndAssign(jdbc, candidate.getId(), prefix, size, List.of("DONE", "OPEN", "OPEN"));

        List<AssignmentOverview> list = measured(consultant, () -> assignments.forCandidate(candidate.getId()));
        assertThat(list).hasSize(size).allSatisfy(a -> {
            assertThat(a.itemsTotal()).isEqualTo(3);
            assertThat(a.itemsDone()).isEqualTo(1);
            assertThat(a.titleEn()).isEqualTo("Guide");
        });
        return lastCount;
    }

    /**
     * A page of a conversation (#16) — the candidate with the access check, then the messages with their writers' names
     * and the reader's unread count in one statement — costs two statements whether the conversation holds 10 messages
     * or 5,000 (the API's token check makes the third).
     */
    @Test
    void aConversationPageCostsTwoStatementsWhateverItsLength() {
        long at10 = statementsForConversationPage(10);
        long at5000 = statementsForConversationPage(5000);

        assertThat(at5000).isEqualTo(at10);
        assertThat(at10).isLessThanOrEqualTo(2);
    }

    private long statementsForConversationPage(int messages) {
        UserAccount consultant = fixtures.consultant("Talk " + messages);
        Candidate candidate = fixtures.candidateWithLogin(consultant, "Talker " + messages);
        jdbc.update("""
                insert into message (candidate_id, author_user_id, from_candidate, body, created_at)
                select ?, case when n % 2 = 0 then ? else ? end, n % 2 = 0, 'Message ' || n, now() - (? - n) * interval '1 minute'
                from generate_series(1, ?) n""", candidate.getId(), candidate.getUserId(), consultant.getId(), messages,
                messages);
        jdbc.update("""
                insert into conversation (candidate_id, last_message_id, last_message_at, waiting_for_staff)
                select candidate_id, max(id), max(created_at), false from message where candidate_id = ? group by candidate_id""",
                candidate.getId());
        com.careerbridge.crm.messaging.ConversationPage page = measured(consultant,
                () -> conversations.page(candidate.getId(), null, 50));
        assertThat(page.messages()).hasSize(Math.min(50, messages))
                .allSatisfy(message -> assertThat(message.authorName()).isNotNull());
        assertThat(page.more()).isEqualTo(messages > 50);
        // the consultant has read nothing: every message the candidate wrote (the even ones) is unread
        assertThat(page.unread()).isEqualTo(messages / 2);
        return lastCount;
    }

    /**
     * A candidate's free slots over the 30-day horizon of a consultant with 2,000 sessions: the candidate's consultant
     * with the type and the consultant's schedule, and the taken time — two statements, however many sessions there are.
     */
    @Test
    void aCandidatesSlotsCostTwoStatementsWhateverTheConsultantsDiary() {
        long at10 = statementsForSlots(10);
        long at2000 = statementsForSlots(2000);

        assertThat(at2000).isEqualTo(at10);
        assertThat(at10).isLessThanOrEqualTo(2);
    }

    private long statementsForSlots(int sessions) {
        UserAccount admin = fixtures.admin();
        UserAccount consultant = fixtures.consultant("Diary " + sessions);
        Candidate candidate = fixtures.candidateWithLogin(consultant, "Booker " + sessions);
        java.util.Map<java.time.DayOfWeek, List<TimeOfDayRange>> week = new java.util.EnumMap<>(java.time.DayOfWeek.class);
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            week.put(day, List.of(TimeOfDayRange.of("00:00", "23:30")));
        }
        java.time.ZoneId seoul = java.time.ZoneId.of("Asia/Seoul");
        fixtures.as(consultant, () -> availabilities.save(consultant.getId(), 0,
                new ConsultantAvailability(new WeeklyAvailability(seoul, week), List.of()),
                new BookingRules(java.time.Duration.ofHours(1), 30, null, 15)));
        long typeId = fixtures.as(admin, () -> sessionTypes.create(new SessionTypeForm(
                com.careerbridge.crm.shared.LocalizedText.of("상담", "Consultation"), 30,
                com.careerbridge.crm.session.SessionMode.ONLINE, null, 0, 0, true, 1440, null))).getId();
        // Twenty-minute sessions every hour from ten days ago: 2,000 of them reach well past the horizon.
        jdbc.update("""
                insert into coaching_session (candidate_id, consultant_id, starts_at, ends_at, time_zone, mode, status,
                                              created_at, updated_at, version)
                select ?, ?, date_trunc('hour', now()) - interval '10 days' + n * interval '1 hour',
                       date_trunc('hour', now()) - interval '10 days' + n * interval '1 hour' + interval '20 minutes',
                       'Asia/Seoul', 'ONLINE', 'SCHEDULED', now(), now(), 0
                from generate_series(0, ? - 1) n""", candidate.getId(), consultant.getId(), sessions);
        java.time.LocalDate today = java.time.LocalDate.now(seoul);
        Booking.Slots slots = measured(candidate.getUserId(),
                () -> booking.slots(typeId, today, today.plusDays(30), java.time.ZoneId.of("Europe/Berlin")));
        assertThat(slots.slots()).isNotEmpty();
        return lastCount;
    }

    private long lastCount;

    private <T> T measured(long userId, Supplier<T> work) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        return fixtures.as(userId, () -> {
            statistics.clear();
            T result = work.get();
            lastCount = statistics.getPrepareStatementCount();
            return result;
        });
    }

    private <T> T measured(UserAccount actor, Supplier<T> work) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        return fixtures.as(actor, () -> {
            statistics.clear();
            T result = work.get();
            lastCount = statistics.getPrepareStatementCount();
            return result;
        });
    }
}
