package fr.ptce.model.sirene;

import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.SireneEss;
import fr.ptce.model.validation.PoleValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Completes the members of a pole that have a SIREN with what SIRENE says: legal category
 * ({@code categorieJuridiqueUniteLegale}), ESS flag ({@code economieSocialeSolidaireUniteLegale}), commune of the
 * head office ({@code codeCommuneEtablissement} of the establishment with {@code etablissementSiege} true) and
 * headcount band ({@code trancheEffectifsUniteLegale}). An empty SIRENE value never erases a known one.
 */
public final class SireneEnrichment {
    /** One field of one member changed. {@code before} is {@code null} when the field was absent. */
    public record Change(String memberId, String field, String before, String after) {
    }

    /** Something worth knowing about a member that changed nothing (not found, ceased…). */
    public record Note(String memberId, String message) {
    }

    /**
     * The enriched pole and what happened, member by member, in member order.
     *
     * @param pole    the pole with enriched members (validated)
     * @param changes every field changed
     * @param notes   members without SIREN, not in the extract, ceased or with a closed head office
     */
    public record Result(Pole pole, List<Change> changes, List<Note> notes) {
        /** The changes of one member. */
        public List<Change> changesOf(String memberId) {
            return changes.stream().filter(c -> c.memberId().equals(memberId)).toList();
        }

        /** The notes about one member. */
        public List<Note> notesOf(String memberId) {
            return notes.stream().filter(n -> n.memberId().equals(memberId)).toList();
        }
    }

    private SireneEnrichment() {
    }

    /**
     * Enriches the members of {@code pole} from {@code extract}.
     *
     * @throws fr.ptce.model.PoleFormatException when SIRENE gives a value the format rejects (e.g. a legal category
     *                                           missing from the INSEE list the library ships)
     */
    public static Result enrich(Pole pole, SireneExtract extract) {
        List<Change> changes = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        for (Member m : pole.memberList()) {
            if (m.siren() == null) {
                notes.add(new Note(m.id(), "no SIREN: left as it is"));
                members.add(m);
                continue;
            }
            var unit = extract.unit(m.siren());
            if (unit.isEmpty()) {
                notes.add(new Note(m.id(), "SIREN " + m.siren() + " is not in the SIRENE extract: left as it is"));
                members.add(m);
                continue;
            }
            SireneExtract.LegalUnit u = unit.get();
            if (u.ceased()) {
                notes.add(new Note(m.id(), "SIRENE records " + u.name() + " as ceased (etatAdministratifUniteLegale = C): "
                        + "check that it is still a member"));
            }
            String legalCategory = pick(m, "legalCategory", m.legalCategory(), u.legalCategory(), changes);
            String essFlag = pick(m, "sireneEss", m.sireneEss() == null ? null : m.sireneEss().name(),
                    "O".equals(u.ess()) || "N".equals(u.ess()) ? u.ess() : null, changes);
            String band = pick(m, "headcountBand", m.headcountBand(), u.headcountBand(), changes);
            String commune = m.commune();
            var office = extract.headOffice(m.siren());
            if (office.isPresent()) {
                if (office.get().closed()) {
                    notes.add(new Note(m.id(), "the head office " + office.get().siret() + " is closed "
                            + "(etatAdministratifEtablissement = F)"));
                }
                commune = pick(m, "commune", m.commune(), office.get().commune(), changes);
            }
            members.add(new Member(m.id(), m.name(), m.siren(), m.siret(), legalCategory, m.statute(), m.essStatutes(),
                    m.esusApproval(), essFlag == null ? null : SireneEss.valueOf(essFlag), m.roles(), m.naf(),
                    m.naturalPerson(), m.relation(), m.enterpriseGrouping(), commune, band, m.employees(), m.joinedOn(),
                    m.leftOn()));
        }
        Pole enriched = new Pole(pole.formatVersion(), pole.id(), pole.name(), pole.legalCategory(), pole.legalEntity(),
                pole.carrier(), pole.foundedOn(), pole.territory(), pole.aims(), members, pole.governance(),
                pole.cooperations(), pole.projects(), pole.stateSupport());
        PoleValidator.create().requireValid(enriched);
        return new Result(enriched, List.copyOf(changes), List.copyOf(notes));
    }

    /** The SIRENE value when it is given and differs (recording the change), otherwise the current one. */
    private static String pick(Member m, String field, String current, String fromSirene, List<Change> changes) {
        if (fromSirene == null || Objects.equals(current, fromSirene)) {
            return current;
        }
        changes.add(new Change(m.id(), field, current, fromSirene));
        return fromSirene;
    }
}
