package com.careerbridge.testsupport;

import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.branding.Brand;
import com.careerbridge.crm.branding.ConsultancyBrand;
import com.careerbridge.crm.shared.LocalizedText;

/**
 * The consultancy's brand belongs to the whole database, which test classes share: tests that change it put back the
 * default a consultancy starts with (V88) — this name, no logo.
 */
public final class BrandDefaults {

    public static final LocalizedText NAME = LocalizedText.of("CareerBridge", "CareerBridge");

    private BrandDefaults() {
    }

    public static void restore(ConsultancyBrand brand) {
        SystemWork.run(() -> {
            Brand now = brand.removeLogo(brand.current().version());
            if (!now.name().equals(NAME)) {
                brand.rename(now.version(), NAME);
            }
        });
    }
}
