package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * A generational suffix ("Jr.", "Sr", "III") tells a son from his father of one name and names nobody by itself; the
 * tagger still leaves one alone as a name when the words before it went elsewhere ("Martin Luther King Jr.. Day",
 * where the sentence splitter ends a sentence at the suffix's stop). Such a mention is dropped.
 */
final class GenerationalSuffixes {

    private GenerationalSuffixes() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) if (!suffixOnly(doc, m)) out.add(m);
        return out;
    }

    private static boolean suffixOnly(NlpDocument doc, Mention m) {
        for (int t = m.firstToken(); t < m.endToken(); t++) {
            String w = doc.tokens().get(t).word();
            if (!NameForm.isGenerational(w) && !w.equals(".")) return false;
        }
        return true;
    }
}
