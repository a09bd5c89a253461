package fr.ptce.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.examples.cli.PtceCommand;
import fr.ptce.model.Pole;
import fr.ptce.model.csv.MemberCsv;
import fr.ptce.model.classification.ActorFamily;
import fr.ptce.model.classification.EssReason;
import fr.ptce.model.classification.EssStatus;
import fr.ptce.model.Role;
import fr.ptce.model.json.PoleReader;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Language;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.Referential;
import fr.ptce.rules.ReportJson;
import fr.ptce.rules.Severity;
import fr.ptce.rules.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/format.md} describes the reports, the command line's JSON output and the CSV member list as the code
 * makes them. Its report tables are those whose header's first cell is {@code report field}; its CSV table, the one
 * whose header's first cell is {@code CSV column}; its example pole and report are the JSON blocks marked
 * {@code <!-- checked: a valid pole -->} (the first) and {@code <!-- checked: a report -->}.
 */
class ReportDocumentationTest {
    private static final String REPORT_TABLE = "report field";
    private static final String CSV_TABLE = "CSV column";
    /** Keys of these objects are data (body names), not fields. */
    private static final Set<String> MAPS = Set.of("metrics.essVoteShareByBody");

    private static String document;
    private static ComplianceChecker checker;
    private static String exampleJson;
    private static Pole examplePole;
    private static Map<String, List<String>> reportRows;

    @BeforeAll
    static void read() {
        document = MarkdownDocs.read(MarkdownDocs.FORMAT_MD);
        checker = ComplianceChecker.create();
        exampleJson = MarkdownDocs.blocksAfter(document, "<!-- checked: a valid pole -->").get(0);
        examplePole = PoleReader.create().read(exampleJson);
        reportRows = MarkdownDocs.rows(document, REPORT_TABLE);
    }

    @Test
    void everyFieldOfTheReportsIsDocumentedInAReportFieldTable() throws IOException {
        assertThat(reportRows.keySet()).containsAll(reportFields());
    }

    @Test
    void everyDocumentedReportFieldIsInTheReports() throws IOException {
        assertThat(reportFields()).containsAll(reportRows.keySet());
    }

    @Test
    void everyDocumentedReportFieldGivesTypeValuesPresenceAndExample() {
        reportRows.forEach((path, cells) -> assertThat(cells).as(path).hasSize(5).allSatisfy(c -> assertThat(c).isNotBlank()));
    }

    @Test
    void everyValueOfTheReportsEnumerationsIsDocumented() {
        List<String> values = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(Verdict.class, Outcome.class, Severity.class, EssStatus.class,
                EssReason.class, Role.class, ActorFamily.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                values.add("`" + value.name() + "`");
            }
        }
        for (Referential referential : fr.ptce.rules.RuleCatalogue.standard().referentials()) {
            values.add("`" + referential.id() + "`");
        }
        assertThat(document).contains(values);
    }

    @Test
    void theReportExampleIsPartOfTheRealReportOfTheExamplePole() {
        List<String> blocks = MarkdownDocs.blocksAfter(document, "<!-- checked: a report -->");
        assertThat(blocks).hasSize(1);
        ComplianceReport shown = ReportJson.read(blocks.get(0));
        ComplianceReport real = checker.check(examplePole, Referential.of(shown.referential()),
                CheckOptions.builder().asOf(shown.asOf()).language(Language.EN).build());
        assertThat(shown.pole()).isEqualTo(real.pole());
        assertThat(shown.rulesVersion()).isEqualTo(real.rulesVersion());
        assertThat(shown.verdict()).isEqualTo(real.verdict());
        assertThat(shown.parameters()).isEqualTo(real.parameters());
        assertThat(shown.metrics()).isEqualTo(real.metrics());
        assertThat(real.results()).containsAll(shown.results());
        assertThat(real.members()).containsAll(shown.members());
    }

    @Test
    void theExamplePoleIsCompliantWithEveryReferentialAsTheDocumentSays() {
        List<ComplianceReport> reports = checker.checkAll(examplePole,
                CheckOptions.builder().asOf(LocalDate.of(2026, 11, 26)).build());
        assertThat(reports).extracting(ComplianceReport::verdict).containsOnly(Verdict.COMPLIANT);
    }

    @Test
    void theCommandLinePrintsAnArrayOfReportsEachNamingItsFileWhateverTheirNumber(@TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("pole.json"), exampleJson, StandardCharsets.UTF_8);
        JsonNode one = json(cli("validate", "--format", "json", "--referential", "CHARTE-LABO-ESS", file.toString()));
        JsonNode all = json(cli("validate", "--format", "json", file.toString()));
        assertThat(one.isArray()).as("one file and one referential: still an array").isTrue();
        assertThat(one).hasSize(1);
        assertThat(one.get(0).get("file").asText()).isEqualTo(file.toString());
        assertThat(all.isArray()).isTrue();
        assertThat(all).extracting(r -> r.get("referential").asText())
                .containsExactly("LOI-2014-856-ART9", "DECRET-2015-431-ART3", "CHARTE-LABO-ESS");
        assertThat(all).extracting(r -> r.get("file").asText()).containsOnly(file.toString());
        List<ReportJson.FiledReport> read = ReportJson.readFiledList(cli("validate", "--format", "json",
                file.toString()));
        assertThat(read).extracting(f -> f.report().referential())
                .containsExactly("LOI-2014-856-ART9", "DECRET-2015-431-ART3", "CHARTE-LABO-ESS");
    }

    @Test
    void theCsvColumnsDocumentedAreTheImportersColumnsInOrder() {
        assertThat(new ArrayList<>(MarkdownDocs.rows(document, CSV_TABLE).keySet())).isEqualTo(MemberCsv.COLUMNS);
    }

    /** The paths of every field of the example pole's reports against the three referentials. */
    private static Set<String> reportFields() throws IOException {
        Set<String> paths = new TreeSet<>();
        ObjectMapper mapper = new ObjectMapper();
        for (ComplianceReport report : checker.checkAll(examplePole, CheckOptions.builder().asOf(LocalDate.of(2026, 11, 26)).build())) {
            collect(mapper.readTree(ReportJson.write(report)), "", paths);
        }
        assertThat(paths).as("fields of the reports").isNotEmpty();
        return paths;
    }

    private static void collect(JsonNode node, String prefix, Set<String> paths) {
        if (node.isObject() && !MAPS.contains(prefix)) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                paths.add(path);
                collect(field.getValue(), path, paths);
            }
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, prefix + "[]", paths));
        }
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PtceCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(err.toString()).isEmpty();
        return out.toString();
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }
}
