package fr.ptce.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * One strand of the pole's continuing strategy of pooling, cooperation or partnership.
 *
 * @param id      unique slug
 * @param type    what is shared
 * @param members ids of the members (or partners) taking part, at least 2
 * @param since   start date, optional
 * @param until   end date, optional
 * @param summary free text
 */
@JsonPropertyOrder({"id", "type", "members", "since", "until", "summary"})
public record Cooperation(
        @NotBlank(message = "{ptce.required}") @Pattern(regexp = Patterns.SLUG, message = "{ptce.slug}") String id,
        @NotNull(message = "{ptce.required}") CooperationType type,
        @NotNull(message = "{ptce.required}") @Size(min = 2, message = "{ptce.cooperation.members}") List<@NotNull(message = "{ptce.required}") String> members,
        LocalDate since,
        LocalDate until,
        String summary) {

    /** Copies the member list. */
    public Cooperation {
        members = Lists.copyOrNull(members);
    }

    /** True when the cooperation is active on {@code date}: started on or before it, not ended before it. */
    public boolean isActiveOn(LocalDate date) {
        return (since == null || !since.isAfter(date)) && (until == null || !until.isBefore(date));
    }

}
