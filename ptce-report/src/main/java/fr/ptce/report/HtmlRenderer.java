package fr.ptce.report;

import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.Problem;
import fr.ptce.model.text.Texts;
import fr.ptce.model.reference.Geography;
import fr.ptce.model.reference.LegalCategories;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Language;
import fr.ptce.rules.MemberFacts;
import fr.ptce.rules.Outcome;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.RuleResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One self-contained HTML page for every file of the run (inline CSS and SVG, no script, no font, no external
 * resource), for people who are not developers: a summary of the verdicts, then for each pole its charts and, for
 * each referential, a verdict banner and the table of rules (failed rules first).
 *
 * <p>The page is written as the files are checked. The summary is written last, once every verdict is known, and
 * shown first by CSS ({@code order}); it holds one short row per report, never a pole.
 *
 * <p>Every value that comes from a pole file (names, ids, messages quoting them, paths) is escaped.
 */
final class HtmlRenderer implements ReportRenderer {
    private static final String CSS = """
            :root { color-scheme: light; }
            body { margin: 0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   color: #1d2330; background: #f4f5f7; overflow-wrap: break-word; }
            *, *::before, *::after { box-sizing: border-box; }
            .page { display: flex; flex-direction: column; max-width: 1180px; margin: 0 auto; padding: 24px; gap: 24px; }
            .page > * { min-width: 0; }
            header { order: -2; } .summary { order: -1; }
            h1 { font-size: 1.8rem; margin: 0 0 4px; } h2 { font-size: 1.4rem; margin: 0 0 6px; } h3 { margin: 0; font-size: 1.1rem; }
            .muted, .meta { color: #5a6270; } .meta { font-size: .9rem; margin: 0 0 12px; }
            section.card { background: #fff; border-radius: 10px; padding: 20px 22px; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
            .banner { border-radius: 8px; padding: 12px 16px; color: #fff; margin: 18px 0 10px; }
            .banner strong { font-size: 1.25rem; display: block; }
            .COMPLIANT { background: #1b7f3b; } .COMPLIANT_WITH_WARNINGS { background: #9a5b00; }
            .NON_COMPLIANT, .INVALID { background: #b3261e; } .NOT_IN_FORCE { background: #5a6270; }
            .member-facts { font-size: .85rem; color: #3b4250; margin-top: 2px; }
            .pill { display: inline-block; border-radius: 999px; padding: 1px 10px; color: #fff; font-size: .85rem; white-space: nowrap; }
            table { border-collapse: collapse; width: 100%; font-size: .93rem; }
            th, td { text-align: left; vertical-align: top; padding: 7px 8px; border-bottom: 1px solid #e3e6ea; }
            .table-wrap { overflow-x: auto; max-width: 100%; }
            th { background: #eef0f3; font-weight: 600; }
            tr.FAILED td:first-child { border-left: 4px solid #b3261e; } tr.FAILED { background: #fff6f5; }
            tr.PASSED td:first-child { border-left: 4px solid #1b7f3b; } tr.PASSED { color: #3b4250; font-size: .88rem; }
            tr.NOT_APPLICABLE td:first-child { border-left: 4px solid #9aa1ab; } tr.NOT_APPLICABLE { color: #5a6270; }
            .outcome-FAILED { color: #b3261e; font-weight: 600; } .outcome-PASSED { color: #1b7f3b; }
            .rule-id { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .82rem; color: #5a6270; display: block; }
            .name[title] { text-decoration: underline dotted #9aa1ab; }
            .remedy { margin-top: 4px; } .remedy b { color: #9a5b00; }
            .charts { display: flex; flex-wrap: wrap; gap: 18px; }
            figure.chart { margin: 0; flex: 1 1 300px; max-width: 420px; min-width: 0; }
            figcaption { font-weight: 600; margin-bottom: 4px; }
            svg { max-width: 100%; height: auto; font-size: 14px; }
            svg .label { fill: #1d2330; } svg .value { fill: #1d2330; font-weight: 600; } svg .small { fill: #3b4250; font-size: 12px; }
            details { margin: 10px 0; } summary { cursor: pointer; font-weight: 600; }
            dl.metrics { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 4px 16px; margin: 8px 0 0; }
            dl.metrics dt { color: #5a6270; } dl.metrics dd { margin: 0; } dl.metrics dt, dl.metrics dd { min-width: 0; }
            a { color: #1f4e99; }
            @media (max-width: 720px) {
              .page { padding: 12px; gap: 14px; } section.card { padding: 14px 12px; } h1 { font-size: 1.4rem; }
              table.stack thead { display: none; }
              table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: 100%; }
              table.stack tr { border-bottom: 1px solid #e3e6ea; padding: 6px 0; } table.stack td { border: 0; padding: 2px 8px; }
              table.stack td:empty { display: none; }
              dl.metrics { grid-template-columns: minmax(0, 1fr); gap: 0 8px; } dl.metrics dd { margin-bottom: 6px; }
            }
            @media print {
              @page { margin: 15mm; }
              body { background: #fff; font-size: 11pt; } .page { max-width: none; padding: 0; gap: 12px; }
              section.card { box-shadow: none; border: 1px solid #ccc; break-inside: auto; }
              .banner { color: #000; background: none; border: 2px solid #000; }
              tr, figure.chart { break-inside: avoid; } thead { display: table-header-group; }
              a { color: inherit; text-decoration: none; } .table-wrap { overflow: visible; }
            }
            """;

    private record SummaryRow(String anchor, String file, String pole, String referential, String verdictClass, String verdict) {
    }

    private final PrintWriter out;
    private final Language language;
    private final Texts labels;
    private final RuleCatalogue catalogue;
    private final HtmlCharts charts;
    private final List<SummaryRow> summary = new ArrayList<>();
    private int sections;

    HtmlRenderer(PrintWriter out, ReportFormat.Context context) {
        this.out = out;
        this.language = context.language();
        this.labels = ReportLabels.of(language);
        this.catalogue = context.catalogue();
        this.charts = new HtmlCharts(labels);
    }

    @Override
    public void begin() {
        Html.pageStart(out, language, labels.get("html.title"), CSS, "page");
        out.println("<header><h1>" + Html.text(labels.get("html.title")) + "</h1><p class=\"meta\">"
                + Html.text(labels.format("html.generated", LocalDate.now())) + "</p></header>");
    }

    @Override
    public void report(Path file, Pole pole, List<ComplianceReport> reports) {
        out.println("<section class=\"card pole\">");
        out.println("<h2>" + Html.text(pole.name()) + "</h2>");
        out.println("<p class=\"meta\">" + Html.text(pole.id()) + " — " + Html.text(file) + "</p>");
        ComplianceReport first = reports.get(0);
        out.println("<div class=\"charts\">");
        out.print(charts.votesByBody(first.metrics(), first.parameters().get("essVoteShareMin").doubleValue()));
        out.print(charts.membersByFamily(first.members(), first.parameters().get("minActorFamilies").intValue()));
        out.print(charts.anchoredShare(first.metrics(), first.parameters().get("anchoredShareMin").doubleValue()));
        out.println("</div>");
        membersTable(pole, first);
        for (ComplianceReport report : reports) {
            String anchor = "r" + (++sections);
            String verdict = labels.get("verdict." + report.verdict());
            summary.add(new SummaryRow(anchor, file.toString(), pole.name(), report.referential(), report.verdict().name(), verdict));
            out.println("<div class=\"banner " + report.verdict().name() + "\" id=\"" + anchor + "\"><strong>"
                    + Html.text(verdict) + "</strong>" + Html.text(ReportLabels.referential(report.referential(), language))
                    + " [" + Html.text(report.referential()) + "], " + Html.text(labels.format("html.asOf", report.asOf()))
                    + "</div>");
            rulesTable(pole, report);
            out.println("<details><summary>" + Html.text(labels.get("html.metrics")) + "</summary><dl class=\"metrics\">");
            for (Metrics.Line line : Metrics.lines(report.metrics(), labels)) {
                out.println("<dt>" + Html.text(line.label()) + "</dt><dd>" + Html.text(line.value()) + "</dd>");
            }
            out.println("</dl></details>");
        }
        out.println("</section>");
    }

    /** The members and partners, collapsed: who they are, what the check derived of them (the report's members). */
    private void membersTable(Pole pole, ComplianceReport report) {
        List<Member> members = pole.memberList();
        out.println("<details class=\"members\"><summary>" + Html.text(labels.format("html.members", members.size()))
                + "</summary><div class=\"table-wrap\"><table><thead><tr><th>" + Html.text(labels.get("html.memberName")) + "</th><th>"
                + Html.text(labels.get("html.relation")) + "</th><th>" + Html.text(labels.get("html.legalCategory"))
                + "</th><th>" + Html.text(labels.get("html.commune")) + "</th><th>" + Html.text(labels.get("html.essStatus"))
                + "</th><th>" + Html.text(labels.get("html.families"))
                + "</th><th>" + Html.text(labels.format("html.active", report.asOf())) + "</th></tr></thead><tbody>");
        Geography cog = Geography.cog2026();
        for (Member m : members) {
            if (m == null) {
                continue;
            }
            MemberFacts facts = report.member(m.id()).orElseThrow();
            List<String> families = new ArrayList<>();
            facts.families().forEach(f -> families.add(labels.get("family." + f)));
            String status = labels.get("essReason." + facts.essReason().name())
                    + (facts.constituent() ? "" : " (" + labels.get("html.constituent") + ")");
            String category = m.legalCategory() == null ? (m.citizen() ? labels.get("html.naturalPerson") : "")
                    : m.legalCategory() + LegalCategories.label(m.legalCategory()).map(l -> " — " + l).orElse("");
            String commune = m.commune() == null ? "" : m.commune() + cog.communeName(m.commune()).map(n -> " " + n).orElse("");
            out.println("<tr><td><span class=\"name\" title=\"" + Html.text(m.id()) + "\">" + Html.text(m.name())
                    + "</span></td><td>"
                    + Html.text(labels.get("relation." + m.relationOrDefault())) + "</td><td>" + Html.text(category)
                    + "</td><td>" + Html.text(commune) + "</td><td>" + Html.text(status) + "</td><td>"
                    + Html.text(String.join(", ", families)) + "</td><td>"
                    + Html.text(labels.get(facts.active() ? "html.yes" : "html.no")) + "</td></tr>");
        }
        out.println("</tbody></table></div></details>");
    }

    /** An entry by its name, its id in a tooltip; an id that names no entry (a programme…) as given. */
    private static String named(String id, Pole pole) {
        return pole.member(id).map(m -> "<span class=\"name\" title=\"" + Html.text(id) + "\">" + Html.text(m.name())
                + "</span>").orElse(Html.text(id));
    }

    private void rulesTable(Pole pole, ComplianceReport report) {
        out.println("<div class=\"table-wrap\"><table class=\"rules stack\"><thead><tr><th>" + Html.text(labels.get("html.rule")) + "</th><th>"
                + Html.text(labels.get("html.outcome")) + "</th><th>" + Html.text(labels.get("html.severity")) + "</th><th>"
                + Html.text(labels.get("html.message")) + "</th><th>" + Html.text(labels.get("html.evidence")) + "</th><th>"
                + Html.text(labels.get("html.source")) + "</th></tr></thead><tbody>");
        List<RuleResult> ordered = new ArrayList<>(report.results());
        ordered.sort(Comparator.comparingInt(r -> r.outcome() == Outcome.FAILED ? 0 : r.outcome() == Outcome.PASSED ? 1 : 2));
        for (RuleResult r : ordered) {
            StringBuilder row = new StringBuilder("<tr class=\"").append(r.outcome().name()).append("\">");
            row.append("<td>").append(Html.text(catalogue.title(r.ruleId(), language)))
                    .append("<span class=\"rule-id\">").append(Html.text(r.ruleId())).append("</span></td>");
            row.append("<td class=\"outcome-").append(r.outcome().name()).append("\">")
                    .append(Html.text(labels.get("outcome." + r.outcome()))).append("</td>");
            row.append("<td>").append(r.outcome() == Outcome.FAILED
                    ? Html.text(labels.get("severity." + r.severity())) : "").append("</td>");
            row.append("<td>").append(Html.text(r.message()));
            if (r.outcome() == Outcome.FAILED && r.remedy() != null && !r.remedy().isBlank()) {
                row.append("<div class=\"remedy\"><b>").append(Html.text(labels.get("html.remedy"))).append("</b> ")
                        .append(Html.text(r.remedy())).append("</div>");
            }
            row.append("</td>");
            row.append("<td>");
            if (r.outcome() == Outcome.FAILED) {
                for (String id : r.evidence()) {
                    row.append("<div class=\"member-facts\">").append(named(id, pole));
                    MemberDescriptions.reason(id, report, labels).ifPresent(why -> row.append(Html.text(
                            labels.colon() + why)));
                    row.append("</div>");
                }
            } else {
                List<String> names = new ArrayList<>();
                r.evidence().forEach(id -> names.add(named(id, pole)));
                row.append(String.join(", ", names));
            }
            row.append("</td>");
            row.append("<td>").append(r.source() == null ? "" : Html.link(r.source().url(), r.source().label())).append("</td>");
            out.println(row.append("</tr>"));
        }
        out.println("</tbody></table></div>");
    }

    @Override
    public void invalid(Path file, List<Problem> problems) {
        String anchor = "r" + (++sections);
        String verdict = labels.get("html.invalid");
        summary.add(new SummaryRow(anchor, file.toString(), "—", "—", "INVALID", verdict));
        out.println("<section class=\"card pole invalid\">");
        out.println("<h2>" + Html.text(file) + "</h2>");
        out.println("<div class=\"banner INVALID\" id=\"" + anchor + "\"><strong>" + Html.text(verdict) + "</strong></div>");
        out.println("<div class=\"table-wrap\"><table><thead><tr><th>" + Html.text(labels.get("html.problemLine")) + "</th><th>"
                + Html.text(labels.get("html.problemColumn")) + "</th><th>" + Html.text(labels.get("html.problemPath"))
                + "</th><th>" + Html.text(labels.get("html.problemMessage")) + "</th></tr></thead><tbody>");
        for (Problem p : problems) {
            out.println("<tr><td>" + p.line() + "</td><td>" + p.column() + "</td><td>" + Html.text(p.path()) + "</td><td>"
                    + Html.text(p.message()) + "</td></tr>");
        }
        out.println("</tbody></table></div></section>");
    }

    @Override
    public void end() {
        out.println("<section class=\"card summary\">");
        out.println("<h2>" + Html.text(labels.get("html.summary")) + "</h2>");
        out.println("<div class=\"table-wrap\"><table class=\"stack\"><thead><tr><th>" + Html.text(labels.get("html.verdict")) + "</th><th>"
                + Html.text(labels.get("html.pole")) + "</th><th>" + Html.text(labels.get("html.referential")) + "</th><th>"
                + Html.text(labels.get("html.file")) + "</th></tr></thead><tbody>");
        for (SummaryRow row : summary) {
            out.println("<tr><td><a href=\"#" + row.anchor() + "\"><span class=\"pill " + row.verdictClass() + "\">"
                    + Html.text(row.verdict()) + "</span></a></td><td>" + Html.text(row.pole()) + "</td><td>"
                    + Html.text(row.referential()) + "</td><td>" + Html.text(row.file()) + "</td></tr>");
        }
        out.println("</tbody></table></div></section>");
        out.println("</main>");
        out.println("</body>");
        out.println("</html>");
    }

}
