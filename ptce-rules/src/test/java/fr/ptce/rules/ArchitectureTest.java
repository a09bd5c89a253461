package fr.ptce.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Architecture and security rules of the library's main code (ptce-model and ptce-rules): the model stays free
 * of Drools, no input can reach a rule compiler, a class loader or polymorphic deserialisation.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/fr/ptce/rules/referentials/"))
            .importPackages("fr.ptce.model", "fr.ptce.rules");

    @Test
    void theModelDoesNotDependOnDrools() {
        noClasses().that().resideInAPackage("fr.ptce.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..", "fr.ptce.rules..")
                .check(MAIN);
    }

    @Test
    void nothingCompilesRulesAtRunTime() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.kie.api.builder..",
                        "org.kie.internal.builder..", "org.drools.compiler..", "org.kie.internal.utils..")
                .because("the rules are compiled at build time; no input may reach a rule compiler")
                .check(MAIN);
    }

    @Test
    void nothingDefinesClassesOrUsesScripting() {
        noClasses().should().callMethod(ClassLoader.class, "defineClass", String.class, byte[].class, int.class, int.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("javax.script..", "jakarta.el..")
                .check(MAIN);
    }

    @Test
    void noPolymorphicDeserialisation() {
        noClasses().should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.base.DescribedPredicate.describe("default typing",
                                t -> t.getName().contains("DefaultTyping"))))
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonTypeInfo")
                .check(MAIN);
    }
}
