/**
 * The {@code ptce} command line ({@link fr.ptce.examples.cli.PtceCommand}, picocli), one class per subcommand:
 *
 * <pre>
 * java -jar ptce.jar validate [--referential ID|all] [--as-of DATE] [--format text|json|html|sarif] [--lang fr|en]
 *                             [--output FILE] FILE|DIR...
 * java -jar ptce.jar rules [--referential ID|all] [--lang fr|en]
 * java -jar ptce.jar explain RULE-ID [--lang fr|en]
 * java -jar ptce.jar schema
 * java -jar ptce.jar import-csv MEMBERS.csv --into POLE.json [--dry-run] [--lang fr|en]
 * java -jar ptce.jar rule-book [--output FILE]
 * </pre>
 *
 * Every command takes {@code --lang fr|en} (French by default, {@code LanguageOption}), and
 * everything it writes is in that language: its messages, its help ({@code help_<lang>.properties}, picocli resource
 * bundles) and its usage errors, each one line ({@code UsageErrors}). The options several
 * commands share are declared once, as picocli mixins ({@code ReferentialOption},
 * {@code AsOfOption}).
 *
 * <p>Exit codes: 0 success (every report compliant, warnings allowed), 1 at least one NON_COMPLIANT report, 2 invalid
 * input or usage; with several files the highest code applies. Standard output carries only the result (reports,
 * catalogue, schema); problems go to standard error, invalid files with the line, column, JSON path and message of
 * every problem. The output formats are those of {@link fr.ptce.report.ReportFormat}.
 */
package fr.ptce.examples.cli;
