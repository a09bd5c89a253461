package fr.ptce.examples;

import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.Problem;
import fr.ptce.model.json.PoleReader;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.RuleResult;
import java.nio.file.Path;
import java.util.List;

/**
 * Example 1: read a pole file and check it against the three referentials.
 *
 * <pre>
 * java -cp ptce.jar fr.ptce.examples.Example01CheckJsonFile [pole.json]
 * </pre>
 *
 * Without an argument it checks the bundled La Coursive Boutaric. An invalid file is not an exception to let escape:
 * {@link PoleFormatException#problems()} lists every problem with its JSON path, line and column.
 */
public final class Example01CheckJsonFile {
    private Example01CheckJsonFile() {
    }

    /** Checks a pole file against every referential. */
    public static List<ComplianceReport> check(Path file) {
        Pole pole = PoleReader.create().read(file);
        return ComplianceChecker.create().checkAll(pole);
    }

    /** Checks one of the bundled poles against every referential. */
    public static List<ComplianceReport> checkBundled(String poleId) {
        Pole pole = BundledPoles.read(PoleReader.create(), poleId);
        return ComplianceChecker.create().checkAll(pole);
    }

    public static void main(String[] args) {
        List<ComplianceReport> reports;
        try {
            reports = args.length > 0 ? check(Path.of(args[0])) : checkBundled("coursive-boutaric");
        } catch (PoleFormatException e) {
            System.err.println(e.source() + ": invalid pole");
            for (Problem p : e.problems()) {
                System.err.println("  line " + p.line() + ", column " + p.column() + ", " + p.path() + ": " + p.message());
            }
            System.exit(2);
            return;
        }
        for (ComplianceReport report : reports) {
            System.out.println(report.pole() + " / " + report.referential() + ": " + report.verdict());
            for (RuleResult failure : report.failures()) {
                System.out.println("  " + failure.severity() + " " + failure.ruleId() + ": " + failure.message());
            }
        }
    }
}
