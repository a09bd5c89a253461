package fr.ptce.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.ptce.model.validation.ConsistentReferences;
import fr.ptce.model.validation.LegalCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A pôle territorial de coopération économique as described by format v1: one JSON document.
 *
 * <p>Immutable: lists are copied on construction and never {@code null} except {@link #members()}
 * when absent from the input (reported by validation). Build one in code with {@link #builder(String, String)}.
 *
 * @param formatVersion   always {@code 1}
 * @param id              slug {@code [a-z0-9-]+}
 * @param name            display name
 * @param legalCategory   INSEE legal category of the pole's own legal person; {@code null} for an informal grouping
 * @param legalEntity     id of the {@code members[]} entry that is the pole's own legal structure, optional; never
 *                        one of the pole's constituents
 * @param carrier         id of the member that carries the pole, optional
 * @param foundedOn       foundation date, optional
 * @param territory       the declared territory, optional
 * @param aims            the declared aims, optional
 * @param members         members and partners (at least one)
 * @param governance      decision bodies and animator, optional
 * @param cooperations    the continuing cooperation strategy
 * @param projects        the pole's projects
 * @param stateSupport    public support already received
 */
@ConsistentReferences
@JsonPropertyOrder({"formatVersion", "id", "name", "legalCategory", "legalEntity", "carrier", "foundedOn", "territory", "aims",
        "members", "governance", "cooperations", "projects", "stateSupport"})
public record Pole(
        @NotNull(message = "{ptce.formatVersion.required}") @jakarta.validation.constraints.Min(value = 1, message = "{ptce.formatVersion.unsupported}")
        @jakarta.validation.constraints.Max(value = 1, message = "{ptce.formatVersion.unsupported}") Integer formatVersion,
        @NotBlank(message = "{ptce.required}") @Pattern(regexp = Patterns.SLUG, message = "{ptce.slug}") @Size(max = 200) String id,
        @NotBlank(message = "{ptce.required}") @Size(max = 500) String name,
        @LegalCategory String legalCategory,
        String legalEntity,
        String carrier,
        LocalDate foundedOn,
        @Valid Territory territory,
        @Valid Aims aims,
        @NotEmpty(message = "{ptce.members.empty}") List<@NotNull(message = "{ptce.required}") @Valid Member> members,
        @Valid Governance governance,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NotNull(message = "{ptce.required}") @Valid Cooperation> cooperations,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NotNull(message = "{ptce.required}") @Valid Project> projects,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NotNull(message = "{ptce.required}") @Valid StateSupport> stateSupport) {

    /** Canonical constructor: copies lists, keeps absent optional lists empty. */
    public Pole {
        members = members == null ? null : Lists.copy(members);
        cooperations = Lists.copyOrEmpty(cooperations);
        projects = Lists.copyOrEmpty(projects);
        stateSupport = Lists.copyOrEmpty(stateSupport);
    }

    /** A pole without a legal entity entry ({@code legalEntity} is {@code null}), as format v1 first had it. */
    public Pole(Integer formatVersion, String id, String name, String legalCategory, String carrier, LocalDate foundedOn,
                Territory territory, Aims aims, List<Member> members, Governance governance,
                List<Cooperation> cooperations, List<Project> projects, List<StateSupport> stateSupport) {
        this(formatVersion, id, name, legalCategory, null, carrier, foundedOn, territory, aims, members, governance,
                cooperations, projects, stateSupport);
    }

    /**
     * The pole's own legal category: {@code legalCategory}, or, when absent, that of its legal entity entry;
     * {@code null} when neither is given.
     */
    public String effectiveLegalCategory() {
        if (legalCategory != null) {
            return legalCategory;
        }
        return legalEntity == null ? null : member(legalEntity).map(Member::legalCategory).orElse(null);
    }

    /** The member or partner with this id, if any. */
    public Optional<Member> member(String memberId) {
        if (members == null || memberId == null) {
            return Optional.empty();
        }
        return members.stream().filter(m -> m != null && memberId.equals(m.id())).findFirst();
    }

    /** Members as a never-null list. */
    @JsonIgnore
    public List<Member> memberList() {
        return members == null ? List.of() : members;
    }

    /** A new builder for a pole with this id and name (format version 1). */
    public static PoleBuilder builder(String id, String name) {
        return new PoleBuilder(id, name);
    }

    /** A builder initialised with this pole's values, to derive a modified copy. */
    public PoleBuilder toBuilder() {
        return PoleBuilder.from(this);
    }
}
