package com.careerbridge.testsupport.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that checks what the other test classes of the run observed, so it must run after all of them.
 * {@link RunsLastOrderer} (configured for the module's test runs in its pom) moves it to the end.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RunsLast {
}
