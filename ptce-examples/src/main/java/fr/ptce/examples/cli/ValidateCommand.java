package fr.ptce.examples.cli;

import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.Problem;
import fr.ptce.model.text.Texts;
import fr.ptce.report.ReportFormat;
import fr.ptce.report.ReportRenderer;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Language;
import fr.ptce.rules.Referential;
import fr.ptce.rules.Parameter;
import fr.ptce.rules.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ptce validate}: checks pole files and prints one report per pole and referential.
 *
 * <p>Files are read and checked one at a time and each report is written as soon as it is made, so memory does not
 * grow with the number of files. An invalid file is reported on standard error (every problem, with line and column)
 * and the other files are still checked. Standard output carries only the reports, in the chosen format.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks PTCE files (format v1) and prints a compliance report for each pole and referential.",
                "A folder stands for its *.json files, recursively, in path order.",
                "Exit code: 0 all compliant (warnings allowed), 1 at least one non-compliant report, "
                        + "2 at least one invalid file or a usage error (the highest applies).",
                "Invalid files are reported on standard error, in every format; standard output carries only the "
                        + "reports. --format json always prints an array of reports, each naming its file."})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--referential", paramLabel = "ID|all", defaultValue = "all",
            converter = Converters.ReferentialsConverter.class,
            description = "all (default) or referential ids separated by commas: LOI-2014-856-ART9, "
                    + "DECRET-2015-431-ART3, CHARTE-LABO-ESS.")
    private Converters.Selection selection = Converters.Selection.all();

    @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.DateConverter.class,
            description = "Check as of this date (YYYY-MM-DD or DD/MM/YYYY); default: today.")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Converters.FormatConverter.class,
            description = "text (default, for a person), json (format v1 reports), html (one self-contained page), "
                    + "sarif (SARIF 2.1.0).")
    private ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = Converters.LanguageConverter.class,
            description = "Language of the messages: fr (default) or en.")
    private Language language = Language.FR;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "A threshold of the deployment, repeatable: essVoteShareMin (0 to 1, excluded; default 0.5), "
                    + "minActorFamilies (1 to 6; default 3), anchoredShareMin (0 to 1; default 0.75).")
    private java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();

    @Option(names = {"-v", "--verbose"}, description = "Text format: also list the rules that passed or did not apply, "
            + "and what the check derived of each member a failed rule names.")
    private boolean verbose;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the reports to FILE instead of "
            + "standard output.")
    private Path output;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Pole files (JSON) or folders of them.")
    private List<Path> inputs;

    @Override
    public Integer call() {
        Trace.commandStarts();
        PrintWriter err = spec.commandLine().getErr();
        Texts labels = Labels.of(language);
        Set<Referential> referentials = selection.referentials();
        InputFiles collected = InputFiles.collect(inputs);
        int exit = PtceCommand.OK;
        for (InputFiles.Missing m : collected.missing()) {
            err.println(labels.format(m.labelKey(), m.argument(), m.detail()));
            exit = PtceCommand.INVALID;
        }
        List<Path> files = collected.files();
        CheckOptions.Builder builder = CheckOptions.builder().asOf(asOf == null ? LocalDate.now() : asOf)
                .language(language).trustedInput();
        parameters.forEach((key, value) -> setParameter(builder, key, value));
        CheckOptions options = builder.build();
        Writer target;
        try {
            target = output == null ? spec.commandLine().getOut() : openOutput(output);
        } catch (IOException e) {
            err.println(labels.format("output.cannotWrite", output, e.getMessage()));
            return PtceCommand.INVALID;
        }
        ComplianceChecker checker = Shared.checker();
        PrintWriter out = target instanceof PrintWriter p ? p : new PrintWriter(target);
        ReportRenderer renderer = format.renderer(out, new ReportFormat.Context(language, checker.catalogue(),
                files.size() * referentials.size(), verbose));
        boolean terminal = System.console() != null;
        Progress progress = new Progress(err, files.size(), terminal);
        int checked = 0;
        int invalid = 0;
        int nonCompliant = 0;
        renderer.begin();
        // files are read and checked in order, several at a time when there are several (CheckPipeline)
        CheckPipeline pipeline = CheckPipeline.over(files, file -> {
            long t = Trace.start();
            Trace.file();
            Pole pole = Shared.reader(language).read(file);
            t = Trace.end(Trace.Phase.READ, t);
            List<ComplianceReport> reports = checker.check(pole, referentials, options);
            Trace.end(Trace.Phase.CHECK, t);
            return new CheckPipeline.Checked(pole, reports);
        });
        for (Path file : files) {
            int code = PtceCommand.OK;
            try {
                CheckPipeline.Checked result = pipeline.next();
                Pole pole = result.pole();
                List<ComplianceReport> reports = result.reports();
                long t = Trace.start();
                progress.clear();
                renderer.report(file, pole, reports);
                Trace.end(Trace.Phase.REPORT, t);
                checked++;
                for (ComplianceReport r : reports) {
                    if (r.verdict() == Verdict.NON_COMPLIANT) {
                        nonCompliant++;
                        code = PtceCommand.NON_COMPLIANT;
                    }
                }
            } catch (PoleFormatException e) {
                progress.clear();
                reportProblems(err, labels, file, e.problems());
                renderer.invalid(file, e.problems());
                invalid++;
                code = PtceCommand.INVALID;
            } catch (RuntimeException e) {
                // Not an input problem: a failure of the checker itself. Reported, the run goes on.
                progress.clear();
                err.println(labels.format("input.internal", file, e));
                renderer.invalid(file, List.of(Problem.at("$", String.valueOf(e))));
                invalid++;
                code = PtceCommand.INVALID;
            }
            exit = Math.max(exit, code);
            progress.step();
            if (out.checkError()) {
                // The reader went away (a closed pipe, a full disk): checking more files would write to nowhere.
                progress.clear();
                err.println(labels.format("output.cannotWrite", output == null ? "-" : output, "I/O error"));
                pipeline.close();
                return PtceCommand.INVALID;
            }
        }
        pipeline.close();
        progress.clear();
        renderer.end();
        out.flush();
        if (output != null) {
            out.close();
            if (out.checkError()) {
                err.println(labels.format("output.cannotWrite", output, "I/O error"));
                return PtceCommand.INVALID;
            }
        }
        if (terminal && files.size() > 1) {
            err.println(labels.format("summary.line", files.size(), checked, invalid, nonCompliant));
        }
        return exit;
    }

    /** Sets one {@code --param}, or stops with a usage error naming the key and what it accepts. */
    private void setParameter(CheckOptions.Builder builder, String key, String value) {
        Texts labels = Labels.of(language);
        Parameter parameter = Parameter.fromKey(key).orElseThrow(() -> new ParameterException(spec.commandLine(),
                labels.format("error.paramKey", key)));
        try {
            builder.parameter(parameter, Double.parseDouble(value.strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), labels.format("error.paramNumber", key, value));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), labels.format("error.paramRange", parameter.key(), value,
                    labels.get("range." + parameter.key())));
        }
    }

    static void reportProblems(PrintWriter err, Texts labels, Path file, List<Problem> problems) {
        err.println(labels.format("input.invalid", file, problems.size()));
        for (Problem p : problems) {
            err.println(labels.format("input.problem", file, p.line(), p.column(), p.path(), p.message()));
        }
        err.flush();
    }

    private static Writer openOutput(Path file) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }
}
