package fr.ptce.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.ptce.model.validation.CogCode;
import fr.ptce.model.validation.CogCode.Kind;
import fr.ptce.model.validation.HeadcountBand;
import fr.ptce.model.validation.LegalCategory;
import fr.ptce.model.validation.Siren;
import fr.ptce.model.validation.Siret;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A member of the pole, or an associated partner ({@link Relation#PARTNER}).
 *
 * @param id                 unique slug within the pole
 * @param name               display name
 * @param siren              SIREN (9 digits, Luhn), optional
 * @param siret              SIRET (14 digits, Luhn with the La Poste exception), optional
 * @param legalCategory      INSEE legal category; required unless {@code naturalPerson}
 * @param statute            what the legal category alone cannot tell (SCIC, SCOP…), optional
 * @param essStatutes        for a commercial company, or a legal person whose category leaves its ESS status unknown:
 *                           its statutes meet art. 1 ESS conditions; {@code null} = unknown
 * @param esusApproval       its ESUS approval (Code du travail, art. L. 3332-17-1), optional
 * @param sireneEss          the SIRENE ESS flag, {@code null} = not given
 * @param roles              explicit roles; {@code null} = derived from {@code naf}, else from the legal category
 * @param naf                NAF rév. 2 code of its main activity (APE), e.g. {@code 72.19Z}, optional
 * @param naturalPerson      a citizen member; {@code null} = false
 * @param relation           {@code MEMBER} (default when {@code null}) or {@code PARTNER}
 * @param enterpriseGrouping for a member grouping enterprises (e.g. a business club)
 * @param commune            COG code of the commune where it is located
 * @param headcountBand      INSEE headcount band code
 * @param employees          number of employees
 * @param joinedOn           date it joined, optional
 * @param leftOn             date it left, optional (after {@code joinedOn})
 */
@JsonPropertyOrder({"id", "name", "siren", "siret", "legalCategory", "statute", "essStatutes", "esusApproval", "sireneEss",
        "roles", "naf", "naturalPerson", "relation", "enterpriseGrouping", "commune", "headcountBand", "employees", "joinedOn", "leftOn"})
public record Member(
        @NotBlank(message = "{ptce.required}") @Pattern(regexp = Patterns.SLUG, message = "{ptce.slug}") @Size(max = 200) String id,
        @NotBlank(message = "{ptce.required}") @Size(max = 500) String name,
        @Siren String siren,
        @Siret String siret,
        @LegalCategory String legalCategory,
        Statute statute,
        Boolean essStatutes,
        @Valid EsusApproval esusApproval,
        SireneEss sireneEss,
        List<@NotNull(message = "{ptce.required}") Role> roles,
        @Pattern(regexp = Patterns.NAF, message = "{ptce.naf}") String naf,
        Boolean naturalPerson,
        Relation relation,
        @Valid EnterpriseGrouping enterpriseGrouping,
        @CogCode(Kind.COMMUNE) String commune,
        @HeadcountBand String headcountBand,
        @PositiveOrZero Integer employees,
        LocalDate joinedOn,
        LocalDate leftOn) {

    /** Copies the roles list when given. */
    public Member {
        roles = Lists.copyOrNull(roles);
    }

    /**
     * A member without the fields added with rules-v2 ({@code esusApproval}, {@code naf}), as format v1 first had
     * it; both are {@code null}.
     */
    public Member(String id, String name, String siren, String siret, String legalCategory, Statute statute,
                  Boolean essStatutes, SireneEss sireneEss, List<Role> roles, Boolean naturalPerson, Relation relation,
                  EnterpriseGrouping enterpriseGrouping, String commune, String headcountBand, Integer employees,
                  LocalDate joinedOn, LocalDate leftOn) {
        this(id, name, siren, siret, legalCategory, statute, essStatutes, null, sireneEss, roles, null, naturalPerson,
                relation, enterpriseGrouping, commune, headcountBand, employees, joinedOn, leftOn);
    }

    /** True when this entry is a natural person (a citizen). */
    public boolean citizen() {
        return Boolean.TRUE.equals(naturalPerson);
    }

    /** The relation, {@link Relation#MEMBER} when not given. */
    public Relation relationOrDefault() {
        return relation == null ? Relation.MEMBER : relation;
    }

    /** True when the entry is active on {@code date}: joined on or before it, not left on or before it. */
    public boolean isActiveOn(LocalDate date) {
        return (joinedOn == null || !joinedOn.isAfter(date)) && (leftOn == null || leftOn.isAfter(date));
    }

    /** A builder for a member with this id and name. */
    public static MemberBuilder builder(String id, String name) {
        return new MemberBuilder(id, name);
    }
}
