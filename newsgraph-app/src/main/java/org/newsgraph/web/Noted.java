package org.newsgraph.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.function.Predicate;

/**
 * An answer with a {@code message} beside its own fields, saying what its items alone do not: a name that matched
 * nothing because it names nothing known, as a search's entity filter says. An empty list read as "this entity has
 * no quotes (events)" when the name was simply misspelt.
 */
record Noted<T>(@JsonUnwrapped T answer, String message) {

    /**
     * {@code answer} with "no {@code what} named ..." for the first of {@code names} that {@code known} does not know,
     * when the answer found nothing ({@code found} is 0); looked up only then, so answers with items cost nothing more.
     */
    static <T> Noted<T> unknownName(T answer, long found, String what, Predicate<String> known, String... names) {
        if (found > 0) return new Noted<>(answer, null);
        for (String name : names) {
            if (name != null && !name.isBlank() && !known.test(name.strip())) {
                return new Noted<>(answer, "no " + what + " named '" + name.strip() + "'");
            }
        }
        return new Noted<>(answer, null);
    }
}
