package com.careerbridge.crm.ui.admin;


import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.CandidateFilter;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.ui.common.TypedNameConfirmDialog;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ConsultantsViewIT extends BrowserlessUiTest {


    @Test
    void invitesAConsultantWithAOneTimePasswordShownOnce() {
        signIn(staff("Admin", Role.ADMIN));
        ConsultantsView view = navigate(ConsultantsView.class);

        view.openInvite();
        Dialog invite = $(Dialog.class).last();
        test($(TextField.class, invite).withLabel("Name").single()).setValue("Hana " + run);
        test($(TextField.class, invite).withLabel("E-mail").single()).setValue("hana." + run + "@example.com");
        test($(Button.class, invite).withText("Create account").single()).click();

        TextField password = $(TextField.class).withClassName("one-time-password").single();
        assertThat(password.getValue()).hasSize(16);
        assertThat(password.isReadOnly()).isTrue();
        UserAccount hana = accounts.findByEmail(new EmailAddress("hana." + run + "@example.com")).orElseThrow();
        assertThat(hana.getRole()).isEqualTo(Role.CONSULTANT);
        assertThat(hana.isMustChangePassword()).isTrue();
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void reassignsACaseloadAndDeactivatesTheConsultant() {
        UserAccount leaving = staff("Leaving", Role.CONSULTANT);
        signIn(leaving);
        candidate("First");
        candidate("Second");
        UserAccount taking = staff("Taking", Role.CONSULTANT);
        signIn(staff("Admin", Role.ADMIN));
        ConsultantsView view = navigate(ConsultantsView.class);

        view.openReassign(leaving);
        Dialog dialog = $(Dialog.class).last();
        @SuppressWarnings("unchecked")
        ComboBox<UserAccount> to = $(ComboBox.class, dialog).single();
        to.setValue(to.getListDataView().getItems().filter(a -> a.getId().equals(taking.getId())).findFirst().orElseThrow());
        test($(Button.class, dialog).withText("Reassign caseload").single()).click();

        assertThat(candidateService.count(CandidateFilter.all().withConsultant(taking.getId()).withText(run))).isEqualTo(2);
        assertThat(candidateService.count(CandidateFilter.all().withConsultant(leaving.getId()))).isZero();
        assertThat(notificationTexts()).contains("2 candidates moved to " + taking.getDisplayName() + ".");

        int row = 0;
        while (!test(view.grid).getRow(row).getId().equals(leaving.getId())) {
            row++;
        }
        Button deactivate = (Button) test(view.grid).getCellComponent(row, 6).getChildren()
                .filter(c -> c instanceof Button b && b.getText().equals("Deactivate")).findFirst().orElseThrow();
        test(deactivate).click();
        // asked first, with the name typed (#20)
        assertThat(accounts.findById(leaving.getId()).orElseThrow().isEnabled()).isTrue();
        TypedNameConfirmDialog confirm = $(TypedNameConfirmDialog.class).last();
        assertThat(confirm.getHeaderTitle()).isEqualTo("Deactivate " + leaving.getDisplayName() + "?");
        assertThat(confirm.confirm.isEnabled()).isFalse();
        test(confirm.confirmation).setValue("Leaving");
        assertThat(confirm.confirm.isEnabled()).as("a part of the name is not enough").isFalse();
        test(confirm.confirmation).setValue(leaving.getDisplayName());
        test(confirm.confirm).click();
        assertThat(accounts.findById(leaving.getId()).orElseThrow().isEnabled()).isFalse();
        assertThat(notificationTexts()).contains(leaving.getDisplayName() + " has been deactivated.");
    }
}
