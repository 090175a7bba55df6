package org.newsgraph.nlp.entity;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A mention's name reduced to its proper-name words: titles and roles in front ("President", "Mr.", "leader")
 * and a trailing possessive ("Kim's", "Trump’s", "Jesus'") removed.
 *
 * @param words     the remaining words, as written
 * @param wordStart offset of the first kept word in the article text
 * @param wordEnd   end offset of the last kept word, without the possessive
 */
record NameForm(List<String> words, int wordStart, int wordEnd) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Words that name a role, not a person: dropped from the front of a name, never part of one. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir",
            "dame", "lord", "lady", "president", "vice", "prime", "minister", "secretary", "senator", "sen",
            "representative", "rep", "congressman", "congresswoman", "governor", "gov", "mayor", "judge", "justice",
            "chancellor", "king", "queen", "prince", "princess", "pope", "emperor", "general", "gen", "admiral",
            "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "major", "officer", "chief",
            "ceo", "chairman", "chairwoman", "chair", "director", "leader", "spokesman", "spokeswoman",
            "spokesperson", "ambassador", "commissioner", "sheikh", "ayatollah", "rev", "reverend", "father",
            "saint", "st", "bishop", "archbishop", "cardinal", "rabbi", "imam", "pastor", "coach", "candidate", "nominee", "former", "late", "the", "deputy", "acting", "defense",
            "foreign", "finance", "state", "interior", "supreme", "attorney", "speaker", "house", "senate",
            "premier", "dictator", "founder", "executive", "officials", "official", "presidential", "democratic",
            "republican", "u.s.", "us", "north", "south", "korean", "american", "russian", "chinese", "british",
            "french", "german", "iranian", "israeli", "palestinian", "syrian", "iraqi", "afghan", "indian",
            "japanese", "ukrainian", "turkish", "egyptian", "saudi", "mexican", "canadian", "australian");

    /**
     * Reduces a mention. Only people lose leading titles ("General Motors" stays whole); when nothing but titles
     * would remain, the mention is kept as written.
     */
    static NameForm of(List<String> tokenWords, List<int[]> offsets, boolean person) {
        int from = 0, to = tokenWords.size();
        if (to > 0 && isPossessive(tokenWords.get(to - 1))) to--;
        if (person) {
            // Only people carry titles; "North Korean leader Kim Jong-un" keeps "Kim Jong-un".
            int lastTitle = -1;
            // a generational suffix names nobody: "Martin Luther King Jr." keeps "King", not a person "Jr."
            int named = to;
            while (named > from + 1 && (isGenerational(tokenWords.get(named - 1))
                    || tokenWords.get(named - 1).equals("."))) named--;
            for (int i = from; i < named - 1; i++) {
                if (TITLES.contains(stripDot(tokenWords.get(i))) && !hyphenGlued(tokenWords, offsets, i)) lastTitle = i;
            }
            from = lastTitle + 1;
        }
        if (to <= from) return new NameForm(List.copyOf(tokenWords), offsets.get(0)[0],
                offsets.get(offsets.size() - 1)[1]);
        List<String> words = new java.util.ArrayList<>(tokenWords.subList(from, to));
        int end = offsets.get(to - 1)[1];
        String last = words.get(words.size() - 1);
        String bare = stripPossessiveSuffix(last);
        if (bare.length() < last.length()) {
            words.set(words.size() - 1, bare);
            end -= last.length() - bare.length();
        }
        return new NameForm(List.copyOf(words), offsets.get(from)[0], end);
    }

    /**
     * Whether word {@code i} is written against a hyphen after it: "Saint-Saëns", "Saint-Aubin" are names, not a
     * saint's title before one ("Lieutenant-Colonel" keeps its second title word).
     */
    private static boolean hyphenGlued(List<String> words, List<int[]> offsets, int i) {
        return i + 1 < words.size() && words.get(i + 1).equals("-") && offsets.get(i)[1] == offsets.get(i + 1)[0];
    }

    private static final Set<String> GENERATIONS = Set.of("jr", "sr", "ii", "iii", "iv");

    /** Whether a word only tells a father from a son of one name ("Jr.", "Sr", "III"). */
    static boolean isGenerational(String word) {
        return GENERATIONS.contains(stripDot(word));
    }

    /** Whether a word is a title or role word that {@link #of} drops from the front of a person's name. */
    static boolean isTitle(String word) {
        return TITLES.contains(stripDot(word));
    }

    String joined() {
        return String.join(" ", words);
    }

    /**
     * The name as compared within an article: lower case, without full stops ("U.S." and "US" are one name) and
     * accents (a dateline in capitals drops them: "MONTREAL" is the "Montréal" of the text).
     */
    String key() {
        return keyOf(joined());
    }

    static String keyOf(String name) {
        String bare = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return bare.replace(".", "").toLowerCase(Locale.ROOT);
    }

    static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’") || w.equals("'S");
    }

    private static String stripPossessiveSuffix(String w) {
        if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) return w.substring(0, w.length() - 2);
        if (w.length() > 1 && (w.endsWith("'") || w.endsWith("’"))) return w.substring(0, w.length() - 1);
        return w;
    }

    private static String stripDot(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.endsWith(".") && !l.equals("u.s.") ? l.substring(0, l.length() - 1) : l;
    }
}
