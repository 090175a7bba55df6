package org.newsgraph.index.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;

/**
 * Normalised entity keys, {@code TYPE|name}: case, accents, dots, hyphens and possessives folded, so spellings of
 * one name meet. Leading honorifics are dropped from person names (the NLP contract asks for bare names, but an
 * honorific that slips through must not split a person in two).
 */
public final class EntityNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}&]+");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir",
            "dame", "lord", "lady", "president", "vice", "senator", "sen", "rep", "representative", "congressman",
            "congresswoman", "governor", "gov", "mayor", "prime", "minister", "chancellor", "king", "queen", "prince",
            "princess", "pope", "judge", "justice", "general", "gen", "colonel", "col", "captain", "capt", "lt",
            "sgt", "rev", "reverend", "chairman", "chairwoman", "secretary", "ambassador", "sheikh", "emir");

    private EntityNames() {
    }

    public static String key(EntityType type, String name) {
        return type.name() + '|' + normalize(type, name);
    }

    public static EntityType typeOf(String key) {
        return EntityType.valueOf(key.substring(0, key.indexOf('|')));
    }

    public static String nameOf(String key) {
        return key.substring(key.indexOf('|') + 1);
    }

    /**
     * Whether a mention spelled this way is a short form of the entity with {@code key}: a person's surname alone
     * ("Trump" of "Donald Trump"), or for any other type an acronym in capitals, with or without full stops ("UN",
     * "U.S.", "IAEA"). Other partial mentions ("Acme" of "Acme Corp", also in capitals in a headline: "ACME") are
     * left to the article.
     */
    static boolean isShortForm(EntityType type, String spelled, String key) {
        if (type == EntityType.PERSON) {
            String surname = normalize(type, spelled);
            return !surname.isEmpty() && surname.indexOf(' ') < 0 && nameOf(key).endsWith(' ' + surname);
        }
        String letters = spelled.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase)
                && !List.of(nameOf(key).split(" ")).contains(normalize(type, spelled));
    }

    /**
     * Whether a mention is the one-word start of an organisation's name of several words ("Coastlink" of "Coastlink
     * Terminals", also after "the"). The tagger reads such a short name as a person's as often as not, so an article
     * that joined it to the organisation is evidence for the person's key of that word ({@link EntityResolver}).
     */
    static boolean isLeadingWord(String spelled, String key) {
        String word = normalize(EntityType.ORGANIZATION, spelled);
        List<String> words = List.of(nameOf(key).split(" "));
        int from = words.get(0).equals("the") ? 1 : 0;
        return !word.isEmpty() && word.indexOf(' ') < 0 && words.size() > from + 1 && words.get(from).equals(word);
    }

    static String normalize(EntityType type, String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).strip();
        s = POSSESSIVE.matcher(s).replaceAll("").replace(".", "");
        s = SEPARATORS.matcher(s).replaceAll(" ").strip();
        if (type != EntityType.PERSON) return s;
        String[] tokens = s.split(" ");
        int first = 0;
        while (first < tokens.length - 1 && HONORIFICS.contains(tokens[first])) first++;
        return first == 0 ? s : String.join(" ", Arrays.copyOfRange(tokens, first, tokens.length));
    }
}
