package org.newsgraph.model;

import java.util.Locale;
import java.util.Set;

/**
 * The legal forms that end company names ("Inc.", "Ltd", "GmbH"...). A name with one names the same company as the
 * name without it: the article's resolver and the knowledge base's both rely on that.
 */
public final class LegalForms {
    private static final Set<String> FORMS = Set.of("inc", "corp", "corporation", "ltd", "limited", "llc", "plc",
            "ag", "gmbh", "co", "nv", "sa", "se");

    private LegalForms() {
    }

    /** Whether a word, with or without its full stops and in any case, is a legal form. */
    public static boolean is(String word) {
        return FORMS.contains(word.replace(".", "").toLowerCase(Locale.ROOT));
    }
}
