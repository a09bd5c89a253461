package fr.ptce.rules;

import fr.ptce.model.Cooperation;
import fr.ptce.model.Member;
import fr.ptce.model.Pole;
import fr.ptce.model.Relation;
import fr.ptce.model.StateSupport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One change of a pole's inputs on a date: from that day on, a check as of that day may differ from a check as of
 * the day before. A timeline ({@link ComplianceChecker#timeline}) evaluates the pole on every such date.
 *
 * @param date      the first day the change applies
 * @param kind      what changes
 * @param subjectId the id of what changes: an entry ({@code members[].id}), a cooperation, a State support programme,
 *                  or a referential id for {@link Kind#TEXT_IN_FORCE}
 * @param name      a name for people: the entry's {@code name}, the cooperation's summary (else its id), the
 *                  programme, or the referential id
 */
public record TimelineChange(LocalDate date, Kind kind, String subjectId, String name) {

    /** What changes on a date. */
    public enum Kind {
        /** A member joins: its {@code joinedOn}. */
        MEMBER_JOINED,
        /** A member leaves: its {@code leftOn} ({@code leftOn} is the first day outside the pole). */
        MEMBER_LEFT,
        /** A partner ({@code "relation": "PARTNER"}) joins: its {@code joinedOn}. */
        PARTNER_JOINED,
        /** A partner leaves: its {@code leftOn}. */
        PARTNER_LEFT,
        /** A cooperation starts: its {@code since}. */
        COOPERATION_STARTED,
        /** A cooperation ends: the day after its {@code until} ({@code until} is its last day). */
        COOPERATION_ENDED,
        /** An ESUS approval is granted: its {@code grantedOn}. */
        ESUS_GRANTED,
        /** An ESUS approval expires: its {@code expiresOn} (the first day it no longer applies). */
        ESUS_EXPIRED,
        /** A State support is decided: its {@code decidedOn}, else 1 January of its {@code year}. */
        STATE_SUPPORT_DECIDED,
        /** A referential's text enters into force ({@link ReferentialDefinition#inForce()}). */
        TEXT_IN_FORCE
    }

    /** Checks the values. */
    public TimelineChange {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        name = name == null ? subjectId : name;
    }

    private static final Comparator<TimelineChange> ORDER = Comparator.comparing(TimelineChange::date)
            .thenComparing(TimelineChange::kind);

    /**
     * Every change of the pole's own inputs, sorted by date (then by kind, then in input order): entries joining and
     * leaving, cooperations starting and ending, ESUS approvals granted and expiring, State support decided. A
     * support with neither {@code decidedOn} nor {@code year} counts at every date, so it is no change; neither are
     * projects (undated) nor {@code foundedOn} (no rule reads it). The texts' entry into force is not included: see
     * {@link #textsInForce(RuleCatalogue, java.util.Collection)}.
     */
    public static List<TimelineChange> of(Pole pole) {
        Objects.requireNonNull(pole, "pole");
        List<TimelineChange> changes = new ArrayList<>();
        for (Member m : pole.memberList()) {
            if (m == null) {
                continue;
            }
            boolean partner = m.relationOrDefault() == Relation.PARTNER;
            if (m.joinedOn() != null) {
                changes.add(new TimelineChange(m.joinedOn(), partner ? Kind.PARTNER_JOINED : Kind.MEMBER_JOINED,
                        m.id(), m.name()));
            }
            if (m.leftOn() != null) {
                changes.add(new TimelineChange(m.leftOn(), partner ? Kind.PARTNER_LEFT : Kind.MEMBER_LEFT,
                        m.id(), m.name()));
            }
            if (m.esusApproval() != null) {
                if (m.esusApproval().grantedOn() != null) {
                    changes.add(new TimelineChange(m.esusApproval().grantedOn(), Kind.ESUS_GRANTED, m.id(), m.name()));
                }
                if (m.esusApproval().expiresOn() != null) {
                    changes.add(new TimelineChange(m.esusApproval().expiresOn(), Kind.ESUS_EXPIRED, m.id(), m.name()));
                }
            }
        }
        for (Cooperation c : pole.cooperations()) {
            String name = c.summary() == null || c.summary().isBlank() ? c.id() : c.summary();
            if (c.since() != null) {
                changes.add(new TimelineChange(c.since(), Kind.COOPERATION_STARTED, c.id(), name));
            }
            if (c.until() != null && !c.until().equals(LocalDate.MAX)) {
                changes.add(new TimelineChange(c.until().plusDays(1), Kind.COOPERATION_ENDED, c.id(), name));
            }
        }
        for (StateSupport s : pole.stateSupport()) {
            LocalDate decided = s.decidedOn() != null ? s.decidedOn()
                    : s.year() != null ? LocalDate.of(s.year(), 1, 1) : null;
            if (decided != null) {
                changes.add(new TimelineChange(decided, Kind.STATE_SUPPORT_DECIDED, s.programme(), s.programme()));
            }
        }
        changes.sort(ORDER);
        return List.copyOf(changes);
    }

    /**
     * The entry into force of each of these referentials that has a date ({@link ReferentialDefinition#inForce()}),
     * in catalogue order.
     */
    public static List<TimelineChange> textsInForce(RuleCatalogue catalogue, java.util.Collection<Referential> referentials) {
        List<TimelineChange> changes = new ArrayList<>();
        for (Referential r : catalogue.referentials()) {
            if (referentials.contains(r)) {
                catalogue.definition(r).inForce()
                        .ifPresent(d -> changes.add(new TimelineChange(d, Kind.TEXT_IN_FORCE, r.id(), r.id())));
            }
        }
        return List.copyOf(changes);
    }
}
