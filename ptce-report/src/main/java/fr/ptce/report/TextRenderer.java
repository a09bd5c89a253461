package fr.ptce.report;

import fr.ptce.model.Pole;
import fr.ptce.model.internal.Texts;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Language;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Reports for a person reading a terminal: the verdict first, then each failed rule with its explanation, remedy,
 * the members it names with what the check derived of them, and its source, then the rules that passed or did not
 * apply (ids only), then the figures.
 */
final class TextRenderer implements ReportRenderer {
    private final PrintWriter out;
    private final Language language;
    private final Texts labels;
    private final RuleCatalogue catalogue;
    private boolean first = true;

    TextRenderer(PrintWriter out, ReportFormat.Context context) {
        this.out = out;
        this.language = context.language();
        this.labels = ReportLabels.of(language);
        this.catalogue = context.catalogue();
    }

    @Override
    public void report(Path file, Pole pole, List<ComplianceReport> reports) {
        for (ComplianceReport report : reports) {
            if (!first) {
                out.println();
                out.println("-".repeat(72));
            }
            first = false;
            write(file, pole, report);
        }
    }

    private void write(Path file, Pole pole, ComplianceReport report) {
        out.println(labels.get("verdict." + report.verdict()).toUpperCase(language.locale()) + " — "
                + pole.name() + " (" + report.pole() + ")");
        out.println("  " + labels.get("referential." + report.referential()) + " [" + report.referential() + "], "
                + labels.format("text.asOf", report.asOf()) + " — " + file);

        List<RuleResult> failed = byOutcome(report, Outcome.FAILED);
        if (!failed.isEmpty()) {
            out.println();
            out.println(labels.format("text.failed", failed.size()));
            for (RuleResult r : failed) {
                out.println("  ✗ [" + labels.get("severity." + r.severity()) + "] " + r.ruleId() + " — "
                        + catalogue.title(r.ruleId(), language));
                out.println("    " + r.message());
                if (r.remedy() != null && !r.remedy().isBlank()) {
                    out.println("    " + labels.format("text.remedy", r.remedy()));
                }
                if (!r.evidence().isEmpty()) {
                    out.println("    " + labels.format("text.evidence", String.join(", ", r.evidence())));
                    for (String line : MemberDescriptions.of(r.evidence(), pole, report, labels)) {
                        out.println("      " + line);
                    }
                }
                if (r.source() != null) {
                    out.println("    " + labels.format("text.source", r.source().label()
                            + (r.source().url() == null ? "" : " <" + r.source().url() + ">")));
                }
            }
        }
        out.println();
        out.println(labels.format("text.passed", byOutcome(report, Outcome.PASSED).size(), ids(report, Outcome.PASSED)));
        out.println(labels.format("text.notApplicable", byOutcome(report, Outcome.NOT_APPLICABLE).size(),
                ids(report, Outcome.NOT_APPLICABLE)));
        out.println(labels.get("text.metrics"));
        for (Metrics.Line line : Metrics.lines(report.metrics(), labels)) {
            out.println("  " + line.label() + labels.colon() + line.value());
        }
    }

    private static List<RuleResult> byOutcome(ComplianceReport report, Outcome outcome) {
        return report.results().stream().filter(r -> r.outcome() == outcome).toList();
    }

    private String ids(ComplianceReport report, Outcome outcome) {
        List<String> ids = byOutcome(report, outcome).stream().map(RuleResult::ruleId).toList();
        return ids.isEmpty() ? labels.get("text.none") : String.join(", ", ids);
    }
}
