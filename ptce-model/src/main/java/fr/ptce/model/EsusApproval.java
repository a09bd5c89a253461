package fr.ptce.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The agrément « entreprise solidaire d'utilité sociale » (ESUS) of an entry (Code du travail, art. L. 3332-17-1).
 *
 * @param grantedOn the date the approval was granted (required)
 * @param expiresOn the first day it no longer applies, or {@code null} when it has no end; after {@code grantedOn}
 */
@JsonPropertyOrder({"grantedOn", "expiresOn"})
public record EsusApproval(@NotNull(message = "{ptce.required}") LocalDate grantedOn, LocalDate expiresOn) {

    /** True when the approval applies on {@code date}: granted on or before it, not expired on or before it. */
    public boolean isActiveOn(LocalDate date) {
        return grantedOn != null && !grantedOn.isAfter(date) && (expiresOn == null || expiresOn.isAfter(date));
    }
}
