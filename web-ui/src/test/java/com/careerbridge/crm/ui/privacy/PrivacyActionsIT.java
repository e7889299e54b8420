package com.careerbridge.crm.ui.privacy;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.ui.candidate.CandidateListView;
import com.careerbridge.crm.ui.candidate.CandidateView;
import com.careerbridge.crm.ui.portal.PortalView;
import com.careerbridge.testsupport.ui.GuideUiTestSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Export and erasure buttons: administrators see them and erasure takes the typed name; consultants see neither. */
class PrivacyActionsIT extends GuideUiTestSupport {

    @Test
    void aConsultantSeesNeitherExportNorErasure() {
        UserAccount consultant = newStaff(Role.CONSULTANT, "Privacy Consultant");
        signIn(consultant);
        Candidate candidate = newCandidate("Kang Minji " + unique("x"));

        navigate("candidates/" + candidate.getId(), CandidateView.class);

        assertThat($(Button.class).withText("Export data").exists()).isFalse();
        assertThat($(Button.class).withText("Erase candidate…").exists()).isFalse();
    }

    @Test
    void anAdministratorExportsAndErasesAfterTypingTheName() {
        UserAccount consultant = newStaff(Role.CONSULTANT, "Privacy Consultant");
        signIn(consultant);
        Candidate candidate = newCandidate("Kang Minji " + unique("x"));
        signIn(newStaff(Role.ADMIN, "Privacy Admin"));

        navigate("candidates/" + candidate.getId(), CandidateView.class);

        assertThat($(Button.class).withText("Export data").single().isVisible()).isTrue();
        Anchor download = $(Anchor.class).withClassName("privacy-export").single();
        assertThat(download.getHref()).isNotBlank();
        test($(Button.class).withText("Erase candidate…").single()).click();
        ErasureDialog dialog = $(ErasureDialog.class).single();
        assertThat(dialog.erase.isEnabled()).isFalse();
        test(dialog.confirmation).setValue("Kang Minji");
        assertThat(dialog.erase.isEnabled()).as("a part of the name is not enough").isFalse();
        test(dialog.confirmation).setValue(candidate.getFullName());
        assertThat(dialog.erase.isEnabled()).isTrue();

        test(dialog.erase).click();

        assertThat($(Notification.class).all().stream().map(n -> test(n).getText()))
                .contains("The candidate's personal data has been erased.");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CandidateListView.class);
        assertThatThrownBy(() -> candidates.get(candidate.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCandidateDownloadsTheirOwnDataFromThePortal() {
        UserAccount consultant = newStaff(Role.CONSULTANT, "Portal Privacy Consultant");
        signIn(consultant);
        Candidate candidate = newCandidate("Yoon Seo " + unique("x"));
        signIn(giveLogin(candidate));

        navigate(PortalView.class);

        assertThat($(Button.class).withText("Download my data").single().isVisible()).isTrue();
        assertThat($(Anchor.class).withClassName("privacy-export-own").single().getHref()).isNotBlank();
    }
}
