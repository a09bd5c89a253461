package fr.ptce.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import fr.ptce.model.text.Texts;
import fr.ptce.rules.InvalidReferentialException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code ptce} command: checks PTCE files against the referentials of the rule catalogue (rules version 2) and documents the rules.
 *
 * <p>Exit codes, for every subcommand: 0 success (for {@code validate}: every pole compliant, warnings allowed),
 * 1 at least one pole not compliant, 2 invalid input or usage (an unreadable or invalid file, an unknown option or
 * rule, a rejected CSV row).
 *
 * <p>Tests and other Java code run it in-process with {@link #run(PrintWriter, PrintWriter, String...)}.
 */
@Command(name = "ptce", mixinStandardHelpOptions = true, versionProvider = PtceCommand.Version.class,
        subcommands = {ValidateCommand.class, TimelineCommand.class, SurveyCommand.class, RulesCommand.class,
                ExplainCommand.class, SchemaCommand.class, ImportCsvCommand.class, InitCommand.class,
                RuleBookCommand.class, CommandLine.HelpCommand.class})
public final class PtceCommand implements Callable<Integer> {
    /** Every pole compliant (warnings allowed), or a documentation command succeeded. */
    public static final int OK = 0;
    /** At least one report is NON_COMPLIANT. */
    public static final int NON_COMPLIANT = 1;
    /** Invalid input or usage. */
    public static final int INVALID = 2;
    /** A referential plug-in on the class path is not usable (its jar is named in the message). */
    public static final int BAD_REFERENTIAL = 3;

    @Spec
    private CommandSpec spec;

    /** {@code --lang}, inherited by every subcommand. */
    @Mixin
    private LanguageOption language;

    /** Without a subcommand: the usage, exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return INVALID;
    }

    /**
     * A configured command line: exit code 2 for usage errors and for any unexpected failure (no stack trace); help
     * and usage errors in the language of {@link Labels#requested()}.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PtceCommand());
        HelpTexts.apply(cl, Labels.requestedLanguage());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> INVALID);
        cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println(UsageErrors.line(e, args));
            err.flush();
            return INVALID;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("ptce: " + Labels.requested().format("error.unexpected", describe(e)));
            if (Boolean.getBoolean("ptce.debug")) {
                e.printStackTrace(err);
            }
            err.flush();
            return INVALID;
        });
        return cl;
    }

    /** Runs the command with these arguments, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Labels.request(Labels.requestedBy(args));
        try {
            Shared.catalogue(); // a bad plug-in is reported once, before any option names a referential
        } catch (InvalidReferentialException e) {
            err.println(Labels.of(Labels.requestedBy(args)).format("error.badReferential", e.getMessage()));
            err.flush();
            return BAD_REFERENTIAL;
        }
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Entry point of {@code java -jar ptce.jar}: UTF-8 output whatever the platform's default. */
    public static void main(String[] args) {
        Trace.main();
        Training.started();
        if (System.getProperty("org.jboss.logging.provider") == null) {
            // Hibernate Validator's logging (jboss-logging) picks SLF4J by itself only next to logback
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        // standard output flushed by the commands (after each file's reports, and at the end), not at every line: a
        // flush per line was a system call per line of a text report
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        Trace.print(System.err);
        if (Boolean.getBoolean("ptce.training")) {
            Training.exercise(); // scripts/ptce records its class cache: more of the classes a later run needs
        }
        System.exit(code);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** The version, from the jar's manifest when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = PtceCommand.class.getPackage().getImplementationVersion();
            Texts labels = Labels.requested();
            return new String[] {labels.format("version.line", v == null ? labels.get("version.development") : v)};
        }
    }
}
