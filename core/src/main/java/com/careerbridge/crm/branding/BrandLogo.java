package com.careerbridge.crm.branding;

/** The logo's bytes as stored, with their content type and the brand's version (the entity tag). */
public record BrandLogo(byte[] image, String contentType, long version) {
}
