package com.careerbridge.crm.ui.candidate;

import java.util.List;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateForm;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.candidate.PipelineStatus;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Creating and editing candidates through the form, including the mistakes people make. */
class CandidateEditingIT extends BrowserlessUiTest {

    @Autowired CandidateService candidates;

    UserAccount mina;

    @BeforeEach
    void consultant() {
        mina = staff("Mina", Role.CONSULTANT);
        signIn(mina);
    }

    @Test
    void createsACandidateThroughTheFormAndOpensTheirPage() {
        navigate(CandidateListView.class);
        test($(Button.class).withText("New candidate").single()).click();
        CandidateFormDialog dialog = $(CandidateFormDialog.class).single();

        test(dialog.fullName).setValue("Seo Yeon " + run);
        test(dialog.email).setValue("SeoYeon." + run + "@Example.com");
        test(dialog.tags).setValue("PM, fintech");
        test(dialog.save).click();

        assertThat(getCurrentView()).isInstanceOf(CandidateView.class);
        Candidate created = ((CandidateView) getCurrentView()).candidate();
        assertThat(created.getFullName()).isEqualTo("Seo Yeon " + run);
        assertThat(created.getEmail().value()).isEqualTo("seoyeon." + run + "@example.com");
        assertThat(created.getTags()).containsExactly("pm", "fintech");
        assertThat(created.getConsultantId()).isEqualTo(mina.getId());
        assertThat(notificationTexts()).contains("Seo Yeon " + run + " has been saved.");
    }

    @Test
    void showsTheServicesComplaintsAtTheFieldsAndKeepsTheDialogOpen() {
        navigate(CandidateListView.class);
        test($(Button.class).withText("New candidate").single()).click();
        CandidateFormDialog dialog = $(CandidateFormDialog.class).single();

        test(dialog.fullName).setValue("Broken " + run);
        test(dialog.email).setValue("not-an-email");
        test(dialog.phone).setValue("call me maybe");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("This value is not valid.");
        assertThat(dialog.phone.isInvalid()).isTrue();
        assertThat(dialog.fullName.isInvalid()).isFalse();
        assertThat(candidates.count(com.careerbridge.crm.candidate.CandidateFilter.all().withText("Broken " + run))).isZero();
    }

    @Test
    void aStaleEditSaysSoAndKeepsTheInput() {
        Candidate candidate = candidate("Stale");
        CandidateView view = navigate("candidates/" + candidate.getId(), CandidateView.class);
        test($(Button.class).withText("Edit").first()).click();
        CandidateFormDialog dialog = $(CandidateFormDialog.class).single();

        // A colleague saves the same candidate while the dialog is open.
        candidates.update(candidate.getId(), candidate.getVersion(), new CandidateForm("Changed elsewhere " + run,
                candidate.getEmail().value(), "", Language.EN, "Asia/Seoul", CareerStage.INTERN, "", "", List.of()));

        test(dialog.fullName).setValue("My edit " + run);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.conflict.isVisible()).isTrue();
        assertThat(dialog.conflict.getText()).startsWith("Someone else saved this in the meantime.");
        assertThat(dialog.fullName.getValue()).isEqualTo("My edit " + run);
        assertThat(candidates.get(candidate.getId()).getFullName()).isEqualTo("Changed elsewhere " + run);
        assertThat(view.candidate().getId()).isEqualTo(candidate.getId());
    }

    @Test
    void staffNotesSaveWithVersionsAndAStaleSaveKeepsTheText() {
        Candidate candidate = candidate("Notes");
        CandidateView view = navigate("candidates/" + candidate.getId(), CandidateView.class);
        $(com.vaadin.flow.component.tabs.TabSheet.class).single().setSelectedIndex(4);

        view.notes.setValue("Prefers morning sessions");
        view.saveNotes();
        assertThat(candidates.get(candidate.getId()).getStaffNotes()).isEqualTo("Prefers morning sessions");
        assertThat(view.notesConflict.isVisible()).isFalse();

        Candidate current = candidates.get(candidate.getId());
        candidates.replaceStaffNotes(candidate.getId(), current.getVersion(), "A colleague wrote this");
        view.notes.setValue("My longer notes");
        view.saveNotes();

        assertThat(view.notesConflict.isVisible()).isTrue();
        assertThat(view.notes.getValue()).isEqualTo("My longer notes");
        assertThat(candidates.get(candidate.getId()).getStaffNotes()).isEqualTo("A colleague wrote this");
    }

    @Test
    void offersOnlyTheAllowedNextStatusesAndRecordsTheChange() {
        Candidate candidate = candidate("Mover");
        CandidateView view = navigate("candidates/" + candidate.getId(), CandidateView.class);

        assertThat(view.nextStatus.getListDataView().getItems().toList())
                .containsExactly(PipelineStatus.ACTIVE, PipelineStatus.PAUSED, PipelineStatus.CLOSED);
        test(view.nextStatus).selectItem("Active");
        view.changeStatus();

        assertThat(candidates.get(candidate.getId()).getPipelineStatus()).isEqualTo(PipelineStatus.ACTIVE);
        assertThat(candidates.statusHistory(candidate.getId())).hasSize(2);
        assertThat(view.nextStatus.getListDataView().getItems().toList())
                .containsExactly(PipelineStatus.INTERVIEWING, PipelineStatus.PAUSED, PipelineStatus.CLOSED);
    }
}
