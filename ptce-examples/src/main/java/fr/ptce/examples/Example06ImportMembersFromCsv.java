package fr.ptce.examples;

import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.csv.MemberCsv;
import fr.ptce.model.json.PoleReader;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Example 6: a coordinator keeps the member list in a spreadsheet. Import it (CSV, read with Jackson CSV by
 * {@link MemberCsv}) into the pole, replacing its members, and check the result.
 *
 * <p>The bundled {@code examples/members.csv} is the member list of La Bio pour tous as a French spreadsheet saves
 * it: UTF-8 with a byte-order mark, {@code ;} separators, CRLF line ends, quoted names with commas. Any other CSV
 * file can be given as argument. A rejected row is reported with its line number, and nothing is imported then.
 */
public final class Example06ImportMembersFromCsv {
    /** The sample CSV resource. */
    public static final String SAMPLE = "/examples/members.csv";

    private Example06ImportMembersFromCsv() {
    }

    /** Imports CSV bytes into the bundled La Bio pour tous. */
    public static MemberCsv.Result importMembers(byte[] csv, String source) {
        PoleReader reader = PoleReader.create();
        Pole pole = BundledPoles.read(reader, "bio-pour-tous");
        return new MemberCsv(reader, Locale.ENGLISH).importInto(pole, csv, source);
    }

    /** Imports the sample CSV. */
    public static MemberCsv.Result importSample() {
        return importMembers(BundledPoles.resourceBytes(SAMPLE), "members.csv");
    }

    public static void main(String[] args) throws Exception {
        MemberCsv.Result result = args.length > 0
                ? importMembers(Files.readAllBytes(Path.of(args[0])), args[0])
                : importSample();
        if (!result.ok()) {
            result.rejections().forEach(r -> System.err.println(r.reason()));
            result.poleProblems().forEach(p -> System.err.println("pole: " + p));
            System.exit(2);
            return;
        }
        System.out.println(result.imported() + " member(s) imported:");
        for (Member m : result.pole().memberList()) {
            System.out.println("  " + m.id() + " — " + m.name() + " (" + m.legalCategory() + ", " + m.relationOrDefault() + ")");
        }
        for (ComplianceReport report : ComplianceChecker.create().checkAll(result.pole())) {
            System.out.println(report.referential() + ": " + report.verdict());
        }
    }
}
