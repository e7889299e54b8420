package com.careerbridge.crm.roleguide;

/** A guide version with its content and its heading, read together (see {@link RoleGuideService#versionWithHeading}). */
public record VersionWithHeading(RoleGuideVersion version, VersionHeading heading) {
}
