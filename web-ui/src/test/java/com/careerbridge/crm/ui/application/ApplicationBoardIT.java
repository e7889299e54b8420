package com.careerbridge.crm.ui.application;

import java.util.List;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.ui.candidate.CandidateView;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The candidate page's applications board: adding one, refusing a bad posting at its field, moving it on. */
class ApplicationBoardIT extends BrowserlessUiTest {

    @Autowired RoleGuideService guides;
    @Autowired TargetRoleService targetRoles;

    Candidate candidate;

    @BeforeEach
    void consultantWithACandidate() {
        signIn(staff("Hana", Role.CONSULTANT));
        candidate = candidate("Applicant");
    }

    @Test
    void theConsultantAddsAnApplicationAndMovesItToInterviewing() {
        GuideSummary sales = guides.library().stream().filter(g -> g.slug().equals("sales")).findFirst().orElseThrow();
        targetRoles.add(candidate.getId(), sales.guideId(), new TargetRoleForm(1, List.of(), TargetRoleStatus.APPLYING));
        navigate("candidates/" + candidate.getId(), CandidateView.class);
        open("Applications");
        assertThat($(Paragraph.class).withClassName("empty-state").single().getText()).startsWith("No applications yet");

        test($(Button.class).withText("Add application").single()).click();
        ApplicationDialog dialog = $(ApplicationDialog.class).single();
        dialog.company.setValue("Hanbit Medical " + run);
        dialog.position.setValue("Account Manager");
        dialog.postingUrl.setValue("ftp://jobs.example/1");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.postingUrl.isInvalid()).isTrue();
        assertThat(dialog.postingUrl.getErrorMessage()).isEqualTo("This value is not valid.");

        dialog.postingUrl.setValue("https://jobs.example/hanbit/1");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(card().getElement().getTextRecursively()).contains("Hanbit Medical " + run, "Account Manager",
                "Readiness when recorded: 0%");
        assertThat(column("Applied").getElement().getTextRecursively()).contains("Hanbit Medical " + run);

        @SuppressWarnings("unchecked")
        Select<Object> move = $(Select.class).from(card()).single();
        assertThat(move.getAriaLabel().orElseThrow()).contains("Hanbit Medical " + run);
        test(move).selectItem("Interviewing");

        assertThat(column("Interviewing").getElement().getTextRecursively()).contains("Hanbit Medical " + run);
        assertThat(column("Applied").getElement().getTextRecursively()).doesNotContain("Hanbit Medical");

        // dragged on to the offer column with the mouse; a drop the flow does not allow is refused and changes nothing
        drag(card(), column("Saved"));
        assertThat(column("Interviewing").getElement().getTextRecursively()).contains("Hanbit Medical " + run);
        drag(card(), column("Offer"));
        assertThat(column("Offer").getElement().getTextRecursively()).contains("Hanbit Medical " + run);
        open("Timeline");
        assertThat($(Span.class).withClassName("timeline-action").all()).extracting(Span::getText)
                .contains("Job application added", "Job application moved to another stage");
    }

    @Test
    void withoutATargetRoleTheDialogSaysWhatToDoFirst() {
        navigate("candidates/" + candidate.getId(), CandidateView.class);
        open("Applications");
        test($(Button.class).withText("Add application").single()).click();
        ApplicationDialog dialog = $(ApplicationDialog.class).single();
        dialog.company.setValue("Acme");
        dialog.position.setValue("Sales Analyst");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.role.getErrorMessage()).isEqualTo("Add a target role first: every application belongs to one.");
    }

    @Autowired com.careerbridge.crm.application.JobApplications applications;

    @Test
    void anAcceptedOfferAsksTheConsultantToConfirmThePlacement() {
        GuideSummary sales = guides.library().stream().filter(g -> g.slug().equals("sales")).findFirst().orElseThrow();
        var role = targetRoles.add(candidate.getId(), sales.guideId(), new TargetRoleForm(1, List.of(),
                TargetRoleStatus.APPLYING));
        candidateService.changeStatus(candidate.getId(), candidateService.get(candidate.getId()).getVersion(),
                com.careerbridge.crm.candidate.PipelineStatus.ACTIVE);
        var application = applications.create(candidate.getId(), role.getId(),
                com.careerbridge.crm.application.ApplicationStage.APPLIED, new com.careerbridge.crm.application
                        .ApplicationForm("Seoul Pharma " + run, "Account Manager", null, null,
                        com.careerbridge.crm.application.ApplicationSource.REFERRAL, null, null, null, null));
        for (var next : List.of(com.careerbridge.crm.application.ApplicationStage.INTERVIEWING,
                com.careerbridge.crm.application.ApplicationStage.OFFER,
                com.careerbridge.crm.application.ApplicationStage.ACCEPTED)) {
            applications.move(application.getId(), applications.get(application.getId()).application().getVersion(),
                    next);
        }
        navigate("candidates/" + candidate.getId(), CandidateView.class);
        open("Applications");

        Div prompt = $(Div.class).withClassName("placement-prompt").single();
        assertThat(prompt.getElement().getTextRecursively()).contains("Seoul Pharma " + run, "was accepted");
        test($(Button.class).from(prompt).withText("Confirm placement").single()).click();

        assertThat(candidateService.get(candidate.getId()).getPipelineStatus())
                .isEqualTo(com.careerbridge.crm.candidate.PipelineStatus.PLACED);
        assertThat($(Div.class).withClassName("placement-prompt").all()).as("nothing left to confirm").isEmpty();
    }

    private static void drag(Div card, Div column) {
        com.vaadin.flow.component.ComponentUtil.fireEvent(card,
                new com.vaadin.flow.component.dnd.DragStartEvent<>(card, true));
        com.vaadin.flow.component.ComponentUtil.fireEvent(column,
                new com.vaadin.flow.component.dnd.DropEvent<>(column, true, "move"));
        com.vaadin.flow.component.ComponentUtil.fireEvent(card,
                new com.vaadin.flow.component.dnd.DragEndEvent<>(card, true, "move"));
    }

    private Div card() {
        return $(Div.class).withClassName("application-card").single();
    }

    private Div column(String stage) {
        return $(Div.class).withClassName("application-column").all().stream()
                .filter(c -> c.getElement().getTextRecursively().startsWith(stage + " ("))
                .findFirst().orElseThrow();
    }

    private void open(String tab) {
        $(TabSheet.class).single().setSelectedTab($(Tab.class).withText(tab).single());
    }
}
