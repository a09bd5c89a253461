package fr.ptce.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A module's {@code internal} package is its own: no other module of the library (nor the command line built on
 * them) imports it. What one module offers another is public API, documented as such.
 */
class ModuleBoundariesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importLibraryAndCommandLine() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.ptce");
    }

    @Test
    void onlyTheModelUsesTheModelsInternals() {
        noClasses().that().resideOutsideOfPackage("fr.ptce.model..")
                .should().dependOnClassesThat().resideInAPackage("fr.ptce.model.internal..")
                .because("fr.ptce.model.internal is ptce-model's own").check(classes);
    }

    @Test
    void onlyTheRulesUseTheRulesInternals() {
        noClasses().that().resideOutsideOfPackage("fr.ptce.rules..")
                .should().dependOnClassesThat().resideInAPackage("fr.ptce.rules.internal..")
                .because("fr.ptce.rules.internal is ptce-rules' own").check(classes);
    }

    @Test
    void theCommandLineUsesOnlyTheReportsPublicApi() {
        noClasses().that().resideInAPackage("fr.ptce.examples..")
                .should().dependOnClassesThat().resideInAPackage("fr.ptce.report.internal..")
                .check(classes);
    }
}
