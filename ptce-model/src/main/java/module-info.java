/**
 * The domain model of a PTCE, its JSON format v1 ({@code PoleReader}, {@code PoleWriter}), its structural validation
 * (Jakarta Bean Validation with Hibernate Validator), the CSV import of members and the French reference data.
 *
 * <p>Exports the API packages only: {@code fr.ptce.model.internal} stays unexported. The reflection the libraries
 * underneath need is opened to them alone: Jackson binds the records (and the deserializers of the internal package),
 * Hibernate Validator reads the constraints of the records and instantiates the validators. The reference data
 * (CSV) and the message files are read by this module's own classes, so no package is opened to everyone.
 */
module fr.ptce.model {
    // in the API: PoleLocations.document() is a JsonNode, the validators are jakarta.validation ConstraintValidators
    requires transitive com.fasterxml.jackson.databind;
    requires transitive jakarta.validation;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.hibernate.validator;
    // the expression language of the constraint messages (Hibernate Validator requires it "static" only)
    requires jakarta.el;
    requires org.glassfish.expressly;
    requires java.logging;

    exports fr.ptce.model;
    exports fr.ptce.model.classification;
    exports fr.ptce.model.csv;
    exports fr.ptce.model.json;
    exports fr.ptce.model.reference;
    exports fr.ptce.model.sirene;
    exports fr.ptce.model.text;
    exports fr.ptce.model.validation;

    opens fr.ptce.model to com.fasterxml.jackson.databind, org.hibernate.validator;
    opens fr.ptce.model.classification to com.fasterxml.jackson.databind;
    opens fr.ptce.model.csv to com.fasterxml.jackson.databind;
    opens fr.ptce.model.json to com.fasterxml.jackson.databind;
    opens fr.ptce.model.reference to com.fasterxml.jackson.databind;
    opens fr.ptce.model.sirene to com.fasterxml.jackson.databind;
    opens fr.ptce.model.internal to com.fasterxml.jackson.databind;
    opens fr.ptce.model.validation to org.hibernate.validator;
}
