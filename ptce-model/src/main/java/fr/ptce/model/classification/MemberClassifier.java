package fr.ptce.model.classification;

import fr.ptce.model.Member;
import fr.ptce.model.Role;
import fr.ptce.model.SireneEss;
import fr.ptce.model.Statute;
import java.util.EnumSet;
import java.util.Set;

/**
 * The member classification of rules-v1 ("Derived facts about each member"), in plain Java: legal person,
 * public-law person, ESS status with its reason (loi n° 2014-856, art. 1), roles, actor families.
 * Stateless and thread-safe.
 */
public final class MemberClassifier {
    private static final Set<String> ASSOCIATIONS = Set.of("9220", "9221", "9222", "9224", "9230", "9260", "5195");
    private static final Set<String> FOUNDATIONS = Set.of("9300");
    private static final Set<String> MUTUALS = Set.of("8210", "8250", "8290", "6411", "5191", "5193", "5194", "6595", "6596");
    private static final Set<String> COOPERATIVES = Set.of("5192", "5196", "5203", "5307", "5309", "5443", "5451",
            "5453", "5454", "5455", "5458", "5459", "5460", "5543", "5547", "5551", "5552", "5553", "5554", "5555",
            "5558", "5559", "5560", "5643", "5647", "5651", "5652", "5653", "5654", "5655", "5658", "5659", "5660",
            "6316", "6317", "6318", "6543", "6551", "6554", "6558", "6560");
    private static final Set<Statute> ESS_STATUTES = EnumSet.of(Statute.SCIC, Statute.SCOP, Statute.CAE,
            Statute.COOPERATIVE, Statute.MUTUAL, Statute.FOUNDATION, Statute.ASSOCIATION);

    private MemberClassifier() {
    }

    /** All derived facts about {@code member}. */
    public static MemberProfile profile(Member member) {
        boolean legalPerson = isLegalPerson(member);
        boolean publicLaw = isPublicLaw(member);
        EssReason reason = essReason(member);
        EssStatus status = statusOf(reason);
        Set<Role> roles = roles(member);
        boolean ess = legalPerson && status.isEss();
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
        return new MemberProfile(legalPerson, publicLaw, status, reason, roles, ess, nonEss, grouping, families);
    }

    /**
     * A legal person: not a natural person, and a legal category that is not 1000 (entrepreneur individuel),
     * not 2xxx (groupings without legal personality) and not 9210 (association non déclarée).
     */
    public static boolean isLegalPerson(Member member) {
        String cat = member.legalCategory();
        return !member.citizen() && cat != null && !cat.equals("1000") && !cat.startsWith("2") && !cat.equals("9210");
    }

    /** A public-law person: legal category 4xxx or 7xxx. */
    public static boolean isPublicLaw(Member member) {
        String cat = member.legalCategory();
        return cat != null && (cat.startsWith("4") || cat.startsWith("7"));
    }

    /** The ESS status of {@code member}. */
    public static EssStatus essStatus(Member member) {
        return statusOf(essReason(member));
    }

    /** The branch of the classification that settles the member's ESS status. */
    public static EssReason essReason(Member member) {
        String cat = member.legalCategory();
        if (member.citizen()) {
            return EssReason.NATURAL_PERSON;
        }
        if (cat == null) {
            return EssReason.NO_LEGAL_CATEGORY;
        }
        if (cat.equals("1000")) {
            return EssReason.SOLE_TRADER;
        }
        if (cat.startsWith("2") || cat.equals("9210")) {
            return EssReason.NO_LEGAL_PERSONALITY;
        }
        if (isPublicLaw(member)) {
            return EssReason.PUBLIC_LAW_PERSON;
        }
        if (ASSOCIATIONS.contains(cat)) {
            return EssReason.ASSOCIATION_CATEGORY;
        }
        if (FOUNDATIONS.contains(cat)) {
            return EssReason.FOUNDATION_CATEGORY;
        }
        if (MUTUALS.contains(cat)) {
            return EssReason.MUTUAL_CATEGORY;
        }
        if (COOPERATIVES.contains(cat)) {
            return EssReason.COOPERATIVE_CATEGORY;
        }
        if (member.statute() != null && ESS_STATUTES.contains(member.statute())) {
            return EssReason.ESS_STATUTE;
        }
        boolean flaggedEss = member.sireneEss() == SireneEss.O;
        if (cat.startsWith("5")) {
            if (Boolean.TRUE.equals(member.essStatutes())) {
                return EssReason.ESS_STATUTES_DECLARED;
            }
            if (Boolean.FALSE.equals(member.essStatutes())) {
                return EssReason.STATUTES_NOT_ESS;
            }
            return flaggedEss ? EssReason.SIRENE_FLAG_COMMERCIAL : EssReason.COMMERCIAL_WITHOUT_ESS_EVIDENCE;
        }
        return flaggedEss ? EssReason.SIRENE_FLAG_OTHER : EssReason.NEEDS_REVIEW;
    }

    private static EssStatus statusOf(EssReason reason) {
        return switch (reason) {
            case ASSOCIATION_CATEGORY, FOUNDATION_CATEGORY, MUTUAL_CATEGORY, COOPERATIVE_CATEGORY, ESS_STATUTE ->
                    EssStatus.ESS_BY_STATUS;
            case ESS_STATUTES_DECLARED, SIRENE_FLAG_COMMERCIAL, SIRENE_FLAG_OTHER -> EssStatus.ESS_BY_STATUTES;
            case NEEDS_REVIEW -> EssStatus.UNKNOWN;
            case NATURAL_PERSON, SOLE_TRADER, NO_LEGAL_PERSONALITY, PUBLIC_LAW_PERSON, STATUTES_NOT_ESS,
                 COMMERCIAL_WITHOUT_ESS_EVIDENCE, NO_LEGAL_CATEGORY -> EssStatus.NOT_ESS;
        };
    }

    /** The member's explicit roles, or those derived from its legal category. */
    public static Set<Role> roles(Member member) {
        if (member.roles() != null) {
            return member.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(member.roles());
        }
        return EnumSet.of(derivedRole(member));
    }

    /**
     * The role derived from the legal category: 72xx and 7340–7357 local authority; 7383, 7384 higher
     * education; 7331 training body; 1000, 3120, 4xxx, 5xxx, 6xxx, 8xxx and 9xxx (but 9210) enterprise;
     * anything else, and a natural person without a legal category, other.
     */
    public static Role derivedRole(Member member) {
        String cat = member.legalCategory();
        if (cat == null || cat.length() != 4) {
            return Role.OTHER;
        }
        int code;
        try {
            code = Integer.parseInt(cat);
        } catch (NumberFormatException e) {
            return Role.OTHER;
        }
        if ((code >= 7200 && code <= 7299) || (code >= 7340 && code <= 7357)) {
            return Role.LOCAL_AUTHORITY;
        }
        if (code == 7383 || code == 7384) {
            return Role.HIGHER_EDUCATION;
        }
        if (code == 7331) {
            return Role.TRAINING_BODY;
        }
        char family = cat.charAt(0);
        if (code == 1000 || code == 3120 || family == '4' || family == '5' || family == '6' || family == '8'
                || (family == '9' && code != 9210)) {
            return Role.ENTERPRISE;
        }
        return Role.OTHER;
    }
}
