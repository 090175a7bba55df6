package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "the Battle of Gettysburg", "the Siege of Petersburg", "the 2nd Battle of Fredericksburg": a place named after a
 * capitalised battle, siege or campaign and "of" is the last word of the event's name, which the tagger reads as the
 * place alone. The whole name is one miscellaneous name (an event), as CoNLL-style annotation has it, and the place
 * is no mention of its own there: the event's name is a name, not a statement of where something happens. A
 * lower-case "battle of Mosul" is a description, and keeps its place.
 */
final class BattleNames {
    private static final Set<String> EVENTS = Set.of("Battle", "Battles", "Siege", "Campaign");
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}(st|nd|rd|th)");

    private BattleNames() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        boolean[] covered = MentionSpans.covered(tokens.size(), mentions);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int of = m.firstToken() - 1, event = of - 1;
            boolean named = m.type() == EntityType.LOCATION && event >= MentionSpans.sentenceStart(doc, m.firstToken())
                    && tokens.get(of).word().equals("of") && EVENTS.contains(tokens.get(event).word())
                    && !covered[event];
            if (!named) {
                out.add(m);
                continue;
            }
            int first = event;
            if (first > 0 && !covered[first - 1] && ORDINAL.matcher(tokens.get(first - 1).word()).matches()
                    && doc.sentenceOf(first - 1) == doc.sentenceOf(event)) first--;
            out.add(MentionSpans.of(doc, first, m.endToken(), EntityType.MISC));
        }
        return out;
    }
}
