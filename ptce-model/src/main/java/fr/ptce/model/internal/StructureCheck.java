package fr.ptce.model.internal;

import fr.ptce.model.Cooperation;
import fr.ptce.model.DecisionBody;
import fr.ptce.model.EnterpriseGrouping;
import fr.ptce.model.EsusApproval;
import fr.ptce.model.Governance;
import fr.ptce.model.Member;
import fr.ptce.model.Patterns;
import fr.ptce.model.Pole;
import fr.ptce.model.Project;
import fr.ptce.model.Seat;
import fr.ptce.model.StateSupport;
import fr.ptce.model.Territory;
import fr.ptce.model.reference.Geography;
import fr.ptce.model.reference.HeadcountBands;
import fr.ptce.model.reference.LegalCategories;
import fr.ptce.model.validation.Identifiers;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Whether a pole passes its structural validation, answered in plain Java: the same constraints as the Bean Validation
 * annotations of the model's records ({@code @NotBlank}, {@code @Pattern}, {@code @Size}, {@code @Siren},
 * {@code @CogCode}, {@code @ConsistentReferences}…), without starting a Bean Validation provider.
 *
 * <p>It answers only yes or no. {@code PoleValidator.validate} (and so {@code PoleReader}, and a checker that validates
 * its input) asks it first: a valid pole, nearly every pole a tool reads, then costs no Hibernate Validator bootstrap
 * (a few hundred milliseconds and 600 classes at start-up) nor its per-call reflection; an invalid one is validated
 * by Bean Validation, whose violations give the problems and their messages, so the messages are Bean Validation's own.
 * This class must therefore never call valid a pole that Bean Validation rejects, nor the reverse;
 * {@code StructureCheckTest} compares the two on thousands of mutated poles. Thread-safe.
 */
public final class StructureCheck {
    private static final Pattern SLUG = Pattern.compile(Patterns.SLUG);
    private static final Pattern NAF = Pattern.compile(Patterns.NAF);
    private static final Consistency.Problems ANY = new Consistency.Problems() {
        @Override
        public void at(String template, Object... path) {
            // counted by Consistency.check
        }

        @Override
        public void dangling(String ref, Object... path) {
            // counted by Consistency.check
        }

        @Override
        public void categories(String pole, String entity, Object... path) {
            // counted by Consistency.check
        }
    };

    private StructureCheck() {
    }

    /** True when {@code pole} has no structural problem: what {@code PoleValidator.validate(pole).isEmpty()} says. */
    public static boolean isValid(Pole pole) {
        if (pole == null) {
            return false;
        }
        Integer version = pole.formatVersion();
        if (version == null || version != 1) {
            return false;
        }
        if (!slug(pole.id(), 200) || !text(pole.name(), 500) || !legalCategory(pole.legalCategory())) {
            return false;
        }
        if (pole.territory() != null && !territory(pole.territory())) {
            return false;
        }
        List<Member> members = pole.members();
        if (members == null || members.isEmpty() || !all(members, StructureCheck::member)) {
            return false;
        }
        Governance governance = pole.governance();
        if (governance != null && !all(governance.bodies(), StructureCheck::body)) {
            return false;
        }
        if (!all(pole.cooperations(), StructureCheck::cooperation) || !all(pole.projects(), StructureCheck::project)
                || !all(pole.stateSupport(), StructureCheck::stateSupport)) {
            return false;
        }
        return Consistency.check(pole, ANY);
    }

    /** Every element present ({@code @NotNull} on the element type) and valid; a null list passes. */
    private static <T> boolean all(List<T> list, Predicate<T> valid) {
        if (list == null) {
            return true;
        }
        for (T element : list) {
            if (element == null || !valid.test(element)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a list has a null element ({@code List.of(…).contains(null)} would throw). */
    private static boolean hasNull(List<?> list) {
        if (list != null) {
            for (Object element : list) {
                if (element == null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean member(Member m) {
        if (!slug(m.id(), 200) || !text(m.name(), 500)) {
            return false;
        }
        if (m.siren() != null && !Identifiers.isValidSiren(m.siren())
                || m.siret() != null && !Identifiers.isValidSiret(m.siret())
                || !legalCategory(m.legalCategory())) {
            return false;
        }
        EsusApproval esus = m.esusApproval();
        if (esus != null && esus.grantedOn() == null) {
            return false;
        }
        if (hasNull(m.roles())) {
            return false;
        }
        if (m.naf() != null && !NAF.matcher(m.naf()).matches()) {
            return false;
        }
        EnterpriseGrouping grouping = m.enterpriseGrouping();
        if (grouping != null && (grouping.members() == null || grouping.members() < 0
                || grouping.nonEssMembers() == null || grouping.nonEssMembers() < 0)) {
            return false;
        }
        if (m.commune() != null && !Geography.cog2026().isCommune(m.commune())) {
            return false;
        }
        if (m.headcountBand() != null && !HeadcountBands.exists(m.headcountBand())) {
            return false;
        }
        return m.employees() == null || m.employees() >= 0;
    }

    private static boolean territory(Territory t) {
        Geography cog = Geography.cog2026();
        return all(t.communes(), cog::isCommune) && all(t.epcis(), cog::isEpci)
                && all(t.departements(), cog::isDepartement) && all(t.regions(), cog::isRegion);
    }

    private static boolean body(DecisionBody body) {
        return notBlank(body.name()) && all(body.seats(), StructureCheck::seat);
    }

    private static boolean seat(Seat seat) {
        return notBlank(seat.member()) && (seat.votes() == null || seat.votes() > 0);
    }

    private static boolean cooperation(Cooperation c) {
        return slug(c.id(), Integer.MAX_VALUE) && c.type() != null && c.members() != null && c.members().size() >= 2
                && !hasNull(c.members());
    }

    private static boolean project(Project p) {
        return slug(p.id(), Integer.MAX_VALUE) && !hasNull(p.innovation()) && !hasNull(p.members());
    }

    private static boolean stateSupport(StateSupport s) {
        if (!notBlank(s.programme())) {
            return false;
        }
        if (s.year() != null && (s.year() < 1900 || s.year() > 2200)) {
            return false;
        }
        BigDecimal amount = s.amountEur();
        return amount == null || amount.signum() >= 0;
    }

    /** {@code @NotBlank @Pattern(SLUG) @Size(max = max)}. */
    private static boolean slug(String value, int max) {
        return notBlank(value) && value.length() <= max && SLUG.matcher(value).matches();
    }

    /** {@code @NotBlank @Size(max = max)}. */
    private static boolean text(String value, int max) {
        return notBlank(value) && value.length() <= max;
    }

    /** {@code @NotBlank}: not null, and something left once trimmed (as Hibernate Validator's {@code NotBlankValidator}). */
    private static boolean notBlank(String value) {
        return value != null && !value.trim().isEmpty();
    }

    private static boolean legalCategory(String code) {
        return code == null || LegalCategories.exists(code);
    }
}
