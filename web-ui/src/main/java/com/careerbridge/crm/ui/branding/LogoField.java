package com.careerbridge.crm.ui.branding;

import java.util.function.Consumer;

import com.careerbridge.crm.branding.Brand;
import com.careerbridge.crm.branding.ConsultancyProfile;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.ui.common.FieldError;
import com.careerbridge.crm.ui.common.HasFieldError;
import com.careerbridge.crm.ui.common.UploadTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The logo as the admin sees and changes it: a preview (or a word that there is none), an upload that replaces it at
 * once, a button that removes it, and the reason when the service refused a file — at the field, like a text field's
 * error ({@link HasFieldError}, so that {@code UiErrors} finds it under the field name "logo").
 */
class LogoField extends Div implements HasFieldError {

    final Upload upload;
    final Button remove = new Button();
    final Div preview = new Div();
    final FieldError error = new FieldError();

    LogoField(Consumer<byte[]> uploaded, Runnable removed) {
        addClassName("logo-field");
        preview.addClassName("logo-preview");
        Paragraph help = new Paragraph(getTranslation("consultancy.logo.help"));
        help.addClassName("help-text");
        help.setId("logo-help");

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> uploaded.accept(bytes)))));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFileSize(ConsultancyProfile.LOGO_MAX_BYTES);
        upload.setMaxFiles(1);
        upload.getElement().setAttribute("aria-describedby", "logo-help logo-error");
        UploadTexts.localize(upload);

        remove.setText(getTranslation("consultancy.logo.remove"));
        remove.setIcon(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(click -> removed.run());

        error.setId("logo-error");
        add(preview, help, upload, error, remove);
    }

    /** Shows the brand's logo, or that there is none. */
    void show(Brand brand) {
        preview.removeAll();
        if (brand.hasLogo()) {
            preview.add(BrandMark.logo(brand, brand.name(Language.of(getLocale()))));
        } else {
            Paragraph none = new Paragraph(getTranslation("consultancy.logo.none"));
            none.addClassName("help-text");
            preview.add(none);
        }
        remove.setVisible(brand.hasLogo());
        upload.clearFileList();
    }

    @Override
    public FieldError fieldError() {
        return error;
    }
}
