package com.careerbridge.crm.ui.account;

import java.util.Map;

import com.careerbridge.crm.account.TwoFactorService;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * One's own sign-in security: two-factor login on or off, recovery codes left, new recovery codes. Staff and
 * candidates alike; staff cannot turn it off while an admin requires it.
 */
@Route("account/security")
@PermitAll
public class AccountSecurityView extends VerticalLayout implements HasDynamicTitle {

    private final TwoFactorService twoFactor;
    final Paragraph status = new Paragraph();
    private final VerticalLayout content = new VerticalLayout();

    public AccountSecurityView(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
        addClassName("account-security-view");
        setMaxWidth("40rem");
        status.addClassName("two-factor-status");
        content.setPadding(false);
        add(new H2(getTranslation("account.security")), new H3(getTranslation("two-factor.title")), status, content);
        refresh();
    }

    void refresh() {
        TwoFactorService.Status current = twoFactor.status();
        content.removeAll();
        if (!current.enabled()) {
            status.setText(getTranslation(current.required() ? "two-factor.status.off-required" : "two-factor.status.off"));
            Button setUp = new Button(getTranslation("two-factor.enrol.start"), click -> startEnrolment());
            setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(new Paragraph(getTranslation("two-factor.explain")), setUp);
            return;
        }
        status.setText(getTranslation("two-factor.status.on", current.recoveryCodesLeft()));
        Button regenerate = new Button(getTranslation("two-factor.recovery.regenerate"), click -> openRegenerate());
        HorizontalLayout actions = new HorizontalLayout(regenerate);
        if (current.mayDisable()) {
            Button disable = new Button(getTranslation("two-factor.disable"), click -> openDisable());
            disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(disable);
        } else if (current.required()) {
            content.add(new Paragraph(getTranslation("two-factor.required-note")));
        }
        content.add(actions);
    }

    void startEnrolment() {
        content.removeAll();
        content.add(new EnrolmentPanel(twoFactor, () -> {
            UiErrors.success(getTranslation("two-factor.enrol.done"));
            refresh();
        }));
    }

    void openRegenerate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("two-factor.recovery.regenerate"));
        TextField code = new TextField();
        EnrolmentPanel.configureCodeField(code, this);
        code.setHelperText(getTranslation("two-factor.recovery.regenerate-help"));
        dialog.add(code);
        Button create = new Button(getTranslation("two-factor.recovery.regenerate"), click ->
                UiErrors.attempt(this, Map.of("code", code), () -> twoFactor.regenerateRecoveryCodes(code.getValue()))
                        .ifPresent(codes -> {
                            dialog.removeAll();
                            dialog.add(new RecoveryCodesList(codes));
                            dialog.getFooter().removeAll();
                            dialog.getFooter().add(new Button(getTranslation("two-factor.recovery.saved"), done -> {
                                dialog.close();
                                refresh();
                            }));
                        }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.setCloseOnOutsideClick(false);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), create);
        dialog.open();
    }

    void openDisable() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("two-factor.disable"));
        PasswordField proof = new PasswordField(getTranslation("two-factor.disable.proof"));
        proof.setWidthFull();
        dialog.add(new Paragraph(getTranslation("two-factor.disable.help")), proof);
        Button disable = new Button(getTranslation("two-factor.disable"), click ->
                UiErrors.attempt(this, Map.of("code", proof), () -> {
                    twoFactor.disable(proof.getValue());
                    return Boolean.TRUE;
                }).ifPresent(done -> {
                    dialog.close();
                    UiErrors.success(getTranslation("two-factor.disabled"));
                    refresh();
                }));
        disable.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), disable);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.security") + " · " + getTranslation("app.name");
    }
}
