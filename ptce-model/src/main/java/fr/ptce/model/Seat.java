package fr.ptce.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * A seat in a governance body.
 *
 * @param member id of the member or partner holding the seat
 * @param votes  votes of the seat, positive; {@code null} means 1
 */
@JsonPropertyOrder({"member", "votes"})
public record Seat(@NotBlank(message = "{ptce.required}") String member, @Positive(message = "{ptce.votes.positive}") Integer votes) {

    /** The votes of the seat, 1 when not given. */
    public int votesOrDefault() {
        return votes == null ? 1 : votes;
    }
}
