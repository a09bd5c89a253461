package fr.ptce.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.ptce.model.validation.CogCode;
import fr.ptce.model.validation.CogCode.Kind;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The territory a pole declares, as Code officiel géographique codes.
 *
 * @param name         optional display name
 * @param communes     commune codes (municipal arrondissements and Corsica's 2A/2B codes included)
 * @param epcis        EPCI SIREN codes
 * @param departements département codes
 * @param regions      région codes
 */
@JsonPropertyOrder({"name", "communes", "epcis", "departements", "regions"})
public record Territory(
        String name,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NotNull @CogCode(Kind.COMMUNE) String> communes,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NotNull @CogCode(Kind.EPCI) String> epcis,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NotNull @CogCode(Kind.DEPARTEMENT) String> departements,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NotNull @CogCode(Kind.REGION) String> regions) {

    /** Copies lists; absent lists become empty. */
    public Territory {
        communes = Lists.copyOrEmpty(communes);
        epcis = Lists.copyOrEmpty(epcis);
        departements = Lists.copyOrEmpty(departements);
        regions = Lists.copyOrEmpty(regions);
    }

    /** True when at least one code is declared. */
    @JsonIgnore
    public boolean isDeclared() {
        return !communes.isEmpty() || !epcis.isEmpty() || !departements.isEmpty() || !regions.isEmpty();
    }
}
