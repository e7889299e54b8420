package com.careerbridge.crm.ui.portal;

import java.util.List;
import java.util.Map;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.assignment.AssignmentOverview;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import com.careerbridge.crm.ui.guide.GuideLibraryView;
import com.careerbridge.crm.ui.layout.AccessDeniedView;
import com.careerbridge.testsupport.ui.GuideUiTestSupport;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class PortalViewIT extends GuideUiTestSupport {

    @Autowired
    AssignmentService assignments;
    @Autowired
    TargetRoleService targetRoles;
    @Autowired
    com.careerbridge.crm.session.SessionService sessions;

    private UserAccount consultant;
    private Candidate mine;
    private String myLogin;
    private long myAssignmentId;
    private long otherAssignmentId;
    private GuideSummary sales;

    @BeforeEach
    void twoCandidatesWithTheSameGuide() {
        consultant = newStaff(Role.CONSULTANT, "Portal Consultant");
        signIn(consultant);
        sales = builtIn("sales");
        mine = newCandidate("Han Jiwoo");
        Candidate other = newCandidate("Oh Daeun");
        myLogin = giveLogin(mine);
        giveLogin(other);
        targetRoles.add(mine.getId(), sales.guideId(), new TargetRoleForm(1, List.of("Salesforce"), TargetRoleStatus.PREPARING));
        assignments.assign(sales.guideId(), List.of(mine.getId(), other.getId()), null, null);
        myAssignmentId = assignments.forCandidate(mine.getId()).getFirst().assignmentId();
        otherAssignmentId = assignments.forCandidate(other.getId()).getFirst().assignmentId();
        signIn(myLogin);
    }

    @Test
    void theCandidateAddsAnApplicationOnTheirPortalAndMovesItToInterviewing() {
        navigate(PortalView.class);
        var board = $(com.careerbridge.crm.ui.application.ApplicationBoard.class).single();
        test($(com.vaadin.flow.component.button.Button.class).from(board).withText("Add application").single()).click();
        var dialog = $(com.vaadin.flow.component.dialog.Dialog.class).single();
        var fields = $(com.vaadin.flow.component.textfield.TextField.class).from(dialog).all();
        fields.get(0).setValue("Salesforce Korea");
        fields.get(1).setValue("Account Executive");
        test($(com.vaadin.flow.component.button.Button.class).from(dialog).withText("Save").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        var card = $(com.vaadin.flow.component.html.Div.class).withClassName("application-card").single();
        assertThat(card.getElement().getTextRecursively()).contains("Salesforce Korea", "Account Executive");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Object> move = $(com.vaadin.flow.component.select.Select.class)
                .from(card).single();
        test(move).selectItem("Interviewing");
        assertThat($(com.vaadin.flow.component.html.Div.class).withClassName("application-column").all().stream()
                .filter(c -> c.getElement().getTextRecursively().startsWith("Interviewing (1)")).count()).isEqualTo(1);
    }

    @Test
    void thePortalListsOnlyTheCandidatesOwnGuides() {
        PortalView portal = navigate(PortalView.class);

        List<String> links = $(Anchor.class).from(portal).withClassName("guide-card-title").all().stream()
                .map(Anchor::getHref).toList();
        assertThat(links).containsExactly("portal/guides/" + myAssignmentId);
    }

    @Test
    void aMeetingAddressIsALinkThatOpensInANewTab() {
        signIn(consultant);
        java.time.LocalDateTime start = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(3).atTime(11, 0);
        sessions.schedule(mine.getId(), new com.careerbridge.crm.session.SessionPlan(start, start.plusHours(1),
                "Asia/Seoul", com.careerbridge.crm.session.SessionMode.ONLINE, "Zoom https://meet.example/j/42", null));
        signIn(myLogin);

        PortalView portal = navigate(PortalView.class);

        Anchor link = $(Anchor.class).from(portal).withClassName("meeting-link").single();
        assertThat(link.getHref()).isEqualTo("https://meet.example/j/42");
        assertThat(link.getElement().getAttribute("target")).isEqualTo("_blank");
        assertThat(link.getElement().getAttribute("rel")).contains("noopener");
    }

    @Test
    void openingTheGuideRecordsTheReadingAndTickingAnItemUpdatesProgressAndReadiness() {
        PortalGuideView reader = navigate(PortalGuideView.class, Map.of("assignmentId", String.valueOf(myAssignmentId)));
        assertThat(reader.shownProgress()).isZero();

        Checkbox first = $(Checkbox.class).from(reader.article()).first();
        test(first).click();
        assertThat(first.getValue()).isTrue();
        assertThat(reader.shownProgress()).isGreaterThan(0);

        PortalView portal = navigate(PortalView.class);
        assertThat($(ProgressBar.class).from(portal).all()).anySatisfy(bar -> assertThat(bar.getValue()).isGreaterThan(0));

        signIn(consultant);
        AssignmentOverview seenByConsultant = assignments.forCandidate(mine.getId()).getFirst();
        assertThat(seenByConsultant.firstOpenedAt()).isNotNull();
        assertThat(seenByConsultant.itemsDone()).isEqualTo(1);
        assertThat(targetRoles.forCandidate(mine.getId()).getFirst().getReadiness()).isGreaterThan(0);
    }

    @Test
    void anotherCandidatesAssignmentCannotBeOpened() {
        PortalView landedOn = navigate("portal/guides/" + otherAssignmentId, PortalView.class);

        assertThat(landedOn).isNotNull();
        signIn(consultant);
        assertThat(assignments.get(otherAssignmentId).overview().firstOpenedAt()).isNull();
    }

    @Test
    void aCandidateOpeningAStaffRouteIsRefused() {
        // Vaadin's access control leads to the translated "not allowed" page inside the layout (#20).
        assertThat(navigate("guides", AccessDeniedView.class)).isNotNull();
        assertThat(navigate("sessions", AccessDeniedView.class)).isNotNull();
        assertThat(navigate("guides/" + sales.guideId() + "/draft", AccessDeniedView.class)).isNotNull();
    }

    @Test
    void staffCannotOpenThePortal() {
        signIn(consultant);
        assertThat(navigate("portal", AccessDeniedView.class)).isNotNull();
        assertThat(navigate("guides", GuideLibraryView.class)).isNotNull();
    }
}
