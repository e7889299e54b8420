package com.careerbridge.crm.ui.branding;

import com.careerbridge.crm.branding.Brand;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the admin changed the brand on this page, so that the layout around it shows it at once. */
class BrandChanged extends ComponentEvent<UI> {

    private final Brand brand;

    BrandChanged(UI ui, Brand brand) {
        super(ui, false);
        this.brand = brand;
    }

    Brand brand() {
        return brand;
    }
}
