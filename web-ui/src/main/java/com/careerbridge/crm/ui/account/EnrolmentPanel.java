package com.careerbridge.crm.ui.account;

import java.util.Map;

import com.careerbridge.crm.account.TwoFactorService;
import com.careerbridge.crm.account.twofactor.Totp;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Setting up the authenticator app: a QR code (and the secret as text for typing it in), then the first code to prove
 * the app works, then the recovery codes. Used on the security page and for the enrolment staff are sent to.
 */
class EnrolmentPanel extends VerticalLayout {

    final TextField code = new TextField();
    final Span secret = new Span();

    EnrolmentPanel(TwoFactorService twoFactor, Runnable onDone) {
        addClassName("two-factor-enrolment");
        setPadding(false);
        TwoFactorService.Enrolment enrolment = twoFactor.beginEnrolment();

        Svg qr = new Svg(QrCodeSvg.svg(enrolment.otpauthUri()));
        qr.addClassName("two-factor-qr");
        // A picture to assistive technology, named; the key below is its text alternative for those who cannot scan.
        qr.getElement().setAttribute("role", "img");
        qr.getElement().setAttribute("aria-label", getTranslation("two-factor.enrol.qr"));
        secret.setText(enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        secret.addClassName("two-factor-secret");
        Paragraph manual = new Paragraph(getTranslation("two-factor.enrol.manual"));

        configureCodeField(code, this);
        Button confirm = new Button(getTranslation("two-factor.enrol.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.addClickListener(click -> UiErrors.attempt(this, Map.of("code", code),
                () -> twoFactor.confirmEnrolment(code.getValue())).ifPresent(codes -> {
                    removeAll();
                    Button saved = new Button(getTranslation("two-factor.recovery.saved"), done -> onDone.run());
                    saved.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    add(new RecoveryCodesList(codes), saved);
                }));
        add(new Paragraph(getTranslation("two-factor.enrol.scan")), qr, manual, secret, code, confirm);
    }

    static void configureCodeField(TextField field, com.vaadin.flow.component.Component context) {
        field.setLabel(context.getTranslation("two-factor.code"));
        field.setHelperText(context.getTranslation("two-factor.code.help", Totp.DIGITS));
        field.setMaxLength(32);
        field.getElement().setAttribute("autocomplete", "one-time-code");
        field.getElement().setAttribute("inputmode", "numeric");
        field.setAutofocus(true);
    }
}
