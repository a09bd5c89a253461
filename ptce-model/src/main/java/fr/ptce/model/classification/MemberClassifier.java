package fr.ptce.model.classification;

import fr.ptce.model.Member;
import fr.ptce.model.Role;
import fr.ptce.model.SireneEss;
import fr.ptce.model.reference.EssBase;
import fr.ptce.model.reference.LegalCategories;
import fr.ptce.model.reference.LegalCategoryFacts;
import fr.ptce.model.reference.LegalPersonality;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The classification of an entry of {@code members[]} (rules-v2, "Derived facts"), read from the shipped legal-category
 * table ({@link LegalCategories}) and the entry's own data: legal person, public law, ESS status with its reason
 * (loi n° 2014-856, art. 1), roles, actor families and person identity. Stateless and thread-safe.
 *
 * <p>An entry that is not a natural person and has no legal category is invalid input (validation reports it); if
 * it reaches the classification anyway it is read as a body without legal personality, role {@code OTHER}.
 */
public final class MemberClassifier {
    /** The person identity shared by every service of the State. */
    public static final String STATE = "STATE";

    private MemberClassifier() {
    }

    /** All derived facts about {@code member} as of {@code asOf} (the date an ESUS approval is read on). */
    public static MemberProfile profile(Member member, LocalDate asOf) {
        LegalCategoryFacts facts = factsOrNull(member); // looked up once for the whole profile
        boolean legalPerson = facts != null && facts.legalPerson().isLegalPerson();
        boolean publicLaw = facts != null && facts.publicLaw();
        boolean esusActive = member.esusApproval() != null && member.esusApproval().isActiveOn(asOf);
        EssReason reason = essReason(member, facts, legalPerson, publicLaw, esusActive);
        EssStatus status = statusOf(reason);
        Set<Role> roles = roles(member, facts);
        boolean ess = status.isEss();
        boolean nonEss = roles.contains(Role.ENTERPRISE) && status == EssStatus.NOT_ESS;
        boolean grouping = member.enterpriseGrouping() != null && member.enterpriseGrouping().isMostlyNonEss();
        Set<ActorFamily> families = EnumSet.noneOf(ActorFamily.class);
        if (ess) {
            families.add(ActorFamily.ESS_ENTERPRISE);
        }
        if (nonEss) {
            families.add(ActorFamily.NON_ESS_ENTERPRISE);
        }
        if (roles.contains(Role.LOCAL_AUTHORITY)) {
            families.add(ActorFamily.LOCAL_AUTHORITY);
        }
        if (roles.contains(Role.RESEARCH_CENTRE) || roles.contains(Role.HIGHER_EDUCATION)) {
            families.add(ActorFamily.RESEARCH_OR_HIGHER_EDUCATION);
        }
        if (roles.contains(Role.TRAINING_BODY)) {
            families.add(ActorFamily.TRAINING_BODY);
        }
        if (member.citizen()) {
            families.add(ActorFamily.CITIZEN);
        }
        return new MemberProfile(legalPerson, publicLaw, status, reason, roles, ess, nonEss, grouping, families,
                statuteConflict(member, facts), esusActive, person(member, facts));
    }

    private static Optional<LegalCategoryFacts> facts(Member member) {
        return Optional.ofNullable(factsOrNull(member));
    }

    private static LegalCategoryFacts factsOrNull(Member member) {
        return member.citizen() ? null : LegalCategories.factsOrNull(member.legalCategory());
    }

    /**
     * A legal person: not a natural person, and a category whose {@code legalPerson} is {@code yes} or {@code state}
     * (a service of the State is part of the legal person "the State").
     */
    public static boolean isLegalPerson(Member member) {
        return facts(member).map(f -> f.legalPerson().isLegalPerson()).orElse(false);
    }

    /** A public-law person: not a natural person, and a category whose {@code publicLaw} is {@code yes}. */
    public static boolean isPublicLaw(Member member) {
        return facts(member).map(LegalCategoryFacts::publicLaw).orElse(false);
    }

    /** The ESS status of {@code member} as of {@code asOf}. */
    public static EssStatus essStatus(Member member, LocalDate asOf) {
        return profile(member, asOf).essStatus();
    }

    private static EssReason essReason(Member member, LegalCategoryFacts facts, boolean legalPerson,
                                       boolean publicLaw, boolean esusActive) {
        if (member.citizen()) {
            return EssReason.NATURAL_PERSON;
        }
        if (!legalPerson || facts == null) {
            return EssReason.NO_LEGAL_PERSONALITY;
        }
        if (publicLaw) {
            return EssReason.PUBLIC_LAW;
        }
        if (facts.essBase() == EssBase.ESS_BY_STATUS) {
            return EssReason.ESS_FORM;
        }
        if (member.statute() != null && StatuteCompatibility.makesEss(member.statute())
                && StatuteCompatibility.compatible(member.statute(), facts)) {
            return EssReason.ESS_STATUTE;
        }
        if (facts.essBase() != EssBase.COMMERCIAL_COMPANY && facts.essBase() != EssBase.UNKNOWN) {
            return EssReason.NON_ESS_FORM;
        }
        if (esusActive) {
            return EssReason.ESUS_APPROVAL;
        }
        if (Boolean.TRUE.equals(member.essStatutes())) {
            return EssReason.ESS_STATUTES;
        }
        if (Boolean.FALSE.equals(member.essStatutes())) {
            return EssReason.STATUTES_NOT_ESS;
        }
        if (member.sireneEss() == SireneEss.O) {
            return EssReason.SIRENE_FLAG;
        }
        return facts.essBase() == EssBase.COMMERCIAL_COMPANY ? EssReason.NO_ESS_EVIDENCE : EssReason.NEEDS_REVIEW;
    }

    /** The status each reason gives. */
    public static EssStatus statusOf(EssReason reason) {
        return switch (reason) {
            case ESS_FORM, ESS_STATUTE -> EssStatus.ESS_BY_STATUS;
            case ESUS_APPROVAL, ESS_STATUTES, SIRENE_FLAG -> EssStatus.ESS_BY_STATUTES;
            case NEEDS_REVIEW -> EssStatus.UNKNOWN;
            case NATURAL_PERSON, NO_LEGAL_PERSONALITY, PUBLIC_LAW, NON_ESS_FORM, STATUTES_NOT_ESS, NO_ESS_EVIDENCE ->
                    EssStatus.NOT_ESS;
        };
    }

    /**
     * The entry's roles: a natural person's are {@code {OTHER}}; then its explicit {@code roles} (an empty list means
     * none); then the role its {@code naf} code implies (division 72: research centre; 85.42Z: higher education;
     * 85.41Z, 85.59A, 85.59B, 85.32Z: training body); then the default role of its legal category.
     */
    public static Set<Role> roles(Member member) {
        return roles(member, factsOrNull(member));
    }

    private static Set<Role> roles(Member member, LegalCategoryFacts facts) {
        if (member.citizen()) {
            return EnumSet.of(Role.OTHER);
        }
        if (member.roles() != null) {
            return member.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(member.roles());
        }
        Role byActivity = roleOfActivity(member.naf());
        if (byActivity != null) {
            return EnumSet.of(byActivity);
        }
        return EnumSet.of(facts == null ? Role.OTHER : facts.defaultRole());
    }

    /** The role a NAF rév. 2 code implies, or {@code null} when it implies none (or is {@code null}). */
    public static Role roleOfActivity(String naf) {
        if (naf == null) {
            return null;
        }
        if (naf.startsWith("72.")) {
            return Role.RESEARCH_CENTRE;
        }
        return switch (naf) {
            case "85.42Z" -> Role.HIGHER_EDUCATION;
            case "85.41Z", "85.59A", "85.59B", "85.32Z" -> Role.TRAINING_BODY;
            default -> null;
        };
    }

    /** True when the entry declares a {@code statute} its legal category cannot have (a natural person: any statute). */
    public static boolean statuteConflict(Member member) {
        return statuteConflict(member, factsOrNull(member));
    }

    private static boolean statuteConflict(Member member, LegalCategoryFacts facts) {
        if (member.statute() == null) {
            return false;
        }
        return facts == null || !StatuteCompatibility.compatible(member.statute(), facts);
    }

    /**
     * The identity the entry alone tells: a service of the State is part of the one person {@value #STATE}; an entry
     * that is not a natural person and has a SIREN is {@code "siren:<SIREN>"}; any other entry is a person of its own
     * ({@code "entry:<id>"}). Within a pole, {@link PersonIdentities#of} joins these (an entry sharing a State
     * service's SIREN is the State).
     */
    public static String person(Member member) {
        return person(member, factsOrNull(member));
    }

    private static String person(Member member, LegalCategoryFacts facts) {
        if (member.citizen()) {
            return "entry:" + member.id();
        }
        if (facts != null && facts.legalPerson() == LegalPersonality.STATE) {
            return STATE;
        }
        return member.siren() != null ? "siren:" + member.siren() : "entry:" + member.id();
    }
}
