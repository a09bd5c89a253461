package fr.ptce.model.classification;

import fr.ptce.model.Statute;
import fr.ptce.model.reference.EssBase;
import fr.ptce.model.reference.LegalCategoryFacts;
import fr.ptce.model.reference.LegalFamily;

/**
 * Whether a declared {@code statute} fits an entry's legal category: a statute says what the category alone
 * cannot tell (a SCIC in SAS form is category 5710), it cannot change the legal form. An incompatible statute is
 * ignored by the classification and reported by the data rules.
 */
public final class StatuteCompatibility {
    private StatuteCompatibility() {
    }

    /**
     * True when {@code statute} fits the category {@code facts}:
     * cooperative statutes (SCIC, SCOP, CAE, cooperative) a cooperative or a commercial company;
     * {@code MUTUAL} a mutual; {@code ASSOCIATION} a declared association (9220, 9221, 9222, 9223, 9230, 9260, not
     * the congrégation 9240); {@code FOUNDATION} a foundation (93xx); {@code ENDOWMENT_FUND} a fonds de dotation
     * (9900); {@code GEIQ} and {@code EMPLOYER_GROUP} an association (92xx), a cooperative, a commercial company or a
     * SISA (6511), the forms of a groupement d'employeurs (Code du travail, art. L. 1253-2).
     */
    public static boolean compatible(Statute statute, LegalCategoryFacts facts) {
        String code = facts.code();
        boolean cooperative = facts.family() == LegalFamily.COOPERATIVE;
        boolean commercial = facts.essBase() == EssBase.COMMERCIAL_COMPANY;
        return switch (statute) {
            case SCIC, SCOP, CAE, COOPERATIVE -> cooperative || commercial;
            case MUTUAL -> facts.family() == LegalFamily.MUTUAL;
            case ASSOCIATION -> switch (code) {
                case "9220", "9221", "9222", "9223", "9230", "9260" -> true;
                default -> false;
            };
            case FOUNDATION -> code.startsWith("93");
            case ENDOWMENT_FUND -> code.equals("9900");
            case GEIQ, EMPLOYER_GROUP -> code.startsWith("92") || cooperative || commercial || code.equals("6511");
        };
    }

    /** True for the statutes that make a compatible entry ESS by status (line 5 of the classification). */
    public static boolean makesEss(Statute statute) {
        return switch (statute) {
            case SCIC, SCOP, CAE, COOPERATIVE, MUTUAL, FOUNDATION, ASSOCIATION -> true;
            case ENDOWMENT_FUND, GEIQ, EMPLOYER_GROUP -> false;
        };
    }
}
