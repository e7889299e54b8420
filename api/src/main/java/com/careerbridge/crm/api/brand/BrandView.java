package com.careerbridge.crm.api.brand;

import com.careerbridge.crm.branding.Brand;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The consultancy as the app names it: both names (the app picks the one of its language), the logo's address with
 * the version in it (null without a logo), and the version, which changes with every change of name or logo.
 */
record BrandView(BrandName name,
                 @Schema(description = "Root-relative address of the logo, e.g. /api/v1/brand/logo?v=4; it changes "
                         + "with the logo, so the image may be cached for as long as the address stays the same. "
                         + "Null when the consultancy has no logo", nullable = true)
                 String logoUrl,
                 long version) {

    /** The consultancy's name in Korean and in English. */
    record BrandName(String ko, String en) {
    }

    static BrandView from(Brand brand) {
        return new BrandView(new BrandName(brand.name().ko(), brand.name().en()), brand.logoPath(), brand.version());
    }
}
