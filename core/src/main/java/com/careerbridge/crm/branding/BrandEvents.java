package com.careerbridge.crm.branding;

/**
 * What an admin changed about the consultancy's brand, for the security audit log. {@code changedBy} is null for
 * system work (the demo data).
 */
public final class BrandEvents {

    private BrandEvents() {
    }

    public record ConsultancyRenamed(Long changedBy) {
    }

    /** {@code format}: "png" or "jpeg". */
    public record LogoReplaced(Long changedBy, String format) {
    }

    public record LogoRemoved(Long changedBy) {
    }
}
