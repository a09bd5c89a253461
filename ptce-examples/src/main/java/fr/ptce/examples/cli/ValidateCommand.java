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
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false)
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ReferentialOption referential;

    @Mixin
    private AsOfOption asOf;

    @Option(names = "--format", paramLabel = "${bundle:label.format:-FORMAT}", defaultValue = "text",
            converter = Converters.FormatConverter.class)
    private ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--param", paramLabel = "${bundle:label.keyValue:-KEY=VALUE}")
    private java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();

    @Option(names = {"-v", "--verbose"})
    private boolean verbose;

    @Option(names = {"-o", "--output"}, paramLabel = "${bundle:label.file:-FILE}")
    private Path output;

    @Parameters(arity = "1..*", paramLabel = "${bundle:label.filesOrDirs:-FILE|DIR}", descriptionKey = "files")
    private List<Path> inputs;

    @Override
    public Integer call() {
        Trace.commandStarts();
        PrintWriter err = spec.commandLine().getErr();
        Language language = LanguageOption.of(spec);
        Texts labels = Labels.of(language);
        Set<Referential> referentials = referential.referentials();
        InputFiles collected = InputFiles.collect(inputs);
        int exit = PtceCommand.OK;
        for (InputFiles.Missing m : collected.missing()) {
            err.println(labels.format(m.labelKey(), m.argument(), m.detail()));
            exit = PtceCommand.INVALID;
        }
        List<Path> files = collected.files();
        CheckOptions.Builder builder = CheckOptions.builder().asOf(asOf.date())
                .language(language).trustedInput();
        parameters.forEach((key, value) -> setParameter(labels, builder, key, value));
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
    private void setParameter(Texts labels, CheckOptions.Builder builder, String key, String value) {
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
