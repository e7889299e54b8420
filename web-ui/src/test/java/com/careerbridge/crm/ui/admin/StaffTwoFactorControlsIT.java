package com.careerbridge.crm.ui.admin;

import java.time.Instant;

import com.careerbridge.crm.account.ActingAs;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.SecuritySettings;
import com.careerbridge.crm.account.TwoFactorService;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.account.twofactor.Base32;
import com.careerbridge.crm.account.twofactor.Totp;
import com.careerbridge.crm.ui.account.TwoFactorEnrolmentView;
import com.careerbridge.crm.ui.dashboard.DashboardView;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class StaffTwoFactorControlsIT extends BrowserlessUiTest {

    @Autowired TwoFactorService twoFactor;
    @Autowired SecuritySettings settings;
    @Autowired ActingAs actingAs;

    private UserAccount admin;

    @AfterEach
    void twoFactorOptionalAgain() {
        SecurityContextHolder.clearContext();
        if (admin != null) {
            actingAs.run(admin.getId(), () -> settings.requireTwoFactorForStaff(false));
        }
    }

    @Test
    void anAdminRequiresItForStaffAndResetsAConsultantsLostPhone() {
        UserAccount consultant = staff("LostPhone", Role.CONSULTANT);
        TwoFactorService.Enrolment enrolment = actingAs.call(consultant.getId(), twoFactor::beginEnrolment);
        actingAs.call(consultant.getId(), () -> twoFactor.confirmEnrolment(
                Totp.code(Base32.decode(enrolment.secret()), Totp.step(Instant.now()))));
        admin = staff("Admin", Role.ADMIN);
        signIn(admin);
        ConsultantsView view = navigate(ConsultantsView.class);

        test($(Checkbox.class).withClassName("two-factor-required-toggle").single()).click();
        assertThat(settings.twoFactorRequiredForStaff()).isTrue();

        int row = 0;
        while (!test(view.grid).getRow(row).getId().equals(consultant.getId())) {
            row++;
        }
        Button reset = (Button) test(view.grid).getCellComponent(row, 6).getChildren()
                .filter(c -> c instanceof Button b && b.getText().equals("Reset two-factor login")).findFirst().orElseThrow();
        test(reset).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(twoFactor.isEnabled(consultant.getId())).isFalse();

        SecurityContextHolder.clearContext();
        signIn(consultant);
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(getCurrentView()).as("required, and enrolled no longer").isInstanceOf(TwoFactorEnrolmentView.class);
    }
}
