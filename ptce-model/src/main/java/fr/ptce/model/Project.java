package fr.ptce.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A project of the pole.
 *
 * @param id         unique slug
 * @param name       display name
 * @param innovation the kinds of innovation it carries
 * @param members    ids of the members (or partners) taking part
 */
@JsonPropertyOrder({"id", "name", "innovation", "members"})
public record Project(
        @NotBlank(message = "{ptce.required}") @Pattern(regexp = Patterns.SLUG, message = "{ptce.slug}") String id,
        String name,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NotNull(message = "{ptce.required}") Innovation> innovation,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NotNull(message = "{ptce.required}") String> members) {

    /** Copies the lists; absent become empty. */
    public Project {
        innovation = Lists.copyOrEmpty(innovation);
        members = Lists.copyOrEmpty(members);
    }
}
