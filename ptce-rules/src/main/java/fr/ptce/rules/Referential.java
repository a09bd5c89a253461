package fr.ptce.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A referential a pole is checked against, by its stable id ({@code LOI-2014-856-ART9}). The three built-in
 * referentials have constants; a host application adds its own with a plug-in jar (see
 * {@link RuleCatalogue#referentials()} for those a checker knows, and {@link ReferentialDefinition} for what each
 * declares: its rules, the date its text applies from).
 */
public final class Referential implements Comparable<Referential> {
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    /**
     * The legal definition: loi n° 2014-856 du 31 juillet 2014, art. 9, I (in force from 2 August 2014).
     */
    public static final Referential LOI_2014_856_ART9 = new Referential("LOI-2014-856-ART9");
    /** Eligibility to the State's PTCE calls: décret n° 2015-431 du 15 avril 2015, art. 3 (in force from 18 April 2015). */
    public static final Referential DECRET_2015_431_ART3 = new Referential("DECRET-2015-431-ART3");
    /** The Labo de l'ESS definition and charter themes (not a legal text: applies at any date). */
    public static final Referential CHARTE_LABO_ESS = new Referential("CHARTE-LABO-ESS");

    private final String id;

    private Referential(String id) {
        this.id = id;
    }

    /**
     * The referential with this id (upper-case letters, digits and hyphens, e.g. {@code EXAMPLE-NETWORK-CHARTER}); a
     * checker knows it only when its definitions are on the class path ({@link RuleCatalogue#referential(String)}).
     *
     * @throws IllegalArgumentException when the id is not of that form
     */
    public static Referential of(String id) {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a referential id is made of upper-case letters, digits and hyphens: " + id);
        }
        return switch (id) {
            case "LOI-2014-856-ART9" -> LOI_2014_856_ART9;
            case "DECRET-2015-431-ART3" -> DECRET_2015_431_ART3;
            case "CHARTE-LABO-ESS" -> CHARTE_LABO_ESS;
            default -> new Referential(id);
        };
    }

    /** The stable id, e.g. {@code LOI-2014-856-ART9}. */
    public String id() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Referential r && r.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** By id. */
    @Override
    public int compareTo(Referential o) {
        return id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return id;
    }
}
