/**
 * Checks a PTCE against its referentials: the rules are Drools rules compiled at build time into the executable
 * model (kie-maven-plugin), one referential per package of {@code fr.ptce.rules.referentials}.
 *
 * <p>Exports the API packages only ({@code fr.ptce.rules}, the fact model {@code fr.ptce.rules.facts} and the Bean
 * Validation constraint {@code fr.ptce.rules.validation}); {@code fr.ptce.rules.internal} stays unexported. Each
 * built-in referential's package is opened, not exported: the discovery reads its {@code referential.json} and
 * messages through a class loader, which finds a resource of a named module only in a package opened to everyone. The
 * model classes kie-maven-plugin generates there (listed in {@code META-INF/kie/fr.ptce/ptce-rules/drools-model}) are
 * loaded by the module itself; this file lives outside {@code src/main/java} because kie-maven-plugin reads every
 * Java file there and refuses one without a package.
 */
module fr.ptce.rules {
    requires transitive fr.ptce.model;
    requires com.fasterxml.jackson.databind;
    requires org.kie.api;
    requires org.drools.canonicalmodel;
    requires org.drools.modelcompiler;
    requires org.slf4j;

    exports fr.ptce.rules;
    exports fr.ptce.rules.facts;
    exports fr.ptce.rules.validation;

    opens fr.ptce.rules to com.fasterxml.jackson.databind;
    opens fr.ptce.rules.facts to com.fasterxml.jackson.databind;
    opens fr.ptce.rules.validation to org.hibernate.validator;

    opens fr.ptce.rules.referentials.loi2014856art9;
    opens fr.ptce.rules.referentials.decret2015431art3;
    opens fr.ptce.rules.referentials.chartelaboess;
    opens fr.ptce.rules.referentials.data;
}
