package fr.ptce.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * Public support the pole already received.
 *
 * @param programme the programme, e.g. {@code AAP-PTCE-2013}, {@code AMI-PTCE-2021}, or free text
 * @param year      the year
 * @param amountEur the amount in euros
 */
@JsonPropertyOrder({"programme", "year", "amountEur"})
public record StateSupport(
        @NotBlank(message = "{ptce.required}") String programme,
        @Min(1900) @Max(2200) Integer year,
        @PositiveOrZero BigDecimal amountEur) {

    /** True for support from a State PTCE call (programme starting with {@code AAP-PTCE-} or {@code AMI-PTCE-}). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isStatePtceCall() {
        return programme != null && (programme.startsWith("AAP-PTCE-") || programme.startsWith("AMI-PTCE-"));
    }
}
