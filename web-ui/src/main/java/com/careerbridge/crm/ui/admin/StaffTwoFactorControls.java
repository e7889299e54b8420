package com.careerbridge.crm.ui.admin;

import java.util.Map;
import java.util.Optional;

import com.careerbridge.crm.account.SecuritySettings;
import com.careerbridge.crm.account.TwoFactorService;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.springframework.stereotype.Component;

/**
 * The admin's two-factor controls on the staff page: whether staff must sign in with a second factor, and taking it
 * off an account whose phone is lost (they set it up again at the next sign-in when it is required). The services
 * check that the caller is an admin; these only draw the controls.
 */
@Component
class StaffTwoFactorControls {

    private final TwoFactorService twoFactor;
    private final SecuritySettings settings;

    StaffTwoFactorControls(TwoFactorService twoFactor, SecuritySettings settings) {
        this.twoFactor = twoFactor;
        this.settings = settings;
    }

    Checkbox requirementToggle() {
        Checkbox required = new Checkbox();
        required.addClassName("two-factor-required-toggle");
        required.setLabel(required.getTranslation("admin.two-factor.required"));
        required.setValue(settings.twoFactorRequiredForStaff());
        required.addValueChangeListener(change -> {
            if (!change.isFromClient() && change.getValue() == settings.twoFactorRequiredForStaff()) {
                return;
            }
            UiErrors.attempt(required, Map.of(), () -> {
                settings.requireTwoFactorForStaff(change.getValue());
                return Boolean.TRUE;
            }).ifPresentOrElse(done -> UiErrors.success(required.getTranslation(change.getValue()
                            ? "admin.two-factor.required-on" : "admin.two-factor.required-off")),
                    () -> required.setValue(change.getOldValue()));
        });
        return required;
    }

    /** A reset button for an account that has two-factor login on; nothing for one that has not. */
    Optional<Button> resetButton(UserAccount account, Runnable onDone) {
        if (!twoFactor.isEnabled(account.getId())) {
            return Optional.empty();
        }
        Button reset = new Button();
        reset.setText(reset.getTranslation("admin.two-factor.reset"));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        reset.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(reset.getTranslation("admin.two-factor.reset"));
            confirm.setText(reset.getTranslation("admin.two-factor.reset-confirm", account.getDisplayName()));
            confirm.setCancelable(true);
            confirm.setCancelText(reset.getTranslation("action.cancel"));
            confirm.setConfirmText(reset.getTranslation("admin.two-factor.reset"));
            confirm.addConfirmListener(yes -> UiErrors.attempt(reset, Map.of(), () -> {
                twoFactor.reset(account.getId());
                return Boolean.TRUE;
            }).ifPresent(done -> {
                UiErrors.success(reset.getTranslation("admin.two-factor.reset-done", account.getDisplayName()));
                onDone.run();
            }));
            confirm.open();
        });
        return Optional.of(reset);
    }
}
