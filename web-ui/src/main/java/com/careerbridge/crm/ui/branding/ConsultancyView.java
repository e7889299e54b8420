package com.careerbridge.crm.ui.branding;

import java.util.Map;
import java.util.function.Supplier;

import com.careerbridge.crm.branding.Brand;
import com.careerbridge.crm.branding.ConsultancyBrand;
import com.careerbridge.crm.branding.ConsultancyProfile;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The admin's page for how the consultancy presents itself: its name in Korean and English, and its logo. Every
 * change is the service's (admins only, audited) and shows at once in the frame around this page; other people see it
 * on their next page.
 */
@Route("admin/consultancy")
@RolesAllowed("ADMIN")
public class ConsultancyView extends VerticalLayout implements HasDynamicTitle {

    private final ConsultancyBrand brand;
    final TextField nameKo = new TextField();
    final TextField nameEn = new TextField();
    final Button save = new Button();
    final Div conflict = new Div();
    final LogoField logo;
    /** The brand as last read or saved here: its version goes with the next change. */
    private Brand shown;

    public ConsultancyView(ConsultancyBrand brand) {
        this.brand = brand;
        addClassName("consultancy-view");

        nameKo.setLabel(getTranslation("field.name.ko"));
        nameEn.setLabel(getTranslation("field.name.en"));
        for (TextField field : new TextField[] {nameKo, nameEn}) {
            field.setMaxLength(ConsultancyProfile.NAME_MAX);
            field.setRequiredIndicatorVisible(true);
            // the service's rules, in the bundles' words: not the web component's own (English) "required" message
            field.setManualValidation(true);
            field.setWidthFull();
        }
        conflict.addClassName("form-conflict");
        conflict.setVisible(false);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> rename());
        Paragraph nameHelp = new Paragraph(getTranslation("consultancy.name.help"));
        nameHelp.addClassName("help-text");

        logo = new LogoField(this::logoUploaded, this::removeLogo);

        add(new H2(getTranslation("consultancy.name.title")), nameHelp, conflict, new FormLayout(nameKo, nameEn), save,
                new H2(getTranslation("consultancy.logo.title")), logo);
        show(brand.current());
    }

    private void show(Brand current) {
        shown = current;
        nameKo.setValue(current.name().ko());
        nameEn.setValue(current.name().en());
        logo.show(current);
    }

    void rename() {
        attempt(Map.of("name.ko", nameKo, "name.en", nameEn),
                () -> brand.rename(shown.version(), LocalizedText.of(nameKo.getValue(), nameEn.getValue())),
                "consultancy.name.saved");
    }

    /** A file from the upload (package-visible so tests can hand in bytes as the upload would). */
    void logoUploaded(byte[] image) {
        attempt(Map.of("logo", logo), () -> brand.replaceLogo(shown.version(), image), "consultancy.logo.saved");
        logo.upload.clearFileList();
    }

    void removeLogo() {
        attempt(Map.of("logo", logo), () -> brand.removeLogo(shown.version()), "consultancy.logo.removed");
    }

    /**
     * Makes the change with the version this page read. Refused: the reason at its field or in a notification; when
     * someone else changed the brand since, the form keeps what was typed and says so above it (the page is reloaded
     * to see their change), as everywhere.
     */
    private void attempt(Map<String, ? extends HasValidation> fields, Supplier<Brand> change, String message) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            changed(change.get(), message);
        } catch (RuntimeException e) {
            conflict.setText(getTranslation(ConflictException.STALE));
            conflict.setVisible(UiErrors.isStaleEdit(e));
            if (!UiErrors.show(this, e, fields)) {
                throw e;
            }
        }
    }

    /**
     * Saved: the form shows what was saved (the names as the service keeps them, without surrounding spaces), and the
     * frame around the page the new brand.
     */
    private void changed(Brand changed, String message) {
        conflict.setVisible(false);
        show(changed);
        UiErrors.success(getTranslation(message));
        getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new BrandChanged(ui, changed)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.consultancy") + " · " + getTranslation("app.name");
    }
}
