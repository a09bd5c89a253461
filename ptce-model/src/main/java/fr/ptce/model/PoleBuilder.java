package fr.ptce.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fluent builder of a {@link Pole}; obtain one with {@link Pole#builder(String, String)} or {@link Pole#toBuilder()}.
 *
 * <p>The builder does not validate: pass the result to {@code PoleValidator} (or read poles through
 * {@code PoleReader}, which validates).
 */
public final class PoleBuilder {
    private final String id;
    private final String name;
    private String legalCategory;
    private String legalEntity;
    private String carrier;
    private LocalDate foundedOn;
    private Territory territory;
    private Aims aims;
    private final List<Member> members = new ArrayList<>();
    private String animator;
    private final List<DecisionBody> bodies = new ArrayList<>();
    private final List<Cooperation> cooperations = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();
    private final List<StateSupport> stateSupport = new ArrayList<>();
    private boolean hasGovernance;

    PoleBuilder(String id, String name) {
        this.id = id;
        this.name = name;
    }

    static PoleBuilder from(Pole pole) {
        PoleBuilder b = new PoleBuilder(pole.id(), pole.name());
        b.legalCategory = pole.legalCategory();
        b.legalEntity = pole.legalEntity();
        b.carrier = pole.carrier();
        b.foundedOn = pole.foundedOn();
        b.territory = pole.territory();
        b.aims = pole.aims();
        b.members.addAll(pole.memberList());
        if (pole.governance() != null) {
            b.hasGovernance = true;
            b.animator = pole.governance().animator();
            b.bodies.addAll(pole.governance().bodies());
        }
        b.cooperations.addAll(pole.cooperations());
        b.projects.addAll(pole.projects());
        b.stateSupport.addAll(pole.stateSupport());
        return b;
    }

    /** Sets the pole's own INSEE legal category. */
    public PoleBuilder legalCategory(String value) { this.legalCategory = value; return this; }
    /** Names the member entry that is the pole's own legal structure (never counted as a constituent). */
    public PoleBuilder legalEntity(String memberId) { this.legalEntity = memberId; return this; }
    /** Sets the carrier (a member id). */
    public PoleBuilder carrier(String memberId) { this.carrier = memberId; return this; }
    /** Sets the foundation date. */
    public PoleBuilder foundedOn(LocalDate value) { this.foundedOn = value; return this; }
    /** Sets the territory. */
    public PoleBuilder territory(Territory value) { this.territory = value; return this; }

    /** Sets a territory made of these commune codes. */
    public PoleBuilder territoryOfCommunes(String... communes) {
        this.territory = new Territory(null, Arrays.asList(communes), null, null, null);
        return this;
    }

    /** Declares (or not) sustainable local development as the pole's aim. */
    public PoleBuilder sustainableLocalDevelopment(boolean value) {
        this.aims = new Aims(value, aims == null ? null : aims.summary());
        return this;
    }

    /** Sets the aims. */
    public PoleBuilder aims(Aims value) { this.aims = value; return this; }
    /** Adds a member. */
    public PoleBuilder member(Member value) { this.members.add(value); return this; }
    /** Adds a member built from a builder. */
    public PoleBuilder member(MemberBuilder value) { return member(value.build()); }

    /** Replaces the member that has the same id as {@code value}, or adds it. */
    public PoleBuilder replaceMember(Member value) {
        members.removeIf(m -> m.id().equals(value.id()));
        members.add(value);
        return this;
    }

    /** Removes the member with this id (references to it are left as they are). */
    public PoleBuilder removeMember(String memberId) {
        members.removeIf(m -> m.id().equals(memberId));
        return this;
    }

    /** Sets the animator (a member id). */
    public PoleBuilder animator(String memberId) { this.animator = memberId; this.hasGovernance = true; return this; }
    /** Adds a governance body. */
    public PoleBuilder body(DecisionBody value) { this.bodies.add(value); this.hasGovernance = true; return this; }

    /** Removes every governance body. */
    public PoleBuilder clearBodies() { this.bodies.clear(); return this; }

    /** Adds a decision-making body with one seat per member id, one vote each. */
    public PoleBuilder decisionBody(String bodyName, String... memberIds) {
        List<Seat> seats = new ArrayList<>();
        for (String m : memberIds) {
            seats.add(new Seat(m, 1));
        }
        return body(new DecisionBody(bodyName, true, seats));
    }

    /** Adds a cooperation. */
    public PoleBuilder cooperation(Cooperation value) { this.cooperations.add(value); return this; }

    /** Adds a cooperation of this type between these members, with no dates. */
    public PoleBuilder cooperation(String cooperationId, CooperationType type, String... memberIds) {
        return cooperation(new Cooperation(cooperationId, type, Arrays.asList(memberIds), null, null, null));
    }

    /** Adds a project. */
    public PoleBuilder project(Project value) { this.projects.add(value); return this; }

    /** Adds a project with these kinds of innovation and members. */
    public PoleBuilder project(String projectId, List<Innovation> innovation, String... memberIds) {
        return project(new Project(projectId, projectId, innovation, Arrays.asList(memberIds)));
    }

    /** Records public support already received. */
    public PoleBuilder stateSupport(StateSupport value) { this.stateSupport.add(value); return this; }

    /** Builds the pole (format version 1). */
    public Pole build() {
        Governance governance = hasGovernance ? new Governance(animator, bodies) : null;
        return new Pole(1, id, name, legalCategory, legalEntity, carrier, foundedOn, territory, aims, members, governance,
                cooperations, projects, stateSupport);
    }
}
