package fr.ptce.rules.facts;

import fr.ptce.model.classification.ActorFamily;
import java.util.List;

/**
 * A typed value a rule gives with its outcome, for its message and remedy: placeholders {@code {name}} of the
 * rule's messages are filled from the figures of the same name, each rendered for the reader's language.
 */
public sealed interface Figure {
    /** A whole number, written with the language's digit grouping ({@code 1 234}, {@code 1,234}). */
    record Count(long value) implements Figure {
    }

    /** A share between 0 and 1, written as a percentage ({@code 44 %} in French, {@code 44%} in English). */
    record Share(double value) implements Figure {
        /** Checks the share is a number. */
        public Share {
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("a share must be a number");
            }
        }
    }

    /** Yes or no, written in the language. */
    record Flag(boolean value) implements Figure {
    }

    /** Text written as is (a body's name, a legal category code). */
    record Text(String value) implements Figure {
    }

    /** A text of the referential's messages (its key), written in the reader's language; empty key for no text. */
    record Label(String key) implements Figure {
    }

    /** Entries of {@code members[]} (ids), written by their names and separated by commas. */
    record Entries(List<String> ids) implements Figure {
        /** Copies the ids. */
        public Entries {
            ids = List.copyOf(ids);
        }
    }

    /** Actor families, written by their names in the language and separated by commas. */
    record Families(List<ActorFamily> families) implements Figure {
        /** Copies the families. */
        public Families {
            families = List.copyOf(families);
        }
    }
}
