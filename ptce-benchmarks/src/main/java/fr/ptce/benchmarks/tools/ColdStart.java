package fr.ptce.benchmarks.tools;

import fr.ptce.model.Pole;
import fr.ptce.model.json.PoleReader;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Referential;
import fr.ptce.rules.ReportJson;
import fr.ptce.rules.RuleCatalogue;
import fr.ptce.rules.Verdict;
import fr.ptce.rules.internal.Engine;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;

/**
 * The process that {@code scripts/bench-coldstart.sh} times: read one pole file, get the rules, check the pole against
 * the three referentials, print the reports as JSON (format v1), exit. Two ways to get the rules:
 * <ul>
 *   <li>{@code model}: the executable model compiled at build time, through the library ({@link ComplianceChecker});</li>
 *   <li>{@code drl}: the same DRL files, read from the ptce-rules jar ({@code fr/ptce/rules/referentials/UNIT/rules.drl}) and compiled at
 *       run time with {@link KieHelper} (to the executable model, the only DRL compiler {@code drools-engine} ships), then
 *       the same facts, session and explanations as {@code ComplianceChecker.check}.</li>
 * </ul>
 * Usage: {@code java -cp benchmarks.jar fr.ptce.benchmarks.tools.ColdStart model|drl FILE [AS-OF]}.
 */
public final class ColdStart {
    /** The DRL files of ptce-rules, on the class path. */
    static final List<String> DRL = List.of("fr/ptce/rules/referentials/loi2014856art9/rules.drl",
            "fr/ptce/rules/referentials/decret2015431art3/rules.drl", "fr/ptce/rules/referentials/chartelaboess/rules.drl",
            "fr/ptce/rules/referentials/data/rules.drl");

    private ColdStart() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || !(args[0].equals("model") || args[0].equals("drl"))) {
            System.err.println("usage: ColdStart model|drl FILE [AS-OF]");
            System.exit(2);
        }
        System.setProperty("org.jboss.logging.provider", "slf4j"); // Hibernate Validator's start-up line: silent, as in the CLI
        boolean trace = Boolean.getBoolean("coldstart.trace");
        long hv = 0;
        long cogMs = 0;
        if (trace) { // load the COG data and bootstrap Hibernate Validator first, to tell their share of the reading time
            long c0 = System.nanoTime();
            fr.ptce.model.reference.Geography.cog2026();
            cogMs = (System.nanoTime() - c0) / 1_000_000;
            long h0 = System.nanoTime();
            fr.ptce.model.validation.PoleValidator.create().validate(Pole.builder("x", "x").build());
            hv = (System.nanoTime() - h0) / 1_000_000;
        }
        long t0 = System.nanoTime();
        Pole pole = PoleReader.create().read(Path.of(args[1]));
        long t1 = System.nanoTime();
        CheckOptions options = CheckOptions.builder()
                .asOf(args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.now()).trustedInput().build();
        List<ComplianceReport> reports;
        long t2;
        if (args[0].equals("model")) {
            ComplianceChecker checker = ComplianceChecker.create();
            t2 = System.nanoTime();
            reports = checker.checkAll(pole, options);
        } else {
            KieBase kieBase = runtimeKieBase();
            t2 = System.nanoTime();
            reports = check(kieBase, pole, options);
        }
        long t3 = System.nanoTime();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.print(ReportJson.write(reports));
        out.flush();
        long t4 = System.nanoTime();
        if (trace) {
            long jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            System.err.printf("coldstart %s: COG load %d ms, validator bootstrap %d ms, then read+validate %d ms, rules %d ms, check %d ms, print %d ms; "
                            + "main total %d ms, JVM uptime %d ms%n", args[0], cogMs, hv, (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, cogMs + hv + (t4 - t0) / 1_000_000, jvm);
        }
        int exit = 0;
        for (ComplianceReport r : reports) {
            exit = Math.max(exit, r.verdict() == Verdict.NON_COMPLIANT ? 1 : 0);
        }
        System.exit(exit);
    }

    /** The KieBase built from the DRL files at run time. */
    public static KieBase runtimeKieBase() {
        KieServices ks = KieServices.Factory.get();
        KieHelper helper = new KieHelper();
        for (String drl : DRL) {
            if (ColdStart.class.getClassLoader().getResource(drl) == null) {
                throw new IllegalStateException(drl + " is not on the class path (the ptce-rules jar ships the DRL files)");
            }
            helper.addResource(ks.getResources().newClassPathResource(drl, ColdStart.class.getClassLoader()),
                    ResourceType.DRL);
        }
        return helper.build(ExecutableModelProject.class, EqualityBehaviorOption.EQUALITY);
    }

    /** What {@code ComplianceChecker.check} does, over another KieBase: all three referentials. */
    public static List<ComplianceReport> check(KieBase kieBase, Pole pole, CheckOptions options) {
        return Engine.check(fr.ptce.rules.internal.RuleBase.of(kieBase), RuleCatalogue.standard(), pole, new java.util.LinkedHashSet<>(RuleCatalogue.standard().referentials()), options);
    }
}
