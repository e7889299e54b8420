package com.careerbridge.crm;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.careerbridge.crm.shared.ForOtherFeatures;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the front ends may use of core: its public services and use cases, never what core keeps for its own features
 * (methods without an access check, repositories). Java's modifiers cannot say "public within core"; this test does.
 */
class ModuleBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .withImportOption(location -> location.contains("careerbridge") || !location.isJar())
                .importPackages("com.careerbridge.crm");
    }

    @Test
    void frontEndsNeverCallWhatCoreKeepsForItsOtherFeatures() {
        noClasses().that().resideInAnyPackage("com.careerbridge.crm.api..", "com.careerbridge.crm.ui..")
                .should().callCodeUnitWhere(describe("a method marked @ForOtherFeatures (no access check)",
                        call -> call.getTarget().isAnnotatedWith(ForOtherFeatures.class)))
                .check(classes);
    }

    @Test
    void frontEndsNeverTouchRepositories() {
        noClasses().that().resideInAnyPackage("com.careerbridge.crm.api..", "com.careerbridge.crm.ui..")
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .check(classes);
    }
}
