package com.careerbridge.crm.ui.common;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Asks for a name to be typed before an act that is hard or impossible to undo (erasing a candidate, deactivating a
 * consultant): a deliberate step, not a click on the wrong row. The button only works once the whole name is typed.
 * The caller adds what the button does ({@link #confirm}) and the texts.
 */
public class TypedNameConfirmDialog extends Dialog {

    public final TextField confirmation = new TextField();
    public final Button confirm = new Button();

    public TypedNameConfirmDialog(String title, String explanation, String name, String label, String confirmText) {
        addClassName("typed-name-confirm-dialog");
        setHeaderTitle(title);
        confirmation.setLabel(label);
        confirmation.setWidthFull();
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        confirm.setText(confirmText);
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirmation.addValueChangeListener(change -> confirm.setEnabled(change.getValue().strip().equals(name.strip())));
        add(new Paragraph(explanation), confirmation);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
