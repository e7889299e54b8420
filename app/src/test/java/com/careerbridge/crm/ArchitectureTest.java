package com.careerbridge.crm;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.vaadin.flow.component.grid.Grid;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The direction of dependencies that the Maven modules already enforce, checked once more on the classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // The other modules arrive as jars in the reactor build and as directories in the IDE: import both, but never
        // test code (test-classes directories and the core test jar).
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .withImportOption(location -> location.contains("careerbridge") || !location.isJar())
                .importPackages("com.careerbridge.crm");
    }

    @Test
    void coreDependsOnNeitherFrontEnd() {
        noClasses().that().resideOutsideOfPackages("com.careerbridge.crm.api..", "com.careerbridge.crm.ui..", "com.careerbridge.crm.app..")
                .and().resideInAPackage("com.careerbridge.crm..")
                .and().doNotHaveSimpleName("CareerBridgeApplication")
                .should().dependOnClassesThat().resideInAnyPackage("com.careerbridge.crm.api..", "com.careerbridge.crm.ui..",
                        "com.vaadin..", "org.springframework.web.servlet..")
                .check(classes);
    }

    @Test
    void apiAndWebUiDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("com.careerbridge.crm.api..")
                .should().dependOnClassesThat().resideInAPackage("com.careerbridge.crm.ui..")
                .check(classes);
        noClasses().that().resideInAPackage("com.careerbridge.crm.ui..")
                .should().dependOnClassesThat().resideInAPackage("com.careerbridge.crm.api..")
                .check(classes);
    }

    @Test
    void coreFeaturePackagesHaveNoCycles() {
        slices().matching("com.careerbridge.crm.(*)..")
                .should().beFreeOfCycles()
                .check(classes.that(com.tngtech.archunit.base.DescribedPredicate.describe("core classes",
                        javaClass -> !javaClass.getPackageName().startsWith("com.careerbridge.crm.api")
                                && !javaClass.getPackageName().startsWith("com.careerbridge.crm.ui")
                                && !javaClass.getPackageName().startsWith("com.careerbridge.crm.app"))));
    }

    /** The API's packages build on each other in one direction (error ← http ← the endpoints), never in a circle. */
    @Test
    void apiPackagesHaveNoCycles() {
        slices().matching("com.careerbridge.crm.api.(*)..")
                .should().beFreeOfCycles()
                .check(classes);
    }

    /** The same for the web UI's packages (a view finds another by its route path where a class would close a circle). */
    @Test
    void webUiPackagesHaveNoCycles() {
        slices().matching("com.careerbridge.crm.ui.(*)..")
                .should().beFreeOfCycles()
                .check(classes);
    }

    /**
     * Every list in the web UI says so when it is empty (#20): a class that builds a grid also gives it an empty-state
     * text (a subclass of Grid, in its own code), so nobody is left looking at blank rows wondering whether the page
     * is still loading.
     */
    @Test
    void everyGridSaysWhenItIsEmpty() {
        java.util.List<String> silent = new java.util.ArrayList<>();
        for (JavaClass owner : classes.that(com.tngtech.archunit.base.DescribedPredicate.describe("web UI classes",
                javaClass -> javaClass.getPackageName().startsWith("com.careerbridge.crm.ui")))) {
            boolean buildsAGrid = owner.getConstructorCallsFromSelf().stream()
                    .anyMatch(call -> call.getTargetOwner().isEquivalentTo(Grid.class))
                    || owner.getRawSuperclass().filter(parent -> parent.isEquivalentTo(Grid.class)).isPresent();
            boolean saysEmpty = owner.getMethodCallsFromSelf().stream()
                    .anyMatch(call -> call.getName().equals("setEmptyStateText")
                            || call.getName().equals("setEmptyStateComponent"));
            if (buildsAGrid && !saysEmpty) {
                silent.add(owner.getName());
            }
        }
        org.assertj.core.api.Assertions.assertThat(silent).as("grids without an empty-state text").isEmpty();
    }
}
