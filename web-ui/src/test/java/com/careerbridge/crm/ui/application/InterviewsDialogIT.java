package com.careerbridge.crm.ui.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.application.ApplicationForm;
import com.careerbridge.crm.application.ApplicationSource;
import com.careerbridge.crm.application.ApplicationStage;
import com.careerbridge.crm.application.InterviewFormat;
import com.careerbridge.crm.application.JobApplication;
import com.careerbridge.crm.application.JobApplications;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.roleguide.RoleGuideVersion;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.targetrole.TargetRole;
import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import com.careerbridge.crm.ui.candidate.CandidateView;
import com.careerbridge.crm.ui.guide.GuideDetailView;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application's interviews on the candidate page: the consultant adds a round (which moves the application to
 * interviewing), writes down a question and proposes it for the guide; on the guide's page staff take it into the
 * draft in both languages.
 */
class InterviewsDialogIT extends BrowserlessUiTest {

    @Autowired RoleGuideService guides;
    @Autowired TargetRoleService targetRoles;
    @Autowired JobApplications applications;
    @Autowired com.careerbridge.crm.application.JobInterviews interviews;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aRoundIsAddedAQuestionProposedAndTakenIntoTheGuidesDraft() {
        signIn(staff("Mina", Role.CONSULTANT));
        Candidate candidate = candidate("Interviewee");
        RoleGuideVersion source = guides.latestPublished(guides.library().stream()
                .filter(g -> g.slug().equals("account-manager")).findFirst().orElseThrow().guideId());
        // a copy under a title of its own, so that no other test finds two "Account Manager" guides
        var content = source.getContent();
        RoleGuideVersion created = guides.create(new com.careerbridge.crm.roleguide.GuideContent(
                com.careerbridge.crm.shared.LocalizedText.of("면접 가이드 " + run, "Interview guide " + run),
                content.definition(), content.duties(), content.lookAlikes(), content.skills(), content.jdKeywords(),
                content.interviewQuestions(), content.checklist()));
        long guideId = guides.publish(created.getId(), created.getVersion()).getGuideId();
        TargetRole role = targetRoles.add(candidate.getId(), guideId,
                new TargetRoleForm(1, List.of(), TargetRoleStatus.APPLYING));
        JobApplication application = applications.create(candidate.getId(), role.getId(), ApplicationStage.APPLIED,
                new ApplicationForm("Hanbit " + run, "Account Manager", null, null, ApplicationSource.REFERRAL,
                        null, null, null, null));

        navigate("candidates/" + candidate.getId(), CandidateView.class);
        $(TabSheet.class).single().setSelectedTab($(Tab.class).withText("Applications").single());
        test($(Button.class).withClassName("interviews-button").single()).click();
        InterviewsDialog dialog = $(InterviewsDialog.class).single();
        assertThat(dialog.getElement().getTextRecursively()).contains("No interviews yet");

        test(dialog.save).click();
        assertThat(dialog.date.isInvalid()).as("no date: refused at the field").isTrue();
        dialog.date.setValue(LocalDate.of(2027, 3, 2));
        dialog.time.setValue(LocalTime.of(14, 30));
        dialog.zone.setValue("Asia/Seoul");
        dialog.format.setValue(InterviewFormat.ON_SITE);
        dialog.interviewers.setValue("Hiring manager");
        test(dialog.save).click();

        assertThat($(H4.class).from(dialog).all()).extracting(H4::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Round 1").contains("On site", "Asia/Seoul"));
        assertThat(applications.get(application.getId()).application().getStage())
                .isEqualTo(ApplicationStage.INTERVIEWING);

        // the round's question form offers the guide's interview questions, read together with the rounds
        @SuppressWarnings("unchecked")
        Select<Integer> match = $(Select.class).from(dialog).all().stream()
                .filter(select -> dialog.getTranslation("interview.question.match").equals(select.getLabel()))
                .findFirst().orElseThrow();
        assertThat(match.getListDataView().getItems().map(match.getItemLabelGenerator()::apply).toList())
                .containsAll(content.interviewQuestions().stream().map(q -> q.in(Language.EN)).toList())
                .hasSize(content.interviewQuestions().size() + 1);
        assertThat(content.interviewQuestions()).isNotEmpty();

        TextField asked = $(TextField.class).from(dialog).all().stream()
                .filter(field -> "A question you were asked".equals(field.getLabel())).findFirst().orElseThrow();
        asked.setValue("How would you sell to a hospital buyer?");
        $(Checkbox.class).from(dialog).single().setValue(true);
        test($(Button.class).from(dialog).withText("Write down").single()).click();
        assertThat(dialog.getElement().getTextRecursively()).contains("How would you sell to a hospital buyer?",
                "Proposed for the guide");
        dialog.close();
        assertThat(jdbc.queryForList("select q.proposal || ':' || a.guide_id from job_interview_question q join "
                + "job_interview i on i.id = q.interview_id join job_application a on a.id = i.application_id "
                + "where a.id = ?", String.class, application.getId())).containsExactly("PROPOSED:" + guideId);
        assertThat(interviews.proposals(guideId)).hasSize(1);

        navigate("guides/" + guideId, GuideDetailView.class);
        ProposedQuestionsPanel panel = $(ProposedQuestionsPanel.class).single();
        assertThat(panel.getElement().getTextRecursively()).contains("Questions from real interviews (1)",
                "How would you sell to a hospital buyer?");
        TextField korean = $(TextField.class).from(panel).all().stream()
                .filter(field -> "Question in Korean".equals(field.getLabel())).findFirst().orElseThrow();
        korean.setValue("병원 구매 담당자에게 어떻게 판매하겠습니까?");
        test($(Button.class).from(panel).withText("Take into the draft").single()).click();

        RoleGuideVersion draft = guides.draft(guideId);
        assertThat(draft.getContent().interviewQuestions()).last().satisfies(question -> {
            assertThat(question.ko()).isEqualTo("병원 구매 담당자에게 어떻게 판매하겠습니까?");
            assertThat(question.en()).isEqualTo("How would you sell to a hospital buyer?");
        });
        assertThat($(ProposedQuestionsPanel.class).all()).as("nothing left to decide: the panel is hidden").isEmpty();
    }
}
