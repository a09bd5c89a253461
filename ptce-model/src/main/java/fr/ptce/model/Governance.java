package fr.ptce.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * How the pole is governed.
 *
 * @param animator id of the member running the pole's animation (coordination cell), optional
 * @param bodies   governance bodies
 */
@JsonPropertyOrder({"animator", "bodies"})
public record Governance(String animator,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NotNull(message = "{ptce.required}") @Valid DecisionBody> bodies) {

    /** Copies the bodies; absent becomes empty. */
    public Governance {
        bodies = Lists.copyOrEmpty(bodies);
    }
}
