package com.careerbridge.crm.ui.application;

import java.time.LocalDateTime;
import java.util.List;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.application.ApplicationForm;
import com.careerbridge.crm.application.ApplicationSource;
import com.careerbridge.crm.application.ApplicationStage;
import com.careerbridge.crm.application.InterviewFormat;
import com.careerbridge.crm.application.InterviewPlan;
import com.careerbridge.crm.application.JobApplication;
import com.careerbridge.crm.application.JobApplications;
import com.careerbridge.crm.application.JobInterviews;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.targetrole.TargetRole;
import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import com.careerbridge.crm.ui.dashboard.DashboardView;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The consultant's applications across the caseload, and the dashboard's tiles that lead there. */
class ApplicationsViewIT extends BrowserlessUiTest {

    @Autowired RoleGuideService guides;
    @Autowired TargetRoleService targetRoles;
    @Autowired JobApplications applications;
    @Autowired JobInterviews interviews;

    @Test
    void theComingInterviewAndTheWaitingOfferAreListedAndCountedOnTheDashboard() {
        signIn(staff("Attentive", Role.CONSULTANT));
        Candidate candidate = candidate("Interview Soon");
        TargetRole role = targetRoles.add(candidate.getId(), guides.library().stream()
                        .filter(g -> g.slug().equals("sales")).findFirst().orElseThrow().guideId(),
                new TargetRoleForm(1, List.of(), TargetRoleStatus.APPLYING));
        JobApplication sent = applications.create(candidate.getId(), role.getId(), ApplicationStage.APPLIED,
                new ApplicationForm("Daehan " + run, "Sales Manager", null, null, ApplicationSource.REFERRAL, null,
                        null, null, null));
        interviews.schedule(sent.getId(), new InterviewPlan(LocalDateTime.now().plusDays(2).withNano(0),
                "Europe/Berlin", null, InterviewFormat.VIDEO, null, null));

        DashboardView dashboard = navigate("", DashboardView.class);
        assertThat($(RouterLink.class).from(dashboard).all().stream()
                .filter(link -> link.getHref().equals("applications")).map(link -> link.getElement().getTextRecursively()))
                .contains("1Interviews this week", "0Offers to answer", "0Applications without movement");

        ApplicationsView view = navigate("applications", ApplicationsView.class);
        assertThat($(H3.class).from(view).all()).extracting(H3::getText).containsExactly(
                "Interviews in the coming week (1)", "Offers waiting for an answer (0)", "No movement for two weeks (0)");
        assertThat($(Span.class).from(view).withClassName("entry-detail").single().getText())
                .startsWith("Daehan " + run + ", Sales Manager · round 1 · ").contains("Video call", "Europe/Berlin");
        assertThat($(Span.class).from(view).withClassName("entry-name").single().getText()).startsWith("Interview Soon");
    }
}
