package fr.ptce.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The composition of a member that groups enterprises (a business club, a groupement d'entreprises).
 *
 * @param members       number of enterprises grouped
 * @param nonEssMembers how many of them are not ESS enterprises
 */
@JsonPropertyOrder({"members", "nonEssMembers"})
public record EnterpriseGrouping(
        @NotNull(message = "{ptce.required}") @PositiveOrZero Integer members,
        @NotNull(message = "{ptce.required}") @PositiveOrZero Integer nonEssMembers) {

    /** True when most of the grouped enterprises are not ESS (décret 2015-431 art. 3, 2°). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isMostlyNonEss() {
        return members != null && nonEssMembers != null && nonEssMembers * 2L > members;
    }

}
