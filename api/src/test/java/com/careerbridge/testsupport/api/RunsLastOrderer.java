package com.careerbridge.testsupport.api;

import java.util.Comparator;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Keeps the run's order of test classes and moves those marked {@link RunsLast} behind all others, whatever order
 * the build tool or a developer's selection produced. Surefire and Failsafe hand all classes of a module to one
 * JUnit launch, so "last" means after every other class of the run.
 */
public class RunsLastOrderer implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(
                descriptor -> descriptor.getTestClass().isAnnotationPresent(RunsLast.class)));
    }
}
