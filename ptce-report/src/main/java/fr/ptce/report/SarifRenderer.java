package fr.ptce.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.ptce.model.Pole;
import fr.ptce.model.Problem;
import fr.ptce.model.json.PoleLocations;
import fr.ptce.model.text.Texts;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Language;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleDefinition;
import fr.ptce.rules.RuleResult;
import fr.ptce.rules.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports as one SARIF 2.1.0 log, written with Jackson's streaming generator as the files are checked: one run
 * whose tool is {@code ptce} with the rule catalogue as rules, one result per rule per report ({@code kind} pass,
 * fail or notApplicable; {@code level} from the severity for failures, {@code none} otherwise) located in the pole
 * file, with the region of the JSON element it concerns (the entry, governance body, cooperation, project or State
 * support its evidence names, or the whole document). The tool names its own address; each rule its legal source. Invalid files become error notifications of the run's invocation, with their line and column.
 */
final class SarifRenderer implements ReportRenderer {
    /**
     * The tool's own address, SARIF's {@code informationUri}: the project's address, the pom property
     * {@code ptce.repository.url} (still the placeholder under the reserved {@code .invalid} domain: the release
     * profile refuses to run until it is set, and this constant must follow it). The legal sources of the rules are
     * each rule's {@code helpUri}.
     */
    static final String TOOL_URI = "https://ptce.invalid/ptce-compliance";

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private record Notification(String uri, Problem problem) {
    }

    private final PrintWriter out;
    private final Language language;
    private final Texts labels;
    private final RuleCatalogue catalogue;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final List<Notification> notifications = new ArrayList<>();
    private JsonGenerator json;

    SarifRenderer(PrintWriter out, ReportFormat.Context context) {
        this.out = out;
        this.language = context.language();
        this.labels = ReportLabels.of(language);
        this.catalogue = context.catalogue();
    }

    /** SARIF's level for a severity. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** SARIF's kind for an outcome. */
    static String kind(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> "pass";
            case FAILED -> "fail";
            case NOT_APPLICABLE -> "notApplicable";
        };
    }

    /** The artifact URI of a file: a relative reference with {@code /} separators, or a {@code file:} URI. */
    static String uri(Path file) {
        if (file.isAbsolute()) {
            return file.toUri().toString();
        }
        List<String> segments = new ArrayList<>();
        for (Path part : file.normalize()) {
            segments.add(part.toString());
        }
        try {
            return new URI(null, null, String.join("/", segments), null).toASCIIString();
        } catch (URISyntaxException e) {
            return file.toAbsolutePath().toUri().toString();
        }
    }

    @Override
    public void begin() {
        try {
            json = MAPPER.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeObjectFieldStart("driver");
            json.writeStringField("name", "ptce");
            json.writeStringField("informationUri", TOOL_URI);
            String version = SarifRenderer.class.getPackage().getImplementationVersion();
            if (version != null) {
                json.writeStringField("version", version);
            }
            json.writeArrayFieldStart("rules");
            List<RuleDefinition> rules = catalogue.rules();
            for (int i = 0; i < rules.size(); i++) {
                RuleDefinition rule = rules.get(i);
                ruleIndex.put(rule.id(), i);
                json.writeStartObject();
                json.writeStringField("id", rule.id());
                json.writeObjectFieldStart("shortDescription");
                json.writeStringField("text", catalogue.title(rule.id(), language));
                json.writeEndObject();
                json.writeObjectFieldStart("fullDescription");
                json.writeStringField("text", catalogue.text(rule.id(), language));
                json.writeEndObject();
                json.writeObjectFieldStart("help");
                json.writeStringField("text", catalogue.interpretation(rule.id(), language)
                        + (rule.source() == null ? "" : " " + labels.format("text.source", rule.source().label()
                        + (rule.source().url() == null ? "" : " <" + rule.source().url() + ">"))));
                json.writeEndObject();
                if (rule.source() != null && rule.source().url() != null) {
                    json.writeStringField("helpUri", rule.source().url());
                }
                json.writeObjectFieldStart("defaultConfiguration");
                json.writeStringField("level", level(rule.severity()));
                json.writeEndObject();
                json.writeObjectFieldStart("properties");
                json.writeStringField("referential", rule.referential());
                if (rule.source() != null) {
                    json.writeStringField("source", rule.source().label());
                }
                if (!rule.parameters().isEmpty()) {
                    json.writeObjectField("parameters", rule.parameters());
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject(); // driver
            json.writeEndObject(); // tool
            json.writeArrayFieldStart("results");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    /** Where the elements of the pole's file stand, to place results; {@code null} when it cannot be read again. */
    private static PoleLocations locate(Path file) {
        return PoleLocations.read(file).orElse(null);
    }

    /**
     * The JSON path of the element a result concerns: the first entry, cooperation, project or State support its
     * evidence names; for a rule whose definition says it concerns the governance, the decision-making body;
     * otherwise the whole document.
     */
    static String elementOf(PoleLocations tree, RuleResult r) {
        JsonNode root = tree.document();
        boolean governance = fr.ptce.rules.RuleCatalogue.standard().rule(r.ruleId())
                .map(fr.ptce.rules.RuleDefinition::concernsGovernance).orElse(false);
        if (governance) {
            JsonNode bodies = root.path("governance").path("bodies");
            for (int i = 0; i < bodies.size(); i++) {
                if (bodies.get(i).path("decisionMaking").asBoolean(false)) {
                    return "$.governance.bodies[" + i + "]";
                }
            }
            if (bodies.size() > 0) {
                return "$.governance.bodies[0]";
            }
            if (root.has("governance")) {
                return "$.governance";
            }
        }
        for (String id : r.evidence()) {
            for (String[] where : new String[][] {{"members", "id"}, {"cooperations", "id"}, {"projects", "id"},
                    {"stateSupport", "programme"}}) {
                JsonNode list = root.path(where[0]);
                for (int i = 0; i < list.size(); i++) {
                    if (id.equals(list.get(i).path(where[1]).asText(null))) {
                        return "$." + where[0] + "[" + i + "]";
                    }
                }
            }
        }
        return "$";
    }

    private void writeRegion(PoleLocations tree, RuleResult r) throws IOException {
        json.writeObjectFieldStart("region");
        PoleLocations.Span span = tree == null ? null : tree.span(elementOf(tree, r)).or(() -> tree.span("$")).orElse(null);
        if (span == null) {
            json.writeNumberField("startLine", 1);
            json.writeNumberField("startColumn", 1);
        } else {
            json.writeNumberField("startLine", span.startLine());
            json.writeNumberField("startColumn", span.startColumn());
            json.writeNumberField("endLine", span.endLine());
            json.writeNumberField("endColumn", span.endColumn());
        }
        json.writeEndObject();
    }

    @Override
    public void report(Path file, Pole pole, List<ComplianceReport> reports) {
        String uri = uri(file);
        PoleLocations tree = locate(file);
        try {
            for (ComplianceReport report : reports) {
                for (RuleResult r : report.results()) {
                    json.writeStartObject();
                    json.writeStringField("ruleId", r.ruleId());
                    Integer index = ruleIndex.get(r.ruleId());
                    if (index != null) {
                        json.writeNumberField("ruleIndex", index);
                    }
                    json.writeStringField("kind", kind(r.outcome()));
                    json.writeStringField("level", r.outcome() == Outcome.FAILED ? level(r.severity()) : "none");
                    json.writeObjectFieldStart("message");
                    String text = r.message();
                    if (r.outcome() == Outcome.FAILED && r.remedy() != null && !r.remedy().isBlank()) {
                        text = text + " " + labels.format("text.remedy", r.remedy());
                    }
                    json.writeStringField("text", text);
                    json.writeEndObject();
                    json.writeArrayFieldStart("locations");
                    json.writeStartObject();
                    json.writeObjectFieldStart("physicalLocation");
                    json.writeObjectFieldStart("artifactLocation");
                    json.writeStringField("uri", uri);
                    json.writeEndObject();
                    writeRegion(tree, r);
                    json.writeEndObject();
                    json.writeArrayFieldStart("logicalLocations");
                    json.writeStartObject();
                    json.writeStringField("name", report.pole());
                    json.writeStringField("kind", "module");
                    json.writeEndObject();
                    json.writeEndArray();
                    json.writeEndObject();
                    json.writeEndArray();
                    json.writeObjectFieldStart("properties");
                    json.writeStringField("pole", report.pole());
                    json.writeStringField("referential", report.referential());
                    json.writeStringField("asOf", report.asOf().toString());
                    json.writeStringField("verdict", report.verdict().name());
                    json.writeStringField("outcome", r.outcome().name());
                    json.writeStringField("severity", r.severity().name());
                    json.writeArrayFieldStart("evidence");
                    for (String e : r.evidence()) {
                        json.writeString(e);
                    }
                    json.writeEndArray();
                    if (r.remedy() != null) {
                        json.writeStringField("remedy", r.remedy());
                    }
                    json.writeEndObject();
                    json.writeEndObject();
                }
            }
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void invalid(Path file, List<Problem> problems) {
        String uri = uri(file);
        for (Problem p : problems) {
            notifications.add(new Notification(uri, p));
        }
    }

    @Override
    public void end() {
        try {
            json.writeEndArray(); // results
            json.writeArrayFieldStart("invocations");
            json.writeStartObject();
            json.writeBooleanField("executionSuccessful", notifications.isEmpty());
            json.writeArrayFieldStart("toolExecutionNotifications");
            for (Notification n : notifications) {
                json.writeStartObject();
                json.writeStringField("level", "error");
                json.writeObjectFieldStart("descriptor");
                json.writeStringField("id", "ptce/invalid-input");
                json.writeEndObject();
                json.writeObjectFieldStart("message");
                json.writeStringField("text", n.problem().path() + ": " + n.problem().message());
                json.writeEndObject();
                json.writeArrayFieldStart("locations");
                json.writeStartObject();
                json.writeObjectFieldStart("physicalLocation");
                json.writeObjectFieldStart("artifactLocation");
                json.writeStringField("uri", n.uri());
                json.writeEndObject();
                if (n.problem().hasPosition()) {
                    json.writeObjectFieldStart("region");
                    json.writeNumberField("startLine", n.problem().line());
                    json.writeNumberField("startColumn", Math.max(1, n.problem().column()));
                    json.writeEndObject();
                }
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray(); // invocations
            json.writeEndObject(); // run
            json.writeEndArray(); // runs
            json.writeEndObject();
            json.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
