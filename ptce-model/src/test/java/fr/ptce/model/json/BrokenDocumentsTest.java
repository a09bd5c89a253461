package fr.ptce.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import fr.ptce.model.PoleFormatException;
import fr.ptce.model.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken format-v1 documents: each fixture under {@code broken/} is the small valid pole {@code valid/petit-pole.json}
 * with one defect, and the reader must reject it with one problem located exactly at the defect (JSON path, line,
 * column) and a message saying what was expected.
 */
class BrokenDocumentsTest {
    private final PoleReader reader = PoleReader.create();

    /** One broken fixture and the problem it must produce. */
    record Defect(String fixture, String path, int line, int column, String messageFragment) {
    }

    static Stream<Arguments> defects() {
        return Stream.of(
                // Not JSON: located where the parser stopped.
                defect("a truncated document is invalid JSON located at the end of the input",
                        "01-truncated-json", "$", 19, 7, "invalid JSON: unexpected end of the document"),
                defect("content after the pole is rejected, located just after its first character",
                        "02-trailing-garbage", "$", 49, 2, "unexpected content after the end of the document"),
                defect("a document that is not an object is rejected",
                        "34-not-an-object", "$", 1, 1, "expected a JSON object (one pole), got an array"),
                // Wrong JSON types: no coercion.
                defect("votes given as a string are not coerced to an integer",
                        "03-votes-as-string", "$.governance.bodies[0].seats[0].votes", 36, 43,
                        "expected an integer, got the string \"2\""),
                defect("a name given as a number is not coerced to a string",
                        "04-name-as-number", "$.members[0].name", 16, 15, "expected a string, got the number 42"),
                defect("an object where a list is expected is rejected",
                        "05-list-as-object", "$.cooperations[0].members", 43, 54, "expected an array, got an object"),
                defect("a boolean given as a string is not coerced",
                        "37-boolean-as-string", "$.aims.sustainableLocalDevelopment", 12, 44,
                        "expected true or false, got the string \"oui\""),
                defect("a value outside an enumeration lists the allowed values",
                        "30-unknown-enum-value", "$.cooperations[0].type", 43, 31,
                        "expected one of \"KNOWLEDGE\", \"PREMISES\", \"EQUIPMENT\", \"EMPLOYMENT\", \"PURCHASING\","
                                + " \"SERVICES\", \"FINANCIAL\", \"COMMUNICATION\", \"PARTNERSHIP\", got the string \"PREMISSES\""),
                // Unknown and duplicate keys.
                defect("an unknown top-level field is an error, located at its key, that lists the known fields",
                        "06-unknown-top-level-field", "$.website", 5, 3,
                        "unknown field \"website\" (expected one of: aims, carrier, cooperations, formatVersion,"),
                defect("a misspelt member field is an error that lists the member fields",
                        "07-unknown-nested-field", "$.members[0].sirne", 17, 7,
                        "unknown field \"sirne\" (expected one of: commune, employees, enterpriseGrouping,"),
                defect("a duplicate key is located at its second occurrence",
                        "08-duplicate-key", "$.members[1].legalCategory", 27, 7,
                        "duplicate key \"legalCategory\": a key may appear only once in an object"),
                // Required fields and version.
                defect("a missing required field is located at its enclosing object",
                        "28-missing-required-field", "$.members[1].name", 23, 5, "is required"),
                defect("a missing format version is located at the document",
                        "40-missing-format-version", "$.formatVersion", 1, 1, "is required (the format version, 1)"),
                defect("format version 2 is not read",
                        "29-format-version-2", "$.formatVersion", 2, 20,
                        "must be 1 (the only format version this library reads), got 2"),
                defect("an empty member list is rejected",
                        "27-empty-members", "$.members", 5, 14, "must list at least one member"),
                defect("a member that is not a natural person needs a legal category",
                        "32-legal-category-missing", "$.members[1].legalCategory", 23, 5,
                        "is required unless the member is a natural person (\"naturalPerson\": true)"),
                defect("an id that is not a slug is rejected",
                        "33-invalid-slug", "$.projects[0].id", 46, 13,
                        "must be a slug: lower-case letters, digits and hyphens ([a-z0-9-]+), got \"Incubateur culturel\""),
                // Numbers and lists.
                defect("zero votes are rejected", "25-zero-votes", "$.governance.bodies[0].seats[0].votes", 36, 43,
                        "must be a positive number of votes, got 0"),
                defect("negative votes are rejected", "26-negative-votes", "$.governance.bodies[0].seats[0].votes", 36, 43,
                        "must be a positive number of votes, got -1"),
                defect("a number of votes beyond the integer range is rejected", "41-votes-out-of-range",
                        "$.governance.bodies[0].seats[0].votes", 36, 43, "out of range of int"),
                defect("a fractional number of votes is rejected", "42-votes-not-an-integer",
                        "$.governance.bodies[0].seats[0].votes", 36, 43, "expected an integer, got the number 2.5"),
                defect("a cooperation needs at least two members",
                        "31-cooperation-with-one-member", "$.cooperations[0].members", 43, 54,
                        "must name at least 2 members"),
                // Ids and references.
                defect("a member id used twice is located at its second use",
                        "09-duplicate-member-id", "$.members[2].id", 29, 13,
                        "duplicate id: another entry of the same list already uses it"),
                defect("a carrier that names no member is a dangling reference",
                        "10-dangling-carrier", "$.carrier", 5, 14, "must be the id of a member or partner of the pole"),
                defect("an animator that names no member is a dangling reference",
                        "11-dangling-animator", "$.governance.animator", 30, 17,
                        "must be the id of a member or partner of the pole"),
                defect("a seat held by no member is a dangling reference",
                        "12-dangling-seat-member", "$.governance.bodies[0].seats[1].member", 37, 23,
                        "must be the id of a member or partner of the pole"),
                // Company identifiers.
                defect("a SIREN with a wrong Luhn check digit is rejected",
                        "15-invalid-siren", "$.members[0].siren", 17, 16,
                        "must be a SIREN: 9 digits with a valid Luhn check digit, got \"812345677\""),
                defect("a SIRET with a wrong Luhn check digit is rejected",
                        "16-invalid-siret", "$.members[0].siret", 18, 16,
                        "must be a SIRET: 14 digits with a valid Luhn check digit"),
                defect("a SIRET must start with the member's SIREN",
                        "17-siret-not-starting-with-siren", "$.members[0].siret", 18, 16,
                        "must start with the member's SIREN"),
                defect("a La Poste SIRET whose digits do not add up to a multiple of 5 is rejected",
                        "18-wrong-la-poste-siret", "$.members[2].siret", 32, 16,
                        "(La Poste establishments: digits adding up to a multiple of 5), got \"35600000016415\""),
                // Reference data.
                defect("an unknown INSEE legal category is rejected",
                        "19-unknown-legal-category", "$.members[1].legalCategory", 26, 24,
                        "must be a known INSEE legal category (4 digits of the niveau III nomenclature, e.g. 9220), got \"5999\""),
                defect("an unknown commune code is rejected",
                        "20-unknown-commune", "$.members[0].commune", 19, 18,
                        "must be a commune code of the COG 2026 (5 characters, e.g. 21231, 2A004, or a municipal"
                                + " arrondissement such as 75101), got \"21999\""),
                defect("an unknown EPCI is rejected",
                        "21-unknown-epci", "$.territory.epcis[0]", 8, 15,
                        "must be the SIREN of an EPCI of the COG 2026 (e.g. 242100410), got \"242100411\""),
                defect("the pre-1976 Corsican département 20 is not a département of the COG 2026",
                        "22-unknown-departement", "$.territory.departements[0]", 9, 22,
                        "must be a département code of the COG 2026 (e.g. 21, 2A, 971), got \"20\""),
                defect("a pre-2016 région code is not a région of the COG 2026",
                        "35-unknown-region", "$.territory.regions[0]", 10, 17,
                        "must be a région code of the COG 2026 (e.g. 27, 84), got \"26\""),
                defect("an unknown headcount band is rejected",
                        "39-unknown-headcount-band", "$.members[0].headcountBand", 20, 24,
                        "must be an INSEE headcount band (NN, 00, 01, 02, 03, 11, 12, 21, 22, 31, 32, 41, 42, 51, 52, 53),"
                                + " got \"04\""),
                // Dates.
                defect("an impossible calendar date is rejected",
                        "23-impossible-date", "$.members[0].joinedOn", 21, 19,
                        "expected an ISO date \"YYYY-MM-DD\" (a real calendar date), got the string \"2021-02-30\""),
                defect("a date not in ISO form is rejected",
                        "36-date-not-iso", "$.members[0].joinedOn", 21, 19,
                        "expected an ISO date \"YYYY-MM-DD\" (a real calendar date), got the string \"02/12/2010\""),
                defect("a member cannot leave before it joined",
                        "24-left-before-joined", "$.members[0].leftOn", 22, 17, "must be after \"joinedOn\""),
                defect("a cooperation cannot end before it starts",
                        "38-until-before-since", "$.cooperations[0].until", 43, 113, "must not be before \"since\""),
                // Fields added with rules-v2: the pole's legal entity.
                defect("a legal entity that names no entry is a dangling reference naming the missing id",
                        "43-dangling-legal-entity", "$.legalEntity", 5, 18,
                        "must be the id of a member or partner of the pole: no entry of \"members\" has the id"
                                + " \"petit-pole-asso\""),
                defect("the pole's legal entity cannot be a natural person",
                        "44-legal-entity-natural-person", "$.legalEntity", 5, 18,
                        "must name an entry that is not a natural person"),
                defect("the legal entity's category must be the pole's when both are given",
                        "45-legal-entity-category-mismatch", "$.legalEntity", 6, 18,
                        "must have the same legal category as the pole: the pole says \"9220\", its legal entity \"5499\""),
                // Fields added with rules-v2: NAF code.
                defect("a NAF code without its dot is rejected",
                        "46-naf-without-dot", "$.members[1].naf", 27, 14,
                        "must be a NAF rév. 2 code with its dot (2 digits, a dot, 2 digits, a capital letter, e.g. 72.19Z),"
                                + " got \"1812Z\""),
                defect("a NAF code ending with a lower-case letter is rejected",
                        "47-naf-lower-case-letter", "$.members[1].naf", 27, 14,
                        "must be a NAF rév. 2 code with its dot (2 digits, a dot, 2 digits, a capital letter, e.g. 72.19Z),"
                                + " got \"18.12z\""),
                // Fields added with rules-v2: ESUS approval.
                defect("an ESUS approval needs its grant date, located at the approval",
                        "48-esus-approval-without-granted-on", "$.members[1].esusApproval.grantedOn", 27, 23,
                        "is required"),
                defect("an ESUS approval cannot expire on the day it is granted",
                        "49-esus-approval-expiring-when-granted", "$.members[1].esusApproval.expiresOn", 27, 65,
                        "must be after \"grantedOn\" (it is the first day the approval no longer applies)"),
                defect("an ESUS approval cannot expire before it is granted",
                        "50-esus-approval-expiring-before-granted", "$.members[1].esusApproval.expiresOn", 27, 65,
                        "must be after \"grantedOn\" (it is the first day the approval no longer applies)"),
                defect("an unknown field of an ESUS approval is an error that lists its two fields",
                        "51-esus-approval-unknown-field", "$.members[1].esusApproval.durationYears", 27, 52,
                        "unknown field \"durationYears\" (expected one of: expiresOn, grantedOn)"),
                // Fields added with rules-v2: decision date of State support.
                defect("a decision date not in ISO form is rejected",
                        "52-decided-on-not-iso", "$.stateSupport[0].decidedOn", 49, 64,
                        "expected an ISO date \"YYYY-MM-DD\" (a real calendar date), got the string \"15/10/2015\""),
                defect("an impossible decision date is rejected",
                        "53-decided-on-impossible-date", "$.stateSupport[0].decidedOn", 49, 64,
                        "expected an ISO date \"YYYY-MM-DD\" (a real calendar date), got the string \"2015-02-29\""));
    }

    private static Arguments defect(String behaviour, String fixture, String path, int line, int column, String fragment) {
        return Arguments.of(Named.of(behaviour, new Defect(fixture, path, line, column, fragment)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void brokenDocumentIsRejectedWithOneProblemAtTheDefect(Defect defect) {
        Path file = Fixtures.broken(defect.fixture());

        PoleFormatException e = readFailure(file);

        assertThat(e.source()).isEqualTo(file.toString());
        assertThat(e.problems()).hasSize(1);
        Problem problem = e.problems().get(0);
        assertThat(problem.path()).as("path").isEqualTo(defect.path());
        assertThat(problem.line()).as("line").isEqualTo(defect.line());
        assertThat(problem.column()).as("column").isEqualTo(defect.column());
        assertThat(problem.message()).as("message").contains(defect.messageFragment());
    }

    @Test
    void everyBrokenFixtureIsCovered() {
        List<String> covered = defects()
                .map(a -> ((Defect) ((Named<?>) a.get()[0]).getPayload()).fixture())
                .toList();

        assertThat(Fixtures.brokenNames())
                .containsAll(covered)
                .hasSizeGreaterThanOrEqualTo(25)
                .filteredOn(name -> !covered.contains(name))
                .containsExactlyInAnyOrder("13-dangling-cooperation-member", "14-dangling-project-member",
                        "99-many-problems");
    }

    @Test
    void everyProblemOfADocumentIsReportedInOnePassInDocumentOrder() {
        PoleFormatException e = readFailure(Fixtures.broken("99-many-problems"));

        assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::column).containsExactly(
                tuple("$.carrier", 5, 14),
                tuple("$.members[0].sirne", 17, 7),
                tuple("$.members[0].joinedOn", 21, 19),
                tuple("$.members[1].siren", 26, 16),
                tuple("$.members[1].legalCategory", 27, 24),
                tuple("$.governance.bodies[0].seats[0].votes", 37, 43),
                tuple("$.governance.bodies[0].seats[1].votes", 38, 46),
                tuple("$.cooperations[0].members", 44, 54),
                tuple("$.projects[0].innovation[1]", 47, 52));
        assertThat(e.problems()).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).contains("must be the id of a member or partner of the pole"),
                m -> assertThat(m).contains("unknown field \"sirne\""),
                m -> assertThat(m).contains("a real calendar date"),
                m -> assertThat(m).contains("must be a SIREN"),
                m -> assertThat(m).contains("must be a known INSEE legal category"),
                m -> assertThat(m).contains("expected an integer, got the string \"2\""),
                m -> assertThat(m).contains("must be a positive number of votes, got 0"),
                m -> assertThat(m).contains("must name at least 2 members"),
                m -> assertThat(m).contains("got the string \"CULTURAL\""));
    }

    @Test
    void exceptionMessageNamesTheSourceAndListsEveryProblem() {
        Path file = Fixtures.broken("99-many-problems");

        PoleFormatException e = readFailure(file);

        assertThat(e.getMessage()).startsWith(file + ": 9 problems")
                .contains("$.carrier (line 5, column 14): must be the id of a member")
                .contains("$.projects[0].innovation[1] (line 47, column 52): expected one of");
    }

    @Test
    void aMissingFileIsAProblemWithoutPosition() {
        Path missing = Path.of("does-not-exist.json");

        PoleFormatException e = readFailure(missing);

        assertThat(e.problems()).containsExactly(Problem.at("$", "file not found"));
    }

    @Test
    void theSmallPoleEveryFixtureIsDerivedFromIsValid() {
        assertThatCode(() -> reader.read(Fixtures.smallPoleText())).doesNotThrowAnyException();
    }

    // ---- bugs: the reader accepts or mishandles these documents ---------------------------------------------------

    @Test
    void aCooperationMemberThatNamesNoMemberIsADanglingReference() {
        PoleFormatException e = readFailure(Fixtures.broken("13-dangling-cooperation-member"));

        assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::column)
                .containsExactly(tuple("$.cooperations[0].members[1]", 43, 66));
        assertThat(e.problems().get(0).message()).contains("must be the id of a member or partner of the pole");
    }

    @Test
    void aProjectMemberThatNamesNoMemberIsADanglingReference() {
        PoleFormatException e = readFailure(Fixtures.broken("14-dangling-project-member"));

        assertThat(e.problems()).extracting(Problem::path, Problem::line, Problem::column)
                .containsExactly(tuple("$.projects[0].members[1]", 46, 76));
        assertThat(e.problems().get(0).message()).contains("must be the id of a member or partner of the pole");
    }

    @Test
    void aMemberListedTwiceInACooperationIsReported() {
        String json = smallPoleWith("\"members\": [\"atelier\", \"imprimerie\"], \"since\"",
                "\"members\": [\"atelier\", \"imprimerie\", \"atelier\"], \"since\"");

        PoleFormatException e = readFailure(json);

        assertThat(e.problems()).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("$.cooperations[0].members[2]", "this member is already listed"));
    }

    @Test
    void aDateGivenAsAnArrayIsRejected() {
        String json = smallPoleWith("\"joinedOn\": \"2010-12-02\"", "\"joinedOn\": [2010, 12, 2]");

        PoleFormatException e = readFailure(json);

        assertThat(e.problems()).extracting(Problem::path).containsExactly("$.members[0].joinedOn");
        assertThat(e.problems().get(0).message()).contains("expected an ISO date \"YYYY-MM-DD\"");
    }

    @Test
    void aDateTimeIsNotADate() {
        String json = smallPoleWith("\"joinedOn\": \"2010-12-02\"", "\"joinedOn\": \"2010-12-02T10:00:00\"");

        PoleFormatException e = readFailure(json);

        assertThat(e.problems()).extracting(Problem::path).containsExactly("$.members[0].joinedOn");
    }

    @Test
    void derivedPropertyNamesAreUnknownFields() {
        String json = smallPoleWith("\"aims\": { \"sustainableLocalDevelopment\": true }",
                "\"aims\": { \"sustainableLocalDevelopment\": true },\n"
                        + "  \"stateSupport\": [ { \"programme\": \"AAP-PTCE-2013\", \"statePtceCall\": true } ]")
                .replace("\"regions\": [\"27\"]", "\"regions\": [\"27\"], \"declared\": true")
                .replace("\"legalCategory\": \"5499\"",
                        "\"legalCategory\": \"5499\",\n      \"enterpriseGrouping\": { \"members\": 3, \"nonEssMembers\": 2,"
                                + " \"mostlyNonEss\": false }");

        PoleFormatException e = readFailure(json);

        assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
                "$.territory.declared", "$.members[1].enterpriseGrouping.mostlyNonEss", "$.stateSupport[0].statePtceCall");
    }

    @Test
    void derivedPropertyNamesOfRulesV2AreUnknownFields() {
        String json = smallPoleWith("\"name\": \"Petit pôle\",",
                "\"name\": \"Petit pôle\",\n  \"effectiveLegalCategory\": \"9220\",")
                .replace("\"aims\": { \"sustainableLocalDevelopment\": true }",
                        "\"aims\": { \"sustainableLocalDevelopment\": true },\n"
                                + "  \"stateSupport\": [ { \"programme\": \"AAP-PTCE-2013\", \"callForProjects\": true } ]");

        PoleFormatException e = readFailure(json);

        assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
                "$.effectiveLegalCategory", "$.stateSupport[0].callForProjects");
    }

    @Test
    void anEsusApprovalGivenAsADateIsRejected() {
        String json = smallPoleWith("\"legalCategory\": \"5499\"",
                "\"legalCategory\": \"5499\", \"esusApproval\": \"2021-03-01\"");

        PoleFormatException e = readFailure(json);

        assertThat(e.problems()).extracting(Problem::path, Problem::message).containsExactly(
                tuple("$.members[1].esusApproval", "expected an object, got the string \"2021-03-01\""));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** The small valid pole with {@code old} (which must occur once) replaced by {@code replacement}. */
    static String smallPoleWith(String old, String replacement) {
        String text = Fixtures.smallPoleText();
        assertThat(text.indexOf(old)).as("occurrences of " + old).isNotNegative().isEqualTo(text.lastIndexOf(old));
        return text.replace(old, replacement);
    }

    private PoleFormatException readFailure(Path file) {
        PoleFormatException e = catchThrowableOfType(PoleFormatException.class, () -> reader.read(file));
        assertThat(e).as("reading " + file + " must fail with a PoleFormatException").isNotNull();
        return e;
    }

    private PoleFormatException readFailure(String json) {
        PoleFormatException e = catchThrowableOfType(PoleFormatException.class, () -> reader.read(json));
        assertThat(e).as("reading the document must fail with a PoleFormatException").isNotNull();
        return e;
    }
}
