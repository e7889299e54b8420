package com.careerbridge.crm.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public core method that skips the access check because its callers, other core features, have already decided who
 * may see what (readiness, the digest, erasure). It is public only because Java has no "visible to core" modifier; the
 * front ends must never call it, and {@code ModuleBoundariesTest} fails the build when one does.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ForOtherFeatures {
}
