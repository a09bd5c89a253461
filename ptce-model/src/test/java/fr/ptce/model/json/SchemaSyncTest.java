package fr.ptce.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import fr.ptce.model.Aims;
import fr.ptce.model.Cooperation;
import fr.ptce.model.CooperationType;
import fr.ptce.model.DecisionBody;
import fr.ptce.model.EnterpriseGrouping;
import fr.ptce.model.EsusApproval;
import fr.ptce.model.Governance;
import fr.ptce.model.Innovation;
import fr.ptce.model.Member;
import fr.ptce.model.Patterns;
import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.Problem;
import fr.ptce.model.Project;
import fr.ptce.model.Relation;
import fr.ptce.model.Role;
import fr.ptce.model.Seat;
import fr.ptce.model.SireneEss;
import fr.ptce.model.StateSupport;
import fr.ptce.model.Statute;
import fr.ptce.model.Territory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema {@code fr/ptce/model/ptce-format-v1.schema.json} and {@link PoleReader} agree: every valid document
 * passes both; every structurally broken one fails both, at the same JSON path; what the schema cannot check is listed
 * here and is rejected by the reader; the schema's vocabulary is the Java model's.
 */
class SchemaSyncTest {
    static final String SCHEMA_RESOURCE = "/fr/ptce/model/ptce-format-v1.schema.json";

    /** Poles of the examples module, resolved from this module's directory (the tests' working directory). */
    private static final Path EXAMPLE_POLES = Path.of("..", "ptce-examples", "src", "main", "resources", "poles");

    /** Fixtures that are not one JSON value: a JSON Schema has nothing to validate. */
    private static final Set<String> NOT_JSON = Set.of("01-truncated-json", "02-trailing-garbage");

    /**
     * Broken fixtures the schema cannot catch, and why: they are well-formed by structure; only the reader can see
     * duplicate keys (lost when JSON is parsed into a value), compute check digits, look codes up in the shipped
     * reference data, resolve references between members, check that a date exists, and compare two values.
     */
    private static final Map<String, String> BEYOND_THE_SCHEMA = Map.ofEntries(
            Map.entry("08-duplicate-key", "a parsed JSON value keeps one of the duplicate keys"),
            Map.entry("09-duplicate-member-id", "uniqueness of a property across array items"),
            Map.entry("10-dangling-carrier", "cross reference"),
            Map.entry("11-dangling-animator", "cross reference"),
            Map.entry("12-dangling-seat-member", "cross reference"),
            Map.entry("13-dangling-cooperation-member", "cross reference"),
            Map.entry("14-dangling-project-member", "cross reference"),
            Map.entry("15-invalid-siren", "Luhn check digit"),
            Map.entry("16-invalid-siret", "Luhn check digit"),
            Map.entry("17-siret-not-starting-with-siren", "comparison of two fields"),
            Map.entry("18-wrong-la-poste-siret", "La Poste's digit-sum rule"),
            Map.entry("19-unknown-legal-category", "INSEE reference data"),
            Map.entry("20-unknown-commune", "COG reference data"),
            Map.entry("21-unknown-epci", "COG reference data"),
            Map.entry("22-unknown-departement", "COG reference data"),
            Map.entry("35-unknown-region", "COG reference data"),
            Map.entry("39-unknown-headcount-band", "INSEE reference data"),
            Map.entry("23-impossible-date", "format \"date\" is an annotation, not an assertion, in draft 2020-12"),
            Map.entry("24-left-before-joined", "order of two dates"),
            Map.entry("38-until-before-since", "order of two dates"),
            Map.entry("43-dangling-legal-entity", "cross reference"),
            Map.entry("44-legal-entity-natural-person", "a property of the entry the reference names"),
            Map.entry("45-legal-entity-category-mismatch", "comparison of a pole field with a field of the entry it names"),
            Map.entry("49-esus-approval-expiring-when-granted", "order of two dates"),
            Map.entry("50-esus-approval-expiring-before-granted", "order of two dates"),
            Map.entry("53-decided-on-impossible-date",
                    "format \"date\" is an annotation, not an assertion, in draft 2020-12"));

    private static final Schema SCHEMA = loadSchema();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final PoleReader reader = PoleReader.create();

    // ---- documents ------------------------------------------------------------------------------------------------

    static List<Path> validFixtures() {
        return Fixtures.valid();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFixtures")
    void validFixtureSatisfiesTheSchemaAndTheReader(Path file) {
        assertThat(schemaErrors(file)).isEmpty();
        assertThat(reader.read(file)).isNotNull();
    }

    @TestFactory
    Stream<DynamicTest> everyExamplePoleSatisfiesTheSchemaAndTheReader() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(EXAMPLE_POLES), "no example poles at " + EXAMPLE_POLES.toAbsolutePath());
        List<Path> poles;
        try (Stream<Path> files = Files.walk(EXAMPLE_POLES)) {
            poles = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return poles.stream().map(file -> DynamicTest.dynamicTest(EXAMPLE_POLES.relativize(file).toString(), () -> {
            assertThat(schemaErrors(file)).isEmpty();
            assertThat(reader.read(file)).isNotNull();
        }));
    }

    static List<String> structuralFixtures() {
        return Fixtures.brokenNames().stream()
                .filter(name -> !NOT_JSON.contains(name) && !BEYOND_THE_SCHEMA.containsKey(name))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structuralFixtures")
    void structuralDefectIsRejectedByTheSchemaAndTheReaderAtTheSamePath(String fixture) {
        Path file = Fixtures.broken(fixture);

        Set<String> schemaPaths = schemaErrorPaths(file);
        Set<String> readerPaths = readerProblemPaths(file);

        assertThat(schemaPaths).as("schema errors").isNotEmpty();
        assertThat(readerPaths).as("reader problems").containsAll(schemaPaths);
    }

    /** The structural fixtures with one defect (99-many-problems also has defects beyond the schema). */
    static List<String> singleStructuralDefects() {
        return structuralFixtures().stream().filter(name -> !name.equals("99-many-problems")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleStructuralDefects")
    void singleStructuralDefectIsTheOnlyOneBothSee(String fixture) {
        Path file = Fixtures.broken(fixture);

        assertThat(schemaErrorPaths(file)).isEqualTo(readerProblemPaths(file));
    }

    static List<String> fixturesBeyondTheSchema() {
        return new ArrayList<>(new TreeSet<>(BEYOND_THE_SCHEMA.keySet()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixturesBeyondTheSchema")
    void defectBeyondTheSchemaPassesTheSchemaButNotTheReader(String fixture) {
        Path file = Fixtures.broken(fixture);

        assertThat(schemaErrors(file)).as("schema errors").isEmpty();
        assertThat(readerProblemPaths(file)).as("reader problems").isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notJson")
    void documentThatIsNotOneJsonValueIsRejectedByAStrictParserAndTheReader(String fixture) {
        Path file = Fixtures.broken(fixture);

        assertThatThrownBy(() -> JSON.readTree(Fixtures.text(file))).isInstanceOf(JsonProcessingException.class);
        assertThat(readerProblemPaths(file)).containsExactly("$");
    }

    static List<String> notJson() {
        return new ArrayList<>(new TreeSet<>(NOT_JSON));
    }

    @Test
    void everyListedFixtureExists() {
        assertThat(Fixtures.brokenNames()).containsAll(BEYOND_THE_SCHEMA.keySet()).containsAll(NOT_JSON);
    }

    @Test
    void integralNumberWithAFractionIsAnIntegerForTheSchemaButNotForTheReader() {
        // JSON Schema (2020-12) counts 1.0 as an integer; the reader binds integers strictly: documented in the schema.
        String json = BrokenDocumentsTest.smallPoleWith("\"votes\": 2", "\"votes\": 2.0");

        assertThat(SCHEMA.validate(parse(json))).isEmpty();
        PoleFormatException e = catchThrowableOfType(PoleFormatException.class, () -> reader.read(json));
        assertThat(e.problems()).extracting(Problem::path).containsExactly("$.governance.bodies[0].seats[0].votes");
        assertThat(schemaDescription()).contains("1.0");
    }

    // ---- where the schema is stricter than the reader today (see the disabled tests of BrokenDocumentsTest) --------

    @Test
    void schemaRejectsADateGivenAsAnArray() {
        String json = BrokenDocumentsTest.smallPoleWith("\"joinedOn\": \"2010-12-02\"", "\"joinedOn\": [2010, 12, 2]");

        assertThat(schemaErrorPaths(parse(json))).containsExactly("$.members[0].joinedOn");
    }

    @Test
    void schemaRejectsADateTime() {
        String json = BrokenDocumentsTest.smallPoleWith("\"joinedOn\": \"2010-12-02\"",
                "\"joinedOn\": \"2010-12-02T10:00:00\"");

        assertThat(schemaErrorPaths(parse(json))).containsExactly("$.members[0].joinedOn");
    }

    @Test
    void schemaRejectsDerivedPropertyNames() {
        String json = BrokenDocumentsTest.smallPoleWith("\"regions\": [\"27\"]", "\"regions\": [\"27\"], \"declared\": true");

        assertThat(schemaErrorPaths(parse(json))).containsExactly("$.territory.declared");
    }

    @Test
    void esusApprovalWithANullGrantDateIsRejectedByBothAtTheGrantDate() {
        String json = BrokenDocumentsTest.smallPoleWith("\"legalCategory\": \"5499\"",
                "\"legalCategory\": \"5499\", \"esusApproval\": { \"grantedOn\": null }");

        PoleFormatException e = catchThrowableOfType(PoleFormatException.class, () -> reader.read(json));
        assertThat(schemaErrorPaths(parse(json))).containsExactly("$.members[1].esusApproval.grantedOn");
        assertThat(e.problems()).extracting(Problem::path).containsExactly("$.members[1].esusApproval.grantedOn");
    }

    // ---- the schema itself ----------------------------------------------------------------------------------------

    @Test
    void schemaIsAValidDraft202012Schema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema metaSchema = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(metaSchema.validate(schemaNode())).isEmpty();
    }

    @Test
    void schemaHasAnIdATitleAndADescriptionOfWhatOnlyTheReaderChecks() {
        JsonNode schema = schemaNode();

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isNotBlank();
        assertThat(schema.path("title").asText()).contains("format version 1");
        assertThat(schemaDescription()).contains("Checked by the reader, not by this schema")
                .contains("Luhn").contains("La Poste").contains("reference data").contains("real calendar dates")
                .contains("leftOn after joinedOn").contains("references").contains("duplicate keys")
                .contains("expiresOn after its grantedOn").contains("legalEntity").contains("not a natural person");
    }

    @Test
    void everyPropertyHasATitleAndADescription() {
        List<String> undocumented = new ArrayList<>();
        forEachProperty(schemaNode(), "$", (path, property) -> {
            if (!property.hasNonNull("title") || !property.hasNonNull("description")) {
                undocumented.add(path);
            }
        });

        assertThat(undocumented).isEmpty();
    }

    @Test
    void everyObjectForbidsAdditionalProperties() {
        List<String> open = new ArrayList<>();
        forEachObjectSchema(schemaNode(), "$", (path, node) -> {
            if (!node.path("additionalProperties").isBoolean() || node.path("additionalProperties").asBoolean()) {
                open.add(path);
            }
        });

        assertThat(open).isEmpty();
    }

    @Test
    void propertiesAreTheRecordComponentsInFormatOrder() {
        JsonNode root = schemaNode();
        JsonNode defs = root.path("$defs");

        assertThat(propertyNames(root)).isEqualTo(components(Pole.class));
        assertThat(propertyNames(root.at("/properties/territory"))).isEqualTo(components(Territory.class));
        assertThat(propertyNames(root.at("/properties/aims"))).isEqualTo(components(Aims.class));
        assertThat(propertyNames(root.at("/properties/governance"))).isEqualTo(components(Governance.class));
        assertThat(propertyNames(defs.path("member"))).isEqualTo(components(Member.class));
        assertThat(propertyNames(defs.at("/member/properties/enterpriseGrouping")))
                .isEqualTo(components(EnterpriseGrouping.class));
        assertThat(propertyNames(defs.at("/member/properties/esusApproval"))).isEqualTo(components(EsusApproval.class));
        assertThat(propertyNames(defs.path("decisionBody"))).isEqualTo(components(DecisionBody.class));
        assertThat(propertyNames(defs.at("/decisionBody/properties/seats/items"))).isEqualTo(components(Seat.class));
        assertThat(propertyNames(defs.path("cooperation"))).isEqualTo(components(Cooperation.class));
        assertThat(propertyNames(defs.path("project"))).isEqualTo(components(Project.class));
        assertThat(propertyNames(defs.path("stateSupport"))).isEqualTo(components(StateSupport.class));
    }

    @Test
    void enumerationsAreTheJavaEnums() {
        JsonNode member = schemaNode().at("/$defs/member/properties");

        assertThat(values(member.at("/statute/enum"))).isEqualTo(namesAndNull(Statute.values()));
        assertThat(values(member.at("/sireneEss/enum"))).isEqualTo(namesAndNull(SireneEss.values()));
        assertThat(values(member.at("/relation/enum"))).isEqualTo(namesAndNull(Relation.values()));
        assertThat(values(member.at("/roles/items/enum"))).isEqualTo(names(Role.values()));
        assertThat(values(schemaNode().at("/$defs/cooperation/properties/type/enum")))
                .isEqualTo(names(CooperationType.values()));
        assertThat(values(schemaNode().at("/$defs/project/properties/innovation/items/enum")))
                .isEqualTo(names(Innovation.values()));
    }

    @Test
    void patternsAreTheModelsPatterns() {
        JsonNode schema = schemaNode();

        assertThat(schema.at("/$defs/slug/pattern").asText()).isEqualTo(Patterns.SLUG);
        assertThat(schema.at("/$defs/member/properties/siren/pattern").asText()).isEqualTo(Patterns.SIREN);
        assertThat(schema.at("/$defs/member/properties/siret/pattern").asText()).isEqualTo(Patterns.SIRET);
        assertThat(schema.at("/$defs/member/properties/naf/pattern").asText()).isEqualTo(Patterns.NAF);
        assertThat(schema.at("/$defs/legalCategoryCode/pattern").asText()).isEqualTo(Patterns.LEGAL_CATEGORY);
        assertThat(schema.at("/$defs/communeCode/pattern").asText()).isEqualTo(Patterns.COMMUNE);
        assertThat(schema.at("/$defs/isoDate/pattern").asText()).isEqualTo("^\\d{4}-\\d{2}-\\d{2}$");
        assertThat(schema.at("/$defs/isoDate/format").asText()).isEqualTo("date");
    }

    @Test
    void requiredFieldsAreThoseOfFormatV1() {
        JsonNode schema = schemaNode();

        assertThat(values(schema.path("required"))).containsExactly("formatVersion", "id", "name", "members");
        assertThat(values(schema.at("/$defs/member/required"))).containsExactly("id", "name");
        assertThat(values(schema.at("/$defs/member/properties/esusApproval/required"))).containsExactly("grantedOn");
        assertThat(values(schema.at("/$defs/decisionBody/required"))).containsExactly("name");
        assertThat(values(schema.at("/$defs/decisionBody/properties/seats/items/required"))).containsExactly("member");
        assertThat(values(schema.at("/$defs/cooperation/required"))).containsExactly("id", "type", "members");
        assertThat(values(schema.at("/$defs/project/required"))).containsExactly("id");
        assertThat(values(schema.at("/$defs/stateSupport/required"))).containsExactly("programme");
        assertThat(schema.at("/properties/formatVersion/const").asInt()).isEqualTo(1);
        assertThat(schema.at("/properties/members/minItems").asInt()).isEqualTo(1);
        assertThat(schema.at("/$defs/cooperation/properties/members/minItems").asInt()).isEqualTo(2);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static Schema loadSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.LEGACY).build()));
        try (InputStream in = SchemaSyncTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            assertThat(in).as(SCHEMA_RESOURCE).isNotNull();
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode schemaNode() {
        return SCHEMA.getSchemaNode();
    }

    private static String schemaDescription() {
        return schemaNode().path("description").asText();
    }

    private static List<Error> schemaErrors(Path file) {
        return SCHEMA.validate(parse(Fixtures.text(file)));
    }

    private static Set<String> schemaErrorPaths(Path file) {
        return schemaErrorPaths(parse(Fixtures.text(file)));
    }

    /** The JSON path of each schema error, naming the property for "required" and "additionalProperties". */
    private static Set<String> schemaErrorPaths(JsonNode document) {
        Set<String> paths = new LinkedHashSet<>();
        for (Error error : SCHEMA.validate(document)) {
            String path = error.getInstanceLocation().toString();
            paths.add(error.getProperty() == null ? path : path + "." + error.getProperty());
        }
        return paths;
    }

    private Set<String> readerProblemPaths(Path file) {
        PoleFormatException e = catchThrowableOfType(PoleFormatException.class, () -> reader.read(file));
        assertThat(e).as("the reader must reject " + file.getFileName()).isNotNull();
        Set<String> paths = new LinkedHashSet<>();
        e.problems().forEach(p -> paths.add(p.path()));
        return paths;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<String> propertyNames(JsonNode objectSchema) {
        List<String> names = new ArrayList<>();
        objectSchema.path("properties").properties().forEach(e -> names.add(e.getKey()));
        return names;
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.isNull() ? null : v.asText()));
        return values;
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    private static List<String> namesAndNull(Enum<?>[] constants) {
        List<String> names = new ArrayList<>(names(constants));
        names.add(null);
        return names;
    }

    private interface Visitor {
        void visit(String path, JsonNode node);
    }

    /** Visits every schema under a {@code properties} keyword, recursively. */
    private static void forEachProperty(JsonNode schema, String path, Visitor visitor) {
        walk(schema, path, (p, node) -> {
            for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
                if (!isInsideConditional(p)) {
                    visitor.visit(p + "/properties/" + property.getKey(), property.getValue());
                }
            }
        });
    }

    /** Visits every schema that declares {@code properties} (the object schemas), outside if/then. */
    private static void forEachObjectSchema(JsonNode schema, String path, Visitor visitor) {
        walk(schema, path, (p, node) -> {
            if (node.has("properties") && !isInsideConditional(p)) {
                visitor.visit(p, node);
            }
        });
    }

    private static boolean isInsideConditional(String path) {
        return path.contains("/if") || path.contains("/then") || path.contains("/not");
    }

    private static void walk(JsonNode node, String path, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(path, node);
            node.properties().forEach(e -> walk(e.getValue(), path + "/" + e.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, visitor);
            }
        }
    }
}
