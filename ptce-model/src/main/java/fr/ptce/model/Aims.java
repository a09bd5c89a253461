package fr.ptce.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The aims a pole declares.
 *
 * @param sustainableLocalDevelopment the pole declares sustainable local development as its aim
 * @param summary                     free text
 */
@JsonPropertyOrder({"sustainableLocalDevelopment", "summary"})
public record Aims(Boolean sustainableLocalDevelopment, String summary) {

    /** True only when {@link #sustainableLocalDevelopment()} is explicitly true. */
    public boolean declaresSustainableLocalDevelopment() {
        return Boolean.TRUE.equals(sustainableLocalDevelopment);
    }
}
