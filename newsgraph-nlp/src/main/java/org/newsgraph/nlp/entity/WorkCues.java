package org.newsgraph.nlp.entity;

import org.newsgraph.events.CountryPlaces;
import org.newsgraph.pipeline.CountryNames;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words that say the name next to them is a work's (a book, film, song, show): a work's noun or a verb of naming or
 * making one before it ("the song", "titled", "starred in"), or a work's noun or a verb of making after it (", a
 * song", "was also recorded"). Title case and head words cannot tell a work from a slogan or a body ("Death to
 * America", "Dead Poets Society"); the sentence can. The part of speech keeps a verb from reading as a work's
 * noun ("plays for the English Federation") and a noun as a verb.
 */
final class WorkCues {
    /** Nouns of the works a title names. */
    private static final Set<String> WORKS = Set.of("book", "books", "novel", "novels", "film", "films", "movie",
            "movies", "song", "songs", "single", "singles", "album", "albums", "track", "tracks", "play", "plays",
            "episode", "episodes", "show", "series", "poem", "poems", "opera", "musical", "documentary", "story",
            "essay", "painting", "title", "titles", "record", "ep", "ballad", "anthem", "sitcom", "drama", "website",
            "blog", "podcast", "game", "video");
    /** Verbs of naming or making a work, written before its title ("a book titled", "he recorded"). */
    private static final Set<String> NAMING = Set.of("titled", "entitled", "called", "recorded", "released",
            "wrote", "published", "sang", "sings", "performed", "played", "starred", "stars", "directed", "aired");
    /** Verbs of making a work, written after its title (""Occam's Razor" was also recorded"). */
    private static final Set<String> MADE = Set.of("recorded", "released", "published", "written", "sung",
            "performed", "aired", "premiered", "broadcast", "filmed", "directed", "charted");
    /**
     * What may stand between a verb and the work it names: the verb takes the name as its object ("played "Anarchy
     * in Tokyo"", "starred in Dead Poets Society"), not a place it happened in ("played in the Super League").
     */
    private static final Set<String> OBJECT_MARKS = Set.of("in", "\"", "“");
    /** How many words before or after the name the cue may stand ("songs such as", "was also recorded"). */
    private static final int WINDOW = 3;

    private WorkCues() {
    }

    /**
     * Whether a cue stands within a few words before token {@code first} in its sentence, not beyond a word in
     * {@code stops} (the closing mark of another quotation); a verb only with nothing but "in" or a quote mark
     * between it and the name.
     */
    static boolean before(NlpDocument doc, int first, Set<String> stops) {
        List<Token> tokens = doc.tokens();
        boolean adjacent = true;
        for (int t = first - 1; t >= 0 && t >= first - WINDOW && MentionSpans.sameSentence(doc, t, first); t--) {
            String w = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if (work(tokens.get(t), w) || adjacent && verb(tokens.get(t), w, NAMING)) return true;
            if (stops.contains(w)) return false;
            adjacent &= OBJECT_MARKS.contains(w);
        }
        return false;
    }

    /** Whether a cue stands within a few words after token {@code last} in its sentence, not beyond a stop. */
    static boolean after(NlpDocument doc, int last, Set<String> stops) {
        List<Token> tokens = doc.tokens();
        for (int t = last + 1; t < tokens.size() && t <= last + WINDOW && MentionSpans.sameSentence(doc, last, t);
             t++) {
            String w = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if (stops.contains(w)) return false;
            if (work(tokens.get(t), w) || verb(tokens.get(t), w, MADE)) return true;
        }
        return false;
    }

    /** Nouns of a screen work that head a phrase after its title ("the Downton Abbey series"). */
    private static final Set<String> SCREEN = Set.of("series", "film", "films", "movie", "movies", "sitcom",
            "miniseries", "show");

    /**
     * Whether a screen work's noun heads the phrase right after the name from {@code first} to {@code end} ("the
     * final film in the Downton Abbey series", "the Line of Duty show"), for a name of several words that is no
     * listed place and that the article writes nowhere as a place ({@link #writtenAsPlace}): a town or country
     * before such a noun is where the film is set or shot or whom a team plays
     * ("the Hebden Bridge film", "the New York series", "the West Indies series"), and so is one word ("the Boston
     * series"). A noun after it ("the Downton Abbey film crew") makes the work noun no head.
     */
    static boolean screenHeadAfter(NlpDocument doc, int first, int end) {
        List<Token> tokens = doc.tokens();
        if (end - first < 2 || end >= tokens.size()) return false;
        Token head = tokens.get(end);
        String noun = head.word().toLowerCase(Locale.ROOT);
        if (!work(head, noun) || !SCREEN.contains(noun) || !MentionSpans.sameSentence(doc, first, end)) return false;
        StringBuilder name = new StringBuilder();
        for (int t = first; t < end; t++) name.append(t > first ? " " : "").append(tokens.get(t).word());
        if (CountryPlaces.contains(name.toString())
                || CountryNames.isCountry(name.toString())) return false;
        String next = end + 1 < tokens.size() ? tokens.get(end + 1).pos() : null;
        return (next == null || !next.startsWith("NN")) && !writtenAsPlace(tokens, first, end);
    }

    /** Words before a name that write it as a place people live in or go to ("residents of", "near"). */
    private static final Set<String> PLACE_MARKS = Set.of("near", "outside", "around", "across", "throughout");
    /** Nouns of people or settlements before "of" a place ("residents of Hebden Bridge", "the town of"). */
    private static final Set<String> PLACE_OF = Set.of("residents", "people", "town", "village", "city", "mayor",
            "council");

    /**
     * Whether the article writes the name from {@code first} to {@code end} somewhere as a place's ("Residents of
     * Hebden Bridge said" beside "the Hebden Bridge film"): the film is one shot there, not the work of that name.
     */
    private static boolean writtenAsPlace(List<Token> tokens, int first, int end) {
        int n = end - first;
        for (int t = 1; t + n <= tokens.size(); t++) {
            boolean same = true;
            for (int k = 0; k < n && same; k++) same = tokens.get(t + k).word().equals(tokens.get(first + k).word());
            if (!same) continue;
            String before = tokens.get(t - 1).word().toLowerCase(Locale.ROOT);
            if (PLACE_MARKS.contains(before) || before.equals("of") && t >= 2
                    && PLACE_OF.contains(tokens.get(t - 2).word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean work(Token t, String lower) {
        return WORKS.contains(lower) && (t.pos() == null || t.pos().startsWith("NN"));
    }

    private static boolean verb(Token t, String lower, Set<String> verbs) {
        return verbs.contains(lower) && (t.pos() == null || t.pos().startsWith("VB"));
    }
}
