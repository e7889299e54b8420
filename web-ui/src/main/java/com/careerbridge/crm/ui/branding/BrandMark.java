package com.careerbridge.crm.ui.branding;

import java.util.Optional;

import com.careerbridge.crm.branding.Brand;
import com.careerbridge.crm.branding.ConsultancyBrand;
import com.careerbridge.crm.shared.Language;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;

/**
 * The consultancy's logo (when it has one) and name, in the viewer's language: the main layout's drawer, the candidate
 * portal's header and the sign-in page. The logo's alternative text is the name; the name beside it is then hidden from
 * screen readers, so that they say it once. Follows a change the admin makes in the same browser tab.
 */
public final class BrandMark {

    /** Which version in which language a container shows. */
    private static final String SHOWN = BrandMark.class.getName() + ".shown";

    private BrandMark() {
    }

    /** As a block of its own (the drawer, the portal). */
    public static Div block(ConsultancyBrand brand, String className) {
        return fill(new Div(), brand, className);
    }

    /** As the page's one heading (the sign-in page). */
    public static H1 heading(ConsultancyBrand brand, String className) {
        return fill(new H1(), brand, className);
    }

    private static <T extends HtmlContainer> T fill(T container, ConsultancyBrand brand, String className) {
        container.addClassNames("brand-mark", className);
        show(container, brand.current());
        Registration[] listening = new Registration[1];
        container.addAttachListener((AttachEvent attach) -> listening[0] = ComponentUtil.addListener(attach.getUI(),
                BrandChanged.class, changed -> show(container, changed.brand())));
        container.addDetachListener((DetachEvent detach) -> {
            if (listening[0] != null) {
                listening[0].remove();
            }
        });
        return container;
    }

    /**
     * Shows the brand as it is now, if it changed since it was shown here or the viewer's language did: for a frame
     * that outlives a navigation (the main layout) or a view Vaadin reuses (the sign-in page).
     */
    public static void refresh(HtmlContainer container, ConsultancyBrand brand) {
        show(container, brand.current());
    }

    private static void show(HtmlContainer container, Brand brand) {
        // the viewer's language, as Component.getLocale() would find it (protected there)
        Language language = Language.of(container.getUI().or(() -> Optional.ofNullable(UI.getCurrent()))
                .map(UI::getLocale).orElse(null));
        String shown = brand.version() + ":" + language;
        if (shown.equals(ComponentUtil.getData(container, SHOWN))) {
            return;
        }
        ComponentUtil.setData(container, SHOWN, shown);
        container.removeAll();
        String name = brand.name(language);
        Span text = new Span(name);
        text.addClassName("brand-name");
        if (brand.hasLogo()) {
            container.add(logo(brand, name));
            text.getElement().setAttribute("aria-hidden", "true");
        }
        container.add(text);
    }

    /** The logo as an image; relative address, as the page's base address makes it work on every route. */
    static Image logo(Brand brand, String name) {
        Image logo = new Image(brand.logoPath().substring(1), name);
        logo.addClassName("brand-logo");
        return logo;
    }
}
