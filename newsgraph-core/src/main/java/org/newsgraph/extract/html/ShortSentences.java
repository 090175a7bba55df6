package org.newsgraph.extract.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a block too short to count as prose by length is still a whole sentence of a story: it opens on a capital
 * letter or an opening quote mark, closes on a full stop, question or exclamation mark (a closing quote mark may
 * follow), has at least four words, and one of them is a finite verb: a common auxiliary or reporting verb ("was",
 * "said", "told"), or a lower-case word past the first ending in "-ed" ("expected", "resigned"). Briefs end on such
 * lines ("Linda Park said the decision was unanimous."); labels, prices, credits and calls to action ("Read more",
 * "Monthly", "Photo: Reuters", "Sign up now") have no verb of that kind or no closing stop.
 */
final class ShortSentences {

    private static final int MIN_WORDS = 4;
    private static final Pattern SHAPE = Pattern.compile("[\"“‘'(]?\\p{Lu}.*[.!?][\"”’')]?", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['’][\\p{L}]+)?");
    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "may", "might", "must", "should", "shall", "did", "does", "said", "says",
            "told", "tells", "added", "won", "lost", "made", "took", "went", "came", "got", "gave", "left", "met",
            "became", "began", "fell", "rose", "led", "paid", "sold", "bought", "held", "kept", "found", "saw",
            "thought", "knew", "felt", "ran", "set", "put", "cut", "hit", "beat", "wrote", "spoke", "chose",
            "declined", "denied", "remains", "remained", "plans", "wants", "needs", "expects", "hopes");

    private ShortSentences() {
    }

    static boolean isSentence(TextBlock b) {
        return b.linkChars() == 0 && isSentence(b.text());
    }

    static boolean isSentence(String text) {
        String t = text.strip();
        if (t.indexOf('\n') >= 0 || !SHAPE.matcher(t).matches()) return false;
        Matcher m = WORD.matcher(t);
        int words = 0;
        boolean verb = false;
        while (m.find()) {
            String word = m.group();
            if (words++ == 0) continue;
            String w = word.toLowerCase(Locale.ROOT);
            verb |= FINITE.contains(w) || w.length() >= 5 && w.endsWith("ed") && w.equals(word);
        }
        return verb && words >= MIN_WORDS;
    }
}
