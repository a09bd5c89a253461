package fr.ptce.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A governance body (board, general assembly, steering committee…).
 *
 * @param name           display name
 * @param decisionMaking true for a body that takes the pole's decisions
 * @param seats          the seats and their votes
 */
@JsonPropertyOrder({"name", "decisionMaking", "seats"})
public record DecisionBody(
        @NotBlank(message = "{ptce.required}") String name,
        Boolean decisionMaking,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NotNull(message = "{ptce.required}") @Valid Seat> seats) {

    /** Copies the seats; absent becomes empty. */
    public DecisionBody {
        seats = Lists.copyOrEmpty(seats);
    }

    /** True only when {@code decisionMaking} is explicitly true. */
    public boolean takesDecisions() {
        return Boolean.TRUE.equals(decisionMaking);
    }
}
