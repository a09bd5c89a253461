package fr.ptce.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * A configurable threshold of a rule, by its key ({@code essVoteShareMin}); its default and bounds are in its rule's
 * definition ({@link ParameterDefinition}, {@link RuleCatalogue#parameter(String)}). The built-in referentials'
 * parameters have constants.
 */
public final class Parameter {
    /** CH-ESS-LED-GOVERNANCE: ESS seats hold at least this share of each body's votes (default 0.5, below 1). */
    public static final Parameter ESS_VOTE_SHARE_MIN = new Parameter("essVoteShareMin");
    /** CH-MULTI-ACTOR: the number of actor families to cover, ESS among them (default 3). */
    public static final Parameter MIN_ACTOR_FAMILIES = new Parameter("minActorFamilies");
    /** CH-TERRITORIAL-ANCHORING: the share of the members' legal persons located on the territory (default 0.75). */
    public static final Parameter ANCHORED_SHARE_MIN = new Parameter("anchoredShareMin");

    private final String key;

    private Parameter(String key) {
        this.key = key;
    }

    /** The parameter with this key (whether a rule defines it is checked when it is used). */
    public static Parameter of(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a parameter key is not blank");
        }
        return new Parameter(key);
    }

    /** The parameter with this key if a rule of the class path's catalogue defines it. */
    public static Optional<Parameter> fromKey(String key) {
        return RuleCatalogue.standard().parameter(key).map(d -> of(d.key()));
    }

    /** The key used in the definitions and in configuration, e.g. {@code essVoteShareMin}. */
    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameter p && p.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
