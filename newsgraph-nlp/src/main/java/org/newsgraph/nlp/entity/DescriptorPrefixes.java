package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A word made with an English prefix of stance or time ("ex-Muslim", "pro-Kremlin", "anti-war", "then-Senator")
 * describes the name after it, and no name begins with one; the tagger still runs such a word into the name when it
 * is capitalised after the hyphen ("Tanzanian-born ex-Muslim Zara Kay"). The prefix is cut off; the name keeps the
 * rest. Lower-case name particles glued by a hyphen ("al-Assad", "el-Sisi", "bin-Laden") are no such prefix.
 */
final class DescriptorPrefixes {

    private static final Set<String> PREFIXES = Set.of("ex", "pro", "anti", "then", "non", "neo", "post", "pre");
    private static final Pattern PREFIXED = Pattern.compile("(\\p{Ll}+)[-\u2010\u2011](\\p{L}.*)");

    private DescriptorPrefixes() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int first = m.firstToken();
            if (m.endToken() - first > 1 && prefixed(doc.tokens().get(first).word())) first++;
            out.add(first == m.firstToken() ? m : MentionSpans.of(doc, first, m.endToken(), m.type()));
        }
        return out;
    }

    /** Whether a token is a word with one of the prefixes ("ex-Muslim"); the tokenizer keeps such words whole. */
    static boolean prefixed(String word) {
        var m = PREFIXED.matcher(word);
        return m.matches() && PREFIXES.contains(m.group(1).toLowerCase(Locale.ROOT));
    }
}
