package fr.ptce.examples.cli;

import fr.ptce.model.PoleFormatException;
import fr.ptce.model.text.Texts;
import fr.ptce.report.PoleSurvey;
import fr.ptce.report.SurveyFormat;
import fr.ptce.report.SurveyReport;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.Language;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ptce survey}: the survey indicators over a set of poles (a network's view), with {@link PoleSurvey}.
 *
 * <p>Files are read and checked by two worker threads fed through a bounded queue, so memory does not grow with the
 * number of files. A broken file is reported on standard error (every problem, with line and column), listed in the
 * survey's {@code brokenFiles} and counted there, never among the poles; the survey of the readable files is still
 * written, and the exit code is then 2.
 */
@Command(name = "survey", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Surveys a set of PTCE files (format v1): verdict counts per referential, most failed rules, "
                + "member composition, cooperation practised, territory scale, sizes (indicators: docs/survey.md).",
                "A folder stands for its *.json files, recursively.",
                "Exit code: 0 every file read, 2 at least one broken file or a usage error (the survey of the readable "
                        + "files is still written)."})
public final class SurveyCommand implements Callable<Integer> {
    /** Worker threads that read and check files. */
    static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    @Spec
    private CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Check and count as of this date (YYYY-MM-DD); "
            + "default: today.")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text (default), json (one object), html (one self-contained page with charts), csv (one row "
                    + "per indicator).")
    private SurveyFormat format = SurveyFormat.TEXT;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = Converters.LanguageConverter.class,
            description = "Language of the labels: fr (default) or en.")
    private Language language = Language.FR;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the survey to FILE instead of "
            + "standard output.")
    private Path output;

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Folders of pole files (JSON), or files.")
    private List<Path> inputs;

    /** Converts {@code --format}. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<SurveyFormat> {
        @Override
        public SurveyFormat convert(String value) {
            return SurveyFormat.fromName(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not a survey format (expected text, json, html or csv)"));
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Texts labels = Labels.of(language);
        InputFiles collected = InputFiles.collect(inputs);
        int exit = PtceCommand.OK;
        for (InputFiles.Missing m : collected.missing()) {
            err.println(labels.format(m.labelKey(), m.argument(), m.detail()));
            exit = PtceCommand.INVALID;
        }
        List<Path> files = collected.files();
        CheckOptions options = CheckOptions.builder().asOf(asOf == null ? LocalDate.now() : asOf).language(language)
                .trustedInput().build();
        PoleSurvey survey = PoleSurvey.create(Shared.checker(), options);
        for (InputFiles.Missing m : collected.missing()) {
            // an argument that gives no file (missing, unreadable, without JSON) is broken input too: listed
            survey.broken(m.argument().toString());
        }
        Progress progress = new Progress(err, files.size(), System.console() != null);
        SurveyReport report = survey.run(files.iterator(), file -> Shared.reader(language).read(file), THREADS,
                new PoleSurvey.Listener<Path>() {
                    @Override
                    public void checked(Path file, fr.ptce.model.Pole pole, List<fr.ptce.rules.ComplianceReport> reports) {
                        progress.step();
                    }

                    @Override
                    public void broken(Path file, Exception problem) {
                        progress.clear();
                        if (problem instanceof PoleFormatException e) {
                            ValidateCommand.reportProblems(err, labels, file, e.problems());
                        } else {
                            err.println(labels.format("input.internal", file, problem));
                        }
                        progress.step();
                    }
                });
        progress.clear();
        if (!report.brokenFiles().isEmpty()) {
            exit = PtceCommand.INVALID;
        }
        try {
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                format.write(report, out, language);
                if (out.checkError()) {
                    err.println(labels.format("output.cannotWrite", "-", "I/O error"));
                    return PtceCommand.INVALID;
                }
            } else {
                try (PrintWriter out = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(output),
                        StandardCharsets.UTF_8))) {
                    format.write(report, out, language);
                    if (out.checkError()) {
                        err.println(labels.format("output.cannotWrite", output, "I/O error"));
                        return PtceCommand.INVALID;
                    }
                }
            }
        } catch (IOException e) {
            err.println(labels.format("output.cannotWrite", output, e.getMessage()));
            return PtceCommand.INVALID;
        }
        err.flush();
        return exit;
    }
}
