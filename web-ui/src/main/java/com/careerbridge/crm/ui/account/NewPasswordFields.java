package com.careerbridge.crm.ui.account;

import com.careerbridge.crm.account.PasswordPolicy;
import com.careerbridge.crm.shared.InvalidValueException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * The "new password" and "repeat it" fields of the reset and set-password pages, with the policy's rule as helper text
 * and the service's refusals shown at the field.
 */
final class NewPasswordFields {

    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    private final Component owner;

    NewPasswordFields(Component owner) {
        this.owner = owner;
        password.setLabel(owner.getTranslation("account.password.new"));
        password.setHelperText(owner.getTranslation("account.password.rule", PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.MAX_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setWidthFull();
        repeat.setLabel(owner.getTranslation("account.password.repeat"));
        repeat.setWidthFull();
        forgetRefusalOnChange(password);
        forgetRefusalOnChange(repeat);
    }

    /**
     * A refusal ("too common", "not the same") is about the value it was given: once the value changes, neither the
     * mark nor the message stay with the field (#20). Vaadin's own check only lifts the mark, and kept the old
     * message for the next time the field was marked.
     */
    static void forgetRefusalOnChange(PasswordField field) {
        field.addValueChangeListener(change -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** Clears earlier errors; false (with an error at the second field) when the two differ. */
    boolean matchOrComplain() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(owner.getTranslation("error.password-mismatch"));
            repeat.setInvalid(true);
            return false;
        }
        return true;
    }

    void show(InvalidValueException refused) {
        InvalidValueException.FieldViolation violation = refused.violations().getFirst();
        password.setErrorMessage(owner.getTranslation("error." + violation.reason(), PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.MAX_LENGTH));
        password.setInvalid(true);
    }
}
