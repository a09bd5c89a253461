package fr.ptce.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Fluent builder of a {@link Member}; obtain one with {@link Member#builder(String, String)}. */
public final class MemberBuilder {
    private final String id;
    private final String name;
    private String siren;
    private String siret;
    private String legalCategory;
    private Statute statute;
    private Boolean essStatutes;
    private EsusApproval esusApproval;
    private SireneEss sireneEss;
    private List<Role> roles;
    private String naf;
    private Boolean naturalPerson;
    private Relation relation;
    private EnterpriseGrouping enterpriseGrouping;
    private String commune;
    private String headcountBand;
    private Integer employees;
    private LocalDate joinedOn;
    private LocalDate leftOn;

    MemberBuilder(String id, String name) {
        this.id = id;
        this.name = name;
    }

    /** Sets the SIREN. */
    public MemberBuilder siren(String value) { this.siren = value; return this; }
    /** Sets the SIRET. */
    public MemberBuilder siret(String value) { this.siret = value; return this; }
    /** Sets the INSEE legal category. */
    public MemberBuilder legalCategory(String value) { this.legalCategory = value; return this; }
    /** Sets the statute. */
    public MemberBuilder statute(Statute value) { this.statute = value; return this; }
    /** Sets whether a commercial company's statutes are ESS. */
    public MemberBuilder essStatutes(Boolean value) { this.essStatutes = value; return this; }
    /** Sets the SIRENE ESS flag. */
    public MemberBuilder sireneEss(SireneEss value) { this.sireneEss = value; return this; }
    /** Sets explicit roles. */
    public MemberBuilder roles(Role... value) { this.roles = Arrays.asList(value); return this; }
    /** Marks the entry as a natural person (citizen). */
    public MemberBuilder naturalPerson(boolean value) { this.naturalPerson = value ? Boolean.TRUE : null; return this; }
    /** Marks the entry as a partner rather than a member. */
    public MemberBuilder partner() { this.relation = Relation.PARTNER; return this; }
    /** Sets the enterprise grouping counts. */
    public MemberBuilder enterpriseGrouping(int members, int nonEssMembers) {
        this.enterpriseGrouping = new EnterpriseGrouping(members, nonEssMembers);
        return this;
    }
    /** Sets the commune (COG code). */
    public MemberBuilder commune(String value) { this.commune = value; return this; }
    /** Sets the INSEE headcount band. */
    public MemberBuilder headcountBand(String value) { this.headcountBand = value; return this; }
    /** Sets the number of employees. */
    public MemberBuilder employees(Integer value) { this.employees = value; return this; }
    /** Sets the ESUS approval, granted on {@code grantedOn}, no longer applying from {@code expiresOn} (may be null). */
    public MemberBuilder esusApproval(LocalDate grantedOn, LocalDate expiresOn) {
        this.esusApproval = new EsusApproval(grantedOn, expiresOn);
        return this;
    }
    /** Sets the NAF rév. 2 code of its main activity, e.g. {@code 72.19Z}. */
    public MemberBuilder naf(String value) { this.naf = value; return this; }
    /** Sets the date it joined. */
    public MemberBuilder joinedOn(LocalDate value) { this.joinedOn = value; return this; }
    /** Sets the date it left. */
    public MemberBuilder leftOn(LocalDate value) { this.leftOn = value; return this; }

    /** Builds the member (not validated: see {@code PoleValidator}). */
    public Member build() {
        return new Member(id, name, siren, siret, legalCategory, statute, essStatutes, esusApproval, sireneEss, roles,
                naf, naturalPerson,
                relation, enterpriseGrouping, commune, headcountBand, employees, joinedOn, leftOn);
    }
}
