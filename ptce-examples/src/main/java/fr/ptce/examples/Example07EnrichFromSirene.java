package fr.ptce.examples;

import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.json.PoleReader;
import fr.ptce.model.sirene.SireneEnrichment;
import fr.ptce.model.sirene.SireneExtract;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Referential;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Example 7: complete the members of a pole from a SIRENE extract (INSEE's open-data {@code StockUniteLegale} and
 * {@code StockEtablissement} files, read by column name with Jackson CSV): legal category, ESS flag, commune of the
 * head office, headcount band. Prints what changed, member by member, and the verdict before and after.
 *
 * <pre>
 * java -cp ptce.jar fr.ptce.examples.Example07EnrichFromSirene [pole.json StockUniteLegale.csv StockEtablissement.csv]
 * </pre>
 *
 * Without arguments it uses the bundled demonstration pole {@code examples/pole-sirene.json} and the extract in
 * {@code examples/sirene/} (twelve real legal units; see its README).
 */
public final class Example07EnrichFromSirene {
    private Example07EnrichFromSirene() {
    }

    /** Enriches the bundled demonstration pole from the bundled extract. */
    public static SireneEnrichment.Result enrichSample() {
        Pole pole = BundledPoles.readResource(PoleReader.create(), "/examples/pole-sirene.json");
        try (InputStream units = Example07EnrichFromSirene.class.getResourceAsStream("/examples/sirene/StockUniteLegale-extrait.csv");
             InputStream establishments = Example07EnrichFromSirene.class.getResourceAsStream(
                     "/examples/sirene/StockEtablissement-extrait.csv")) {
            return SireneEnrichment.enrich(pole, SireneExtract.read(units, establishments));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Enriches a pole file from SIRENE stock files. */
    public static SireneEnrichment.Result enrich(Path poleFile, Path unitsCsv, Path establishmentsCsv) throws IOException {
        Pole pole = PoleReader.create().read(poleFile);
        try (InputStream units = Files.newInputStream(unitsCsv); InputStream establishments = Files.newInputStream(establishmentsCsv)) {
            return SireneEnrichment.enrich(pole, SireneExtract.read(units, establishments));
        }
    }

    public static void main(String[] args) throws IOException {
        Pole before = args.length >= 3 ? PoleReader.create().read(Path.of(args[0]))
                : BundledPoles.readResource(PoleReader.create(), "/examples/pole-sirene.json");
        SireneEnrichment.Result result = args.length >= 3 ? enrich(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]))
                : enrichSample();
        for (Member m : result.pole().memberList()) {
            System.out.println(m.id() + " (" + m.name() + (m.siren() == null ? "" : ", SIREN " + m.siren()) + ")");
            var changes = result.changesOf(m.id());
            if (changes.isEmpty() && result.notesOf(m.id()).isEmpty()) {
                System.out.println("  unchanged: SIRENE agrees");
            }
            for (SireneEnrichment.Change c : changes) {
                System.out.println("  " + c.field() + ": " + (c.before() == null ? "(absent)" : c.before()) + " -> " + c.after());
            }
            result.notesOf(m.id()).forEach(n -> System.out.println("  note: " + n.message()));
        }
        ComplianceChecker checker = ComplianceChecker.create();
        ComplianceReport reportBefore = checker.check(before, Referential.LOI_2014_856_ART9);
        ComplianceReport reportAfter = checker.check(result.pole(), Referential.LOI_2014_856_ART9);
        System.out.println();
        System.out.println(Referential.LOI_2014_856_ART9 + " before: " + reportBefore.verdict() + ", after: " + reportAfter.verdict());
        reportAfter.failures().forEach(f -> System.out.println("  " + f.severity() + " " + f.ruleId() + ": " + f.message()));
    }
}
