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
 * @param decidedOn the date of the award decision, optional
 */
@JsonPropertyOrder({"programme", "year", "amountEur", "decidedOn"})
public record StateSupport(
        @NotBlank(message = "{ptce.required}") String programme,
        @Min(1900) @Max(2200) Integer year,
        @PositiveOrZero BigDecimal amountEur,
        java.time.LocalDate decidedOn) {

    /** Support without a decision date, as format v1 first had it. */
    public StateSupport(String programme, Integer year, BigDecimal amountEur) {
        this(programme, year, amountEur, null);
    }

    /** True for support from a State PTCE call for projects (programme starting with {@code AAP-PTCE-}). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isCallForProjects() {
        return programme != null && programme.startsWith("AAP-PTCE-");
    }

    /**
     * True for support from a State PTCE call, for projects ({@code AAP-PTCE-}) or for expressions of interest
     * ({@code AMI-PTCE-}).
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isStatePtceCall() {
        return isCallForProjects() || (programme != null && programme.startsWith("AMI-PTCE-"));
    }

    /**
     * True when the support was decided on or before {@code date}: by its {@code decidedOn} when given, else by its
     * {@code year} (not after the year of {@code date}); without either, always.
     */
    public boolean isDecidedBy(java.time.LocalDate date) {
        if (decidedOn != null) {
            return !decidedOn.isAfter(date);
        }
        return year == null || year <= date.getYear();
    }
}
