package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name ending in an abbreviation keeps its full stop where the tokenizer took that stop for the end of a
 * sentence: "Apple Inc. Steve Jobs said" and "in Washington, D.C. It was" split into "Inc" / "D.C" and ".", and
 * the tagger's mention stopped before the stop, so the name lost the abbreviation's last letter mark and no longer
 * matched the same name written mid-sentence. Only for abbreviations: a legal form or name suffix that is written
 * with a stop ("Inc", "Corp", "Jr"), or a word with a stop inside ("D.C", "U.S"); a full word before a stop
 * ("Bank.", "Motors.") ends its sentence.
 */
final class AbbreviationStops {

    /** Legal forms and name suffixes that are abbreviations written with a full stop. */
    private static final Set<String> ABBREVIATIONS = Set.of("Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr",
            "Pty", "Mfg");

    private AbbreviationStops() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int end = m.endToken();
            Token last = tokens.get(end - 1);
            boolean stopAfter = end < tokens.size() && tokens.get(end).word().equals(".")
                    && tokens.get(end).start() == last.end();
            out.add(stopAfter && isAbbreviation(last.word()) ? MentionSpans.of(doc, m.firstToken(), end + 1, m.type())
                    : m);
        }
        return out;
    }

    private static boolean isAbbreviation(String word) {
        // "U.S." already holds its own stop: a second one after it ("in the U.S..") is the sentence's
        int dot = word.indexOf('.');
        return ABBREVIATIONS.contains(word) || dot > 0 && !word.endsWith(".");
    }
}
