package fr.ptce.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Runs the ptce command in-process, as the tests' user would type it. */
final class Cli {
    /** The bundled example poles. */
    static final Path POLES = Path.of("src/main/resources/poles");

    /** Verdicts of the bundled poles (poles/README.md), per referential: LOI, DECRET, CHARTE. */
    static final Map<String, String[]> EXPECTED = Map.of(
            "coursive-boutaric", new String[] {"COMPLIANT_WITH_WARNINGS", "NON_COMPLIANT", "NON_COMPLIANT"},
            "bio-pour-tous", new String[] {"COMPLIANT", "NON_COMPLIANT", "COMPLIANT_WITH_WARNINGS"},
            "resto-passerelle", new String[] {"COMPLIANT_WITH_WARNINGS", "NON_COMPLIANT", "NON_COMPLIANT"},
            "phares", new String[] {"COMPLIANT_WITH_WARNINGS", "NON_COMPLIANT", "COMPLIANT"},
            "figeacteurs", new String[] {"NON_COMPLIANT", "COMPLIANT", "COMPLIANT"},
            "organic-vallee", new String[] {"COMPLIANT", "NON_COMPLIANT", "NON_COMPLIANT"},
            "cluster-jura", new String[] {"COMPLIANT_WITH_WARNINGS", "NON_COMPLIANT", "COMPLIANT_WITH_WARNINGS"});

    /** What a run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PtceCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The reports of {@code validate --format json}'s output, without their {@code file}. */
    static java.util.List<fr.ptce.rules.ComplianceReport> reports(String json) {
        return fr.ptce.rules.ReportJson.readFiledList(json).stream().map(fr.ptce.rules.ReportJson.FiledReport::report)
                .toList();
    }

    /** The only report of {@code validate --format json}'s output. */
    static fr.ptce.rules.ComplianceReport report(String json) {
        java.util.List<fr.ptce.rules.ComplianceReport> reports = reports(json);
        if (reports.size() != 1) {
            throw new AssertionError("expected one report, got " + reports.size());
        }
        return reports.get(0);
    }

    static Path pole(String id) {
        return POLES.resolve(id + ".json");
    }

    static String arg(Path p) {
        return p.toString();
    }

    static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copyPole(String id, Path target) {
        return write(target, read(pole(id)));
    }
}
