package fr.ptce.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Immutable copies of lists that may hold {@code null} (which validation reports rather than rejects). */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    static <T> List<T> copyOrEmpty(List<T> list) {
        return list == null ? List.of() : copy(list);
    }

    static <T> List<T> copyOrNull(List<T> list) {
        return list == null ? null : copy(list);
    }
}
