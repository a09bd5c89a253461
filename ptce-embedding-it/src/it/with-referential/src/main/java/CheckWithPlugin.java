import fr.ptce.model.Pole;
import fr.ptce.model.json.PoleReader;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Referential;
import fr.ptce.rules.RuleResult;
import java.nio.file.Path;

/** Checks poles against a referential plug-in found on the class path. */
public class CheckWithPlugin {
    public static void main(String[] args) {
        ComplianceChecker checker = ComplianceChecker.create();
        System.out.println("referentials: " + checker.catalogue().referentials());
        for (String file : args) {
            Pole pole = PoleReader.create().read(Path.of(file));
            ComplianceReport report = checker.check(pole, Referential.of("EXAMPLE-NETWORK-CHARTER"));
            System.out.println(pole.id() + ": " + report.verdict());
            for (RuleResult r : report.failures()) {
                System.out.println("  " + r.ruleId() + ": " + r.message());
            }
        }
    }
}
