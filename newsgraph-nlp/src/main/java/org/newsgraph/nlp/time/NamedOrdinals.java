package org.newsgraph.nlp.time;

import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A capitalised "Second" that is a word of a name: "the Second World War", "the Second Division side", "Elizabeth
 * the Second". SUTime reads "the Second" as a time (a TIME on the reference day) when the window it sees stops
 * before the rest of the name, or as the unit; a name goes on with another capitalised word or, for a monarch,
 * stands after one. A lower-case "second" and a sentence-opening "Second," that counts points are left to
 * {@link FalseAlarms}.
 */
final class NamedOrdinals {
    private static final Pattern SECOND = Pattern.compile("(?:[Tt]he )?Second");

    private NamedOrdinals() {
    }

    static List<TimeExpression> apply(NlpDocument doc, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>(times.size());
        for (TimeExpression t : times) {
            if (!(SECOND.matcher(t.text()).matches() && inName(doc, t))) out.add(t);
        }
        return out;
    }

    private static boolean inName(NlpDocument doc, TimeExpression t) {
        Token next = Neighbours.after(doc, t.end());
        var sentence = Neighbours.sentence(doc, t.start());
        if (next != null && sentence != null && next.start() < sentence.end()
                && Character.isUpperCase(next.word().charAt(0))) return true;
        if (!t.text().startsWith("the ")) return false;
        Token before = Neighbours.before(doc, t.start());
        return before != null && "NNP".equals(before.pos());
    }
}
