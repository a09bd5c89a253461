package org.example.modular;

import fr.ptce.model.Pole;
import fr.ptce.model.PoleFormatException;
import fr.ptce.model.json.PoleReader;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import java.nio.file.Path;

/** Checks each pole against every referential, from a named module; a pole that cannot be read, its problems. */
public class ModularCheck {
    public static void main(String[] args) {
        System.out.println("modules: " + ModularCheck.class.getModule().getName() + ", "
                + ComplianceChecker.class.getModule().getName() + ", " + Pole.class.getModule().getName());
        ComplianceChecker checker = ComplianceChecker.create();
        for (String file : args) {
            String name = Path.of(file).getFileName().toString();
            Pole pole;
            try {
                pole = PoleReader.create().read(Path.of(file));
            } catch (PoleFormatException e) {
                System.out.println(name + ": unreadable");
                e.problems().forEach(p -> System.out.println("  " + p));
                continue;
            }
            for (ComplianceReport report : checker.checkAll(pole)) {
                System.out.println(report.referential() + ": " + report.verdict());
                report.failures().forEach(r -> System.out.println("  " + r.ruleId() + ": " + r.message()));
            }
        }
    }
}
