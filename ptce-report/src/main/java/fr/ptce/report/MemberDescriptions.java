package fr.ptce.report;

import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.text.Texts;
import fr.ptce.rules.ComplianceReport;
import fr.ptce.rules.MemberFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The members a rule names, as a reader needs them: the entry's name and what the check derived of it ("SARL Dupont :
 * société commerciale sans statuts ESS"). Reads the report's {@code members} (the check's own derivation), never
 * classifies again.
 */
final class MemberDescriptions {
    private MemberDescriptions() {
    }

    /** The entries of {@code evidence} that are members of the pole, each with its derived facts; other ids are left out. */
    static List<String> of(List<String> evidence, Pole pole, ComplianceReport report, Texts labels) {
        List<String> lines = new ArrayList<>();
        for (String id : evidence) {
            describe(id, pole, report, labels).ifPresent(lines::add);
        }
        return lines;
    }

    /** What the check derived of an entry: its ESS status reason, and whether it is the pole's own legal entity. */
    static Optional<String> reason(String id, ComplianceReport report, Texts labels) {
        return report.member(id).map(facts -> labels.get("essReason." + facts.essReason().name())
                + (facts.constituent() ? "" : ", " + labels.get("html.constituent")));
    }

    /** One entry: "name (id)" and its ESS status reason, and whether it is the pole's own legal entity. */
    static Optional<String> describe(String id, Pole pole, ComplianceReport report, Texts labels) {
        Optional<Member> member = pole.member(id);
        Optional<MemberFacts> facts = report.member(id);
        if (member.isEmpty() || facts.isEmpty()) {
            return Optional.empty();
        }
        String what = labels.get("essReason." + facts.get().essReason().name());
        if (!facts.get().constituent()) {
            what += ", " + labels.get("html.constituent");
        }
        return Optional.of(labels.format("text.memberFacts", member.get().name() + " (" + id + ")", what).strip());
    }
}
