package fr.ptce.rules;

import java.util.Arrays;
import java.util.Optional;

/** The referentials a pole is checked against; {@link #id()} is the stable id of rules-v1. */
public enum Referential {
    /** The legal definition: loi n° 2014-856 du 31 juillet 2014, art. 9, I. */
    LOI_2014_856_ART9("LOI-2014-856-ART9"),
    /** Eligibility to the State's PTCE calls: décret n° 2015-431 du 15 avril 2015, art. 3. */
    DECRET_2015_431_ART3("DECRET-2015-431-ART3"),
    /** The Labo de l'ESS charter themes: ESS-led governance, multi-actor membership, territorial anchoring. */
    CHARTE_LABO_ESS("CHARTE-LABO-ESS");

    private final String id;

    Referential(String id) {
        this.id = id;
    }

    /** The stable id, e.g. {@code LOI-2014-856-ART9}. */
    public String id() {
        return id;
    }

    /** The referential with this stable id (or enum name), if any. */
    public static Optional<Referential> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id) || r.name().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
