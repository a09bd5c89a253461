package fr.ptce.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The referentials a pole is checked against; {@link #id()} is the stable id of the rule catalogue, and
 * {@link #inForceFrom()} the first day its text applies.
 */
public enum Referential {
    /**
     * The legal definition: loi n° 2014-856 du 31 juillet 2014, art. 9, I; published in the JO of 1 August 2014, in
     * force from 2 August 2014.
     */
    LOI_2014_856_ART9("LOI-2014-856-ART9", LocalDate.of(2014, 8, 2)),
    /**
     * Eligibility to the State's PTCE calls: décret n° 2015-431 du 15 avril 2015, art. 3; published in the JORF of
     * 17 April 2015 with no date of its own, so in force from 18 April 2015 (Code civil, art. 1).
     */
    DECRET_2015_431_ART3("DECRET-2015-431-ART3", LocalDate.of(2015, 4, 18)),
    /** The Labo de l'ESS definition and charter themes (not a legal text: applies at any date). */
    CHARTE_LABO_ESS("CHARTE-LABO-ESS", null);

    private final String id;
    private final LocalDate inForceFrom;

    Referential(String id, LocalDate inForceFrom) {
        this.id = id;
        this.inForceFrom = inForceFrom;
    }

    /** The first day the referential's text applies, or empty when it applies at any date. */
    public Optional<LocalDate> inForceFrom() {
        return Optional.ofNullable(inForceFrom);
    }

    /** True when the referential's text applies on {@code date}. */
    public boolean isInForceOn(LocalDate date) {
        return inForceFrom == null || !date.isBefore(inForceFrom);
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
