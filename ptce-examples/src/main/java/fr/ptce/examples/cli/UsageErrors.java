package fr.ptce.examples.cli;

import fr.ptce.model.text.Texts;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * A usage error as one line, in the language asked for ({@link Labels#requested()}): what is wrong and what is
 * accepted, then where the help is; never the whole usage, never a Java class name, never picocli's own English.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    /** The line for {@code e}, raised while reading {@code args}. */
    static String line(ParameterException e, String... args) {
        Texts labels = Labels.requested();
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        return command + labels.colon() + what(e, args, labels) + " " + labels.format("error.help", command);
    }

    private static String what(ParameterException e, String[] args, Texts labels) {
        ArgSpec arg = e.getArgSpec();
        if (e.getCause() instanceof Converters.Refused refused) {
            return arg == null ? refused.getMessage() : name(arg) + labels.colon() + refused.getMessage();
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            return first.startsWith("-") ? labels.format("error.unknownOption", first)
                    : labels.format("error.unexpectedArgument", first);
        }
        if (e instanceof CommandLine.MissingParameterException m && m.getMissing() != null && !m.getMissing().isEmpty()) {
            return m.getMissing().stream().map(a -> missing(a, args, labels)).collect(Collectors.joining("; "));
        }
        if (e instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
            return labels.format("error.repeated", name(o.getOverwritten()));
        }
        if (arg != null && e.getValue() != null) {
            return labels.format("error.badValue", e.getValue(), name(arg), arg.paramLabel());
        }
        if (arg == null && e.getValue() != null) {
            // picocli's help command, given a command that does not exist
            return labels.format("error.unknownCommand", e.getValue());
        }
        // the commands' own usage errors, already written in the language asked for
        return e.getMessage();
    }

    /** A missing option, a missing option value, or a missing parameter. */
    private static String missing(ArgSpec arg, String[] args, Texts labels) {
        if (arg instanceof OptionSpec option) {
            boolean given = Arrays.stream(args).filter(Objects::nonNull).anyMatch(a -> Arrays.stream(option.names())
                    .anyMatch(n -> a.equals(n) || a.startsWith(n + "=")));
            return labels.format(given ? "error.missingValue" : "error.missingOption", option.longestName(),
                    option.paramLabel());
        }
        return labels.format("error.missing", arg.paramLabel());
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
