package fr.ptce.report;

import fr.ptce.model.Pole;
import fr.ptce.model.json.PoleReader;
import fr.ptce.rules.CheckOptions;
import fr.ptce.rules.ComplianceChecker;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.Language;
import fr.ptce.rules.Referential;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Poles checked with the real checker and rendered into a string, as a caller of the renderers does. */
final class Rendering {
    /** The as-of date of every check here. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
    static final ComplianceChecker CHECKER = ComplianceChecker.create();
    static final PoleReader READER = PoleReader.create();

    /** A valid pole whose names, ids and texts try to inject markup. */
    static final String HOSTILE = """
            {
              "formatVersion": 1,
              "id": "hostile",
              "name": "Pôle \\"<b>gras</b>\\" & 'cie'",
              "legalCategory": "9220",
              "territory": { "name": "<iframe src=x>", "communes": ["21231"] },
              "aims": { "sustainableLocalDevelopment": true },
              "members": [
                { "id": "m1", "name": "<script>alert(1)</script>", "legalCategory": "9220", "commune": "21231" },
                { "id": "m2", "name": "SARL \\"</td><td>\\"", "legalCategory": "5499", "commune": "21231" },
                { "id": "m3", "name": "Ville <img src=x onerror=alert(2)>", "legalCategory": "7210", "commune": "21231" }
              ],
              "governance": { "animator": "m1", "bodies": [
                { "name": "<img src=x onerror=alert(3)>", "decisionMaking": true,
                  "seats": [ { "member": "m1", "votes": 2 }, { "member": "m2" }, { "member": "m3" } ] } ] },
              "cooperations": [ { "id": "c1", "type": "PREMISES", "members": ["m1", "m2"], "summary": "<script>x</script>" } ],
              "projects": [ { "id": "p1", "name": "<script>y</script>", "innovation": ["SOCIAL"], "members": ["m1"] } ]
            }
            """;

    /**
     * A valid pole of two members where the non-ESS enterprise holds most votes: it fails rules that name members
     * (CH-ESS-LED-GOVERNANCE, CH-MULTI-ACTOR…).
     */
    static final String DOMINATED = """
            {
              "formatVersion": 1,
              "id": "petit-atelier",
              "name": "Petit atelier",
              "territory": { "communes": ["21231"] },
              "aims": { "sustainableLocalDevelopment": true },
              "members": [
                { "id": "atelier", "name": "L'Atelier", "legalCategory": "9220", "commune": "21231" },
                { "id": "imprimerie", "name": "Imprimerie Dupont", "legalCategory": "5499", "commune": "21231" }
              ],
              "governance": { "animator": "atelier", "bodies": [
                { "name": "Conseil", "decisionMaking": true,
                  "seats": [ { "member": "atelier", "votes": 1 }, { "member": "imprimerie", "votes": 3 } ] } ] },
              "cooperations": [ { "id": "locaux", "type": "PREMISES", "members": ["atelier", "imprimerie"] } ],
              "projects": [ { "id": "p1", "innovation": ["SOCIAL"], "members": ["atelier"] } ]
            }
            """;

    private Rendering() {
    }

    static Pole hostile() {
        return READER.read(HOSTILE);
    }

    static Pole dominated() {
        return READER.read(DOMINATED);
    }

    /** The reports of {@code pole} against {@code referentials} (all three when none is given), as of {@link #AS_OF}. */
    static List<ComplianceReport> check(Pole pole, Language language, Referential... referentials) {
        Set<Referential> selected = new java.util.LinkedHashSet<>(referentials.length == 0
                ? CHECKER.catalogue().referentials() : List.of(referentials));
        return CHECKER.check(pole, selected, CheckOptions.builder().asOf(AS_OF).language(language).build());
    }

    /** What a renderer of {@code format} writes between {@code begin()} and {@code end()} when {@code run} feeds it. */
    static String render(ReportFormat format, Language language, int expectedReports, Consumer<ReportRenderer> run) {
        return render(format, new ReportFormat.Context(language, CHECKER.catalogue(), expectedReports), run);
    }

    static String render(ReportFormat format, ReportFormat.Context context, Consumer<ReportRenderer> run) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        ReportRenderer renderer = format.renderer(out, context);
        renderer.begin();
        run.accept(renderer);
        renderer.end();
        out.flush();
        return text.toString();
    }
}
