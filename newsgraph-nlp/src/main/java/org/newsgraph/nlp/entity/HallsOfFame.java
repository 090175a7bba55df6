package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A hall of fame is an institution with members, a board and a building ("the College Football Hall of Fame
 * inducted him"), an organisation as CoNLL-style annotation has it and as the tagger itself reads most of them; it
 * sometimes reads one as a miscellaneous name, like an award. "Hall of Famer" names no body but a member, the way
 * "Oscar winner" does: it is a title before a person's name ("Hall of Famer Pie Traynor"), not a mention.
 */
final class HallsOfFame {

    private HallsOfFame() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int end = m.endToken();
            String last = tokens.get(end - 1).word();
            boolean hall = end - m.firstToken() >= 3 && tokens.get(end - 3).word().equals("Hall")
                    && tokens.get(end - 2).word().equals("of");
            if (hall && (last.equals("Famer") || last.equals("Famers")) && end - m.firstToken() == 3) continue;
            if (hall && last.equals("Fame") && m.type() == EntityType.MISC) {
                out.add(MentionSpans.of(doc, m.firstToken(), end, EntityType.ORGANIZATION));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
