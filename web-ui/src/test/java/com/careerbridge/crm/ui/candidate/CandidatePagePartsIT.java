package com.careerbridge.crm.ui.candidate;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.PipelineStatus;
import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionOutcome;
import com.careerbridge.crm.session.SessionPlan;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate page's tabs, each its own part: what they show of the candidate, and that a change made in one reaches
 * the parts it affects (and the candidate's version reaches the next change).
 */
class CandidatePagePartsIT extends BrowserlessUiTest {

    @Autowired RoleGuideService guides;
    @Autowired TargetRoleService targetRoles;
    @Autowired AssignmentService assignments;
    @Autowired SessionService sessions;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    Candidate candidate;
    GuideSummary sales;
    GuideSummary other;

    @BeforeEach
    void consultantWithACandidate() {
        signIn(staff("Mina", Role.CONSULTANT));
        candidate = candidate("Busy");
        List<GuideSummary> published = guides.library().stream().filter(g -> g.publishedVersionId() != null).toList();
        sales = published.stream().filter(g -> g.slug().equals("sales")).findFirst().orElseThrow();
        other = published.stream().filter(g -> !g.slug().equals("sales")).findFirst().orElseThrow();
    }

    @Test
    void eachTabShowsItsPartOfTheCandidate() {
        targetRoles.add(candidate.getId(), sales.guideId(), new TargetRoleForm(1, List.of("Hanbit"), TargetRoleStatus.PREPARING));
        assignments.assign(sales.guideId(), List.of(candidate.getId()), null, null);
        LocalDateTime tomorrow = LocalDateTime.now(ZoneId.of("Asia/Seoul")).plusDays(1).withHour(10).withMinute(0);
        sessions.schedule(candidate.getId(), new SessionPlan(tomorrow, tomorrow.plusHours(1), "Asia/Seoul",
                SessionMode.ONLINE, "", "Mock interview " + run));
        var past = sessions.schedule(candidate.getId(), new SessionPlan(tomorrow.minusDays(5), tomorrow.minusDays(5).plusHours(1),
                "Asia/Seoul", SessionMode.PHONE, "", ""));
        sessions.complete(past.getId(), past.getVersion(), new SessionOutcome(null, "Went well " + run, List.of(
                new SessionOutcome.NewActionItem(null, "Send the portfolio " + run, tomorrow.toLocalDate())), null, null));

        CandidateView view = navigate("candidates/" + candidate.getId(), CandidateView.class);

        assertThat($(Div.class).withClassName("candidate-profile").single().getElement().getTextRecursively())
                .contains(candidate.getFullName(), candidate.getEmail().value(), "Mina " + run);
        Div role = $(Div.class).withClassName("target-role-card").single();
        assertThat(role.getElement().getTextRecursively()).contains(sales.titleEn(), "Priority 1", "Target companies: Hanbit");
        assertThat($(Div.class).withClassName("readiness-chart").exists()).isTrue();
        open("Guides");
        assertThat($(Div.class).withClassName("assignment-card").single().getElement().getTextRecursively())
                .contains(sales.titleEn(), "0 ticked, 0 verified of");
        open("Sessions");
        List<Div> sessionCards = $(Div.class).withClassName("session-card").all();
        assertThat(sessionCards).hasSize(2);
        assertThat(sessionCards.getFirst().getElement().getTextRecursively()).contains("Mock interview " + run);
        assertThat(sessionCards.getLast().getElement().getTextRecursively()).contains("Went well " + run);
        open("Action items");
        assertThat($(Checkbox.class).withClassName("action-item").single().getLabel()).isEqualTo("Send the portfolio " + run);
        assertThat(timeline()).contains("Target role added", "Guide assigned", "Session scheduled", "Session completed");
        assertThat(view.candidate().getId()).isEqualTo(candidate.getId());
    }

    @Test
    void addingATargetRoleShowsItAndItsTimelineEntry() {
        navigate("candidates/" + candidate.getId(), CandidateView.class);
        assertThat($(Div.class).withClassName("target-role-card").exists()).isFalse();

        test($(Button.class).withText("Add target role").single()).click();
        TargetRoleDialog dialog = $(TargetRoleDialog.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<GuideSummary> guide = $(ComboBox.class).from(dialog).single();
        test(guide).selectItem(other.titleEn());
        test($(Button.class).from(dialog).withText("Save").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat($(Div.class).withClassName("target-role-card").single().getElement().getTextRecursively())
                .contains(other.titleEn());
        assertThat(timeline()).contains("Target role added");
    }

    @Test
    void savedNotesHandTheNewVersionToTheNextChange() {
        CandidateView view = navigate("candidates/" + candidate.getId(), CandidateView.class);
        open("Notes");

        view.notes.setValue("Prefers mornings " + run);
        view.saveNotes();
        test(view.nextStatus).selectItem("Active");
        view.changeStatus();

        assertThat(notificationTexts()).contains("Status changed to Active.");
        assertThat(view.candidate().getPipelineStatus()).isEqualTo(PipelineStatus.ACTIVE);
        assertThat(view.candidate().getStaffNotes()).isEqualTo("Prefers mornings " + run);
        assertThat(timeline()).contains("Notes edited", "Pipeline status changed");
    }

    @Test
    void theConsultantInvitesTheCandidateToThePortalAndSeesItsState() {
        navigate("candidates/" + candidate.getId(), CandidateView.class);
        Span state = $(Span.class).withClassName("portal-state").single();
        assertThat(state.getText()).isEqualTo("Not invited yet");

        test($(Button.class).withText("Invite to the portal").single()).click();

        assertThat(notificationTexts()).contains("Invitation sent to " + candidate.getEmail().value() + ".");
        assertThat($(Span.class).withClassName("portal-state").single().getText()).startsWith("Invited on ")
                .contains("the link works until");
        assertThat($(Button.class).withText("Send a new invitation").single().isVisible()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where template = 'invitation' and "
                + "recipient_address = ?", Integer.class, candidate.getEmail().value())).isEqualTo(1);
    }

    @Test
    void theSessionsTabLinksTheMeetingAndGivesACancellationsReason() {
        LocalDateTime later = LocalDateTime.now(ZoneId.of("Asia/Seoul")).plusDays(3).withHour(11).withMinute(0);
        var session = sessions.schedule(candidate.getId(), new SessionPlan(later, later.plusHours(1), "Asia/Seoul",
                SessionMode.ONLINE, "https://meet.example.com/busy", ""));
        sessions.cancel(session.getId(), session.getVersion(), "Ill " + run);

        navigate("candidates/" + candidate.getId(), CandidateView.class);
        open("Sessions");

        Div card = $(Div.class).withClassName("session-card").single();
        assertThat(card.getElement().getTextRecursively()).contains("Reason for cancelling", "Ill " + run);
        assertThat($(com.vaadin.flow.component.html.Anchor.class).from(card).single().getHref())
                .isEqualTo("https://meet.example.com/busy");
    }

    @Test
    void allTickedItemsAreVerifiedAtOnceAndTheChecklistStaysOpen() {
        long assignmentId = assignments.assign(sales.guideId(), List.of(candidate.getId()), null, null).created()
                .getFirst().getId();
        jdbc.update("""
                update assignment_item set state = 'DONE', done_at = now()
                where assignment_id = ? and position < 2""", assignmentId);
        navigate("candidates/" + candidate.getId(), CandidateView.class);
        open("Guides");
        $(com.vaadin.flow.component.details.Details.class).withClassName("assignment-checklist").single()
                .setOpened(true);

        test($(Button.class).withText("Verify all ticked (2)").single()).click();

        assertThat(notificationTexts()).contains("2 ticked items verified.");
        var checklist = $(com.vaadin.flow.component.details.Details.class).withClassName("assignment-checklist").single();
        assertThat(checklist.isOpened()).as("still open after the page part was drawn again").isTrue();
        assertThat($(Checkbox.class).withClassName("checklist-item").all().stream().filter(Checkbox::getValue).count())
                .isEqualTo(2);
        assertThat($(Div.class).withClassName("assignment-card").single().getElement().getTextRecursively())
                .contains("0 ticked, 2 verified of");
        var content = guides.latestPublished(sales.guideId()).getContent();
        assertThat(timeline()).as("each verification names its item and guide").contains(
                "Verified “" + content.checklist().get(0).text().en() + "” in " + content.title().en(),
                "Verified “" + content.checklist().get(1).text().en() + "” in " + content.title().en());
    }

    @Test
    void theTimelineNamesTheItemTickedInTheViewersLanguageAndOldEntriesKeepTheirWording() {
        var assignment = assignments.assign(sales.guideId(), List.of(candidate.getId()), null, null).created().getFirst();
        var content = guides.latestPublished(sales.guideId()).getContent();
        var item = content.checklist().get(2);
        assignments.verifyItem(assignment.getId(), assignment.getVersion(), item.key(), true);
        // an entry written before entries named their item: only the key
        jdbc.update("""
                insert into activity (candidate_id, action, subject_id, details, occurred_at)
                values (?, 'item-done', ?, '{"item": "old-key"}'::jsonb, now() - interval '1 day')""",
                candidate.getId(), assignment.getId());

        navigate("candidates/" + candidate.getId(), CandidateView.class);
        assertThat(timeline()).contains("Verified “" + item.text().en() + "” in " + content.title().en(),
                "Checklist item ticked");

        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.KOREAN);
        $(TimelineTab.class).single().refresh();
        assertThat($(Span.class).withClassName("timeline-action").all().stream().map(Span::getText).toList())
                .contains(content.title().ko() + ": “" + item.text().ko() + "” 확인", "체크리스트 항목 완료 표시");
    }

    private void open(String tab) {
        $(TabSheet.class).single().setSelectedTab($(Tab.class).withText(tab).single());
    }

    private List<String> timeline() {
        open("Timeline");
        return $(Span.class).withClassName("timeline-action").all().stream().map(Span::getText).toList();
    }
}
