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
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
@Command(name = "survey", mixinStandardHelpOptions = true, sortOptions = false)
public final class SurveyCommand implements Callable<Integer> {
    /** Worker threads that read and check files. */
    static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    @Spec
    private CommandSpec spec;

    @Mixin
    private AsOfOption asOf;

    @Option(names = "--format", paramLabel = "${bundle:label.format:-FORMAT}", defaultValue = "text",
            converter = Converters.SurveyFormatConverter.class)
    private SurveyFormat format = SurveyFormat.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "${bundle:label.file:-FILE}")
    private Path output;

    @Parameters(arity = "1..*", paramLabel = "${bundle:label.dirsOrFiles:-DIR|FILE}", descriptionKey = "files")
    private List<Path> inputs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Language language = LanguageOption.of(spec);
        Texts labels = Labels.of(language);
        InputFiles collected = InputFiles.collect(inputs);
        int exit = PtceCommand.OK;
        for (InputFiles.Missing m : collected.missing()) {
            err.println(labels.format(m.labelKey(), m.argument(), m.detail()));
            exit = PtceCommand.INVALID;
        }
        List<Path> files = collected.files();
        CheckOptions options = CheckOptions.builder().asOf(asOf.date()).language(language)
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
