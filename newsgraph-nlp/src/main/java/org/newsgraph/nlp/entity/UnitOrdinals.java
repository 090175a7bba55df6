package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "The 65th participated in ...": a numbered unit named in full once ("the 65th Air Division") is then called by its
 * ordinal alone, which the tagger leaves untagged. The ordinal stands for the organisation when it opens one of the
 * article's organisation names and stands as a noun itself: after "the" and before no word it could modify ("the
 * 65th anniversary", "the 65th Air Division" and "the 65th, 66th" are not it).
 */
final class UnitOrdinals {

    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th|d)");

    private UnitOrdinals() {
    }

    static List<ClassNouns.Typed> find(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        Set<String> units = new HashSet<>();
        boolean[] tagged = new boolean[tokens.size()];
        for (Mention m : mentions) {
            for (int t = m.firstToken(); t < m.endToken(); t++) tagged[t] = true;
            String first = tokens.get(m.firstToken()).word();
            if (m.type() == EntityType.ORGANIZATION && m.endToken() - m.firstToken() > 1
                    && ORDINAL.matcher(first).matches()) {
                units.add(first);
            }
        }
        List<ClassNouns.Typed> out = new ArrayList<>();
        if (units.isEmpty()) return out;
        for (int t = 1; t < tokens.size(); t++) {
            if (tagged[t] || !units.contains(tokens.get(t).word())
                    || !tokens.get(t - 1).word().equalsIgnoreCase("the")) continue;
            if (t + 1 < tokens.size() && modifiable(tokens.get(t + 1))) continue;
            out.add(new ClassNouns.Typed(t, t + 1, EntityType.ORGANIZATION));
        }
        return out;
    }

    /** A word the ordinal would modify or list with: a noun, adjective, number or comma. */
    private static boolean modifiable(Token next) {
        String pos = next.pos() == null ? "" : next.pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD") || next.word().equals(",")
                || next.word().equals("-");
    }
}
