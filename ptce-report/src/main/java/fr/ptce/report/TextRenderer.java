package fr.ptce.report;

import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.Problem;
import fr.ptce.model.text.Texts;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Language;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleResult;
import fr.ptce.rules.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports for a person reading a terminal, one block per pole: the pole and its as-of date, one verdict line per
 * referential (with how many rules passed, failed or did not apply), then each failed rule once (a data rule belongs
 * to every referential but is told once) with its explanation, the members it concerns by name and the remedy, then
 * the failed rules of severity {@code INFO} apart, then the key figures once. Passed and not-applicable rules are
 * counted; {@link ReportFormat.Context#verbose()} lists them, gives each failed rule's source, what the check derived
 * of every member concerned, and every figure. When the run covers several files, a summary table closes it.
 */
final class TextRenderer implements ReportRenderer {
    /** Members named in full on an evidence line; the others are counted. */
    private static final int EVIDENCE_NAMES = 5;
    /** Width the figures are wrapped to. */
    private static final int WIDTH = 110;
    /** Figures shown only when verbose: the key figures already say the weakest body's share. */
    private static final java.util.Set<String> DETAIL_FIGURES = java.util.Set.of("essVoteShareByBody");

    private final PrintWriter out;
    private final Language language;
    private final Texts labels;
    private final RuleCatalogue catalogue;
    private final boolean verbose;
    private final DateTimeFormatter longDate;
    private final List<SummaryRow> summary = new ArrayList<>();
    private final List<String> referentialsSeen = new ArrayList<>();
    private boolean first = true;

    /** One file of the closing summary: its verdict per referential, or {@code null} verdicts when invalid. */
    private record SummaryRow(String file, Map<String, String> verdicts) {
    }

    TextRenderer(PrintWriter out, ReportFormat.Context context) {
        this.out = out;
        this.language = context.language();
        this.labels = ReportLabels.of(language);
        this.catalogue = context.catalogue();
        this.verbose = context.verbose();
        this.longDate = DateTimeFormatter.ofPattern("d MMMM uuuu", language.locale());
    }

    @Override
    public void report(Path file, Pole pole, List<ComplianceReport> reports) {
        if (!first) {
            out.println();
            out.println("-".repeat(72));
        }
        first = false;
        ComplianceReport head = reports.get(0);
        out.println(pole.name() + " — " + file + " — " + labels.format("text.asOf", longDate.format(head.asOf())));
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (ComplianceReport report : reports) {
            verdicts.put(report.referential(), labels.get("verdict." + report.verdict()));
            if (!referentialsSeen.contains(report.referential())) {
                referentialsSeen.add(report.referential());
            }
            out.println("  " + mark(report) + " " + shortName(report.referential()) + labels.colon()
                    + labels.get("verdict." + report.verdict()).toUpperCase(language.locale()) + " — "
                    + labels.format("text.counts", report.count(Outcome.PASSED), failedCount(report),
                            report.count(Outcome.NOT_APPLICABLE)));
        }
        summary.add(new SummaryRow(file.toString(), verdicts));

        Map<String, List<String>> referentialsOf = new LinkedHashMap<>();
        Map<String, RuleResult> failed = new LinkedHashMap<>();
        Map<String, ComplianceReport> reportOf = new LinkedHashMap<>();
        for (ComplianceReport report : reports) {
            for (RuleResult r : report.failures()) {
                failed.putIfAbsent(r.ruleId(), r);
                reportOf.putIfAbsent(r.ruleId(), report);
                referentialsOf.computeIfAbsent(r.ruleId(), k -> new ArrayList<>()).add(report.referential());
            }
        }
        for (RuleResult r : failed.values()) {
            if (r.severity() != Severity.INFO) {
                writeFailure(r, pole, reportOf.get(r.ruleId()), reports.size() > 1 && !r.ruleId().startsWith("DATA-")
                        ? referentialsOf.get(r.ruleId()) : List.of());
            }
        }
        List<RuleResult> infos = failed.values().stream().filter(r -> r.severity() == Severity.INFO).toList();
        if (!infos.isEmpty()) {
            out.println();
            for (RuleResult r : infos) {
                out.println("ℹ " + labels.get("text.info") + labels.colon() + catalogue.title(r.ruleId(), language)
                        + " [" + r.ruleId() + "] — " + r.message());
            }
        }
        if (verbose) {
            for (ComplianceReport report : reports) {
                writeList(report, Outcome.PASSED, "text.passedList", "✓");
                writeList(report, Outcome.NOT_APPLICABLE, "text.notApplicableList", "–");
            }
        }
        out.println();
        out.println(labels.get("text.metrics"));
        List<String> figures = new ArrayList<>();
        for (Metrics.Line line : Metrics.lines(head.metrics(), labels)) {
            if (verbose || !DETAIL_FIGURES.contains(line.key())) {
                figures.add(line.label() + labels.colon() + line.value());
            }
        }
        StringBuilder row = new StringBuilder("  ");
        for (String figure : figures) {
            if (row.length() > 2 && row.length() + 3 + figure.length() > WIDTH) {
                out.println(row);
                row.setLength(0);
                row.append("  ");
            }
            row.append(row.length() > 2 ? " · " : "").append(figure);
        }
        if (row.length() > 2) {
            out.println(row);
        }
    }

    @Override
    public void invalid(Path file, List<Problem> problems) {
        summary.add(new SummaryRow(file.toString(), null));
    }

    @Override
    public void end() {
        if (summary.size() < 2) {
            return;
        }
        List<String> header = new ArrayList<>();
        header.add(labels.get("text.summaryFile"));
        referentialsSeen.forEach(r -> header.add(shortName(r)));
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (SummaryRow s : summary) {
            List<String> cells = new ArrayList<>();
            cells.add(s.file());
            for (String r : referentialsSeen) {
                cells.add(s.verdicts() == null ? labels.get("text.summaryInvalid")
                        : s.verdicts().getOrDefault(r, "—"));
            }
            rows.add(cells);
        }
        int[] widths = new int[header.size()];
        for (List<String> cells : rows) {
            for (int i = 0; i < cells.size(); i++) {
                widths[i] = Math.max(widths[i], cells.get(i).length());
            }
        }
        out.println();
        out.println("=".repeat(72));
        out.println(labels.format("text.summary", summary.size()));
        for (int n = 0; n < rows.size(); n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < rows.get(n).size(); i++) {
                String cell = rows.get(n).get(i);
                sb.append(i == 0 ? "  " : " | ").append(cell).append(" ".repeat(widths[i] - cell.length()));
            }
            out.println(sb.toString().stripTrailing());
            if (n == 0) {
                StringBuilder rule = new StringBuilder("  ");
                for (int i = 0; i < widths.length; i++) {
                    rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
                }
                out.println(rule);
            }
        }
    }

    private void writeFailure(RuleResult r, Pole pole, ComplianceReport report, List<String> referentials) {
        out.println();
        String where = referentials.isEmpty() ? "" : " (" + String.join(", ", referentials.stream()
                .map(this::shortName).toList()) + ")";
        out.println((r.severity() == Severity.ERROR ? "✗ " : "⚠ ") + labels.get("severity." + r.severity())
                + labels.colon() + catalogue.title(r.ruleId(), language) + " [" + r.ruleId() + "]" + where);
        out.println("    " + r.message());
        if (!r.evidence().isEmpty()) {
            out.println("    " + labels.format("text.evidence", names(r.evidence(), pole)));
            if (verbose) {
                for (String line : MemberDescriptions.of(r.evidence(), pole, report, labels)) {
                    out.println("      " + line);
                }
            }
        }
        if (r.remedy() != null && !r.remedy().isBlank()) {
            out.println("    " + labels.format("text.remedy", r.remedy()));
        }
        if (verbose && r.source() != null) {
            out.println("    " + labels.format("text.source", r.source().label()
                    + (r.source().url() == null ? "" : " <" + r.source().url() + ">")));
        }
    }

    /** The entries by name (ids that are not entries, such as a programme, as given), the first few, then a count. */
    private String names(List<String> evidence, Pole pole) {
        List<String> names = new ArrayList<>();
        for (String id : evidence) {
            names.add(pole.member(id).map(Member::name).orElse(id));
        }
        if (names.size() <= EVIDENCE_NAMES || verbose) {
            return String.join(", ", names);
        }
        int more = names.size() - EVIDENCE_NAMES;
        return String.join(", ", names.subList(0, EVIDENCE_NAMES)) + " " + labels.format("text.andMore", more);
    }

    private void writeList(ComplianceReport report, Outcome outcome, String key, String mark) {
        List<RuleResult> results = report.withOutcome(outcome);
        if (results.isEmpty()) {
            return;
        }
        out.println();
        out.println(labels.format(key, shortName(report.referential())));
        for (RuleResult r : results) {
            out.println("  " + mark + " " + catalogue.title(r.ruleId(), language) + " [" + r.ruleId() + "]");
        }
    }

    private String mark(ComplianceReport report) {
        return switch (report.verdict()) {
            case COMPLIANT -> "✓";
            case COMPLIANT_WITH_WARNINGS -> "⚠";
            case NON_COMPLIANT -> "✗";
            case NOT_IN_FORCE -> "–";
        };
    }

    private String shortName(String referential) {
        return labels.has("referentialShort." + referential) ? labels.get("referentialShort." + referential)
                : referential;
    }

    /** Failed rules that count: an {@code INFO} result is told apart. */
    private static int failedCount(ComplianceReport report) {
        return (int) report.failures().stream().filter(r -> r.severity() != Severity.INFO).count();
    }
}
