package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Storms are named like people ("Hurricane Dorian", "Typhoon Phanfone", "Tropical Storm Barry"), and the tagger reads
 * the name after the storm's kind as a person, or as a miscellaneous name or nothing there and as a person in its
 * bare mentions ("Dorian reached the Bahamas"). The kind and the name are one miscellaneous name, and the article's
 * one-word persons of that name are the storm. Only a name the tagger reads as a person somewhere in the article:
 * "Hurricane Center" and "Storm Area 51" are no storms' names; a person of the same name written in full ("Maria
 * Lopez") keeps the tagger's reading.
 * <p>
 * The kinds are words of other things too: "Storm" is a first name ("Storm Hunter won her match", "Storm Reid
 * starred"), "Typhoon" a fighter jet ("the Typhoon Jones flew"), and "Hurricane" a boxer's ring name ("Rubin
 * Carter, known as Hurricane Carter"). So only an article about weather names storms: one that has a word of the
 * weather ("landfall", "winds", "rain", "mph") or a storm's grade before the kind ("Tropical Storm"); and never a
 * name given to a person after "known as", "nicknamed" or "dubbed" ("Rubin Carter, known as Hurricane Carter"),
 * which is what the person is called ("the tropical cyclone known as Hurricane Dorian" is the storm's name).
 */
final class StormNames {
    private static final Set<String> KINDS = Set.of("Hurricane", "Typhoon", "Cyclone", "Storm");
    /** "Tropical Storm Barry", "Super Typhoon Haiyan": the kind's grade is part of the name. */
    private static final Set<String> GRADES = Set.of("Tropical", "Subtropical", "Super", "Severe");
    /** Grades that say a storm by themselves ("Super" and "Severe" grade many things). */
    private static final Set<String> WEATHER_GRADES = Set.of("Tropical", "Subtropical");
    /** Words of an article about the weather, as written mid-sentence ("the storm" is also a figure of speech). */
    private static final Set<String> WEATHER = Set.of("landfall", "wind", "winds", "gusts", "rain", "rains",
            "rainfall", "flooding", "floods", "flooded", "evacuation", "evacuations", "evacuate", "evacuated", "mph",
            "km/h", "kph", "knots", "meteorological", "meteorologists", "weather", "tropical", "typhoons",
            "hurricanes", "cyclones", "millibars", "hPa");
    /** Words after which a name is what a person is called ("known as Hurricane Carter"). */
    private static final Set<String> NICKNAMING = Set.of("nicknamed", "dubbed", "alias", "aka");

    private StormNames() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        Set<String> persons = new HashSet<>();
        for (Mention m : mentions) if (oneWordPerson(m)) persons.add(m.text());
        if (persons.isEmpty() || !aboutWeather(tokens)) return mentions;
        Set<String> storms = new HashSet<>();
        List<int[]> named = new ArrayList<>();
        for (int kind = 0; kind + 1 < tokens.size(); kind++) {
            Token name = tokens.get(kind + 1);
            if (!KINDS.contains(tokens.get(kind).word()) || !persons.contains(name.word())
                    || !MentionSpans.sameSentence(doc, kind, kind + 1) || !storm(mentions, kind + 1)
                    || nickname(doc, mentions, kind)) continue;
            int first = kind > 0 && MentionSpans.sameSentence(doc, kind - 1, kind)
                    && GRADES.contains(tokens.get(kind - 1).word()) ? kind - 1 : kind;
            storms.add(name.word());
            named.add(new int[]{first, kind + 2});
        }
        if (storms.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean inName = named.stream().anyMatch(n -> m.firstToken() < n[1] && m.endToken() > n[0]);
            if (inName) continue;
            out.add(oneWordPerson(m) && storms.contains(m.text())
                    ? MentionSpans.of(doc, m.firstToken(), m.endToken(), EntityType.MISC) : m);
        }
        for (int[] n : named) out.add(MentionSpans.of(doc, n[0], n[1], EntityType.MISC));
        out.sort(Comparator.comparingInt(Mention::firstToken));
        return out;
    }

    /** Whether a word of the weather, or a storm's grade before its kind, stands anywhere in the article. */
    private static boolean aboutWeather(List<Token> tokens) {
        for (int t = 0; t < tokens.size(); t++) {
            String w = tokens.get(t).word();
            if (WEATHER.contains(w)) return true;
            if (WEATHER_GRADES.contains(w) && t + 1 < tokens.size() && KINDS.contains(tokens.get(t + 1).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the storm's name at token {@code kind} (or its grade) follows "known as", "nicknamed" or the like
     * right after a person's mention ("Rubin Carter, known as").
     */
    private static boolean nickname(NlpDocument doc, List<Mention> mentions, int kind) {
        List<Token> tokens = doc.tokens();
        int t = kind - 1;
        if (t >= 0 && GRADES.contains(tokens.get(t).word())) t--;
        if (t >= 0 && (tokens.get(t).word().equals("\"") || tokens.get(t).word().equals("“"))) t--;
        if (t < 0 || !MentionSpans.sameSentence(doc, t, kind)) return false;
        String w = tokens.get(t).word().toLowerCase(Locale.ROOT);
        if (w.equals("as") && t > 0 && tokens.get(t - 1).word().equals("known")) {
            t--;
        } else if (!NICKNAMING.contains(w)) {
            return false;
        }
        int person = t > 0 && tokens.get(t - 1).word().equals(",") ? t - 1 : t;
        for (Mention m : mentions) if (m.endToken() == person && m.type() == EntityType.PERSON) return true;
        return false;
    }

    private static boolean oneWordPerson(Mention m) {
        return m.type() == EntityType.PERSON && m.endToken() - m.firstToken() == 1;
    }

    /**
     * Whether the name at token {@code t} stands alone: the tagger's one-word person or miscellaneous name, or no
     * mention at all; not inside a longer name ("National Hurricane Center").
     */
    private static boolean storm(List<Mention> mentions, int t) {
        for (Mention m : mentions) {
            if (m.firstToken() > t || m.endToken() <= t) continue;
            return m.firstToken() == t && m.endToken() == t + 1 && m.type() != EntityType.ORGANIZATION
                    && m.type() != EntityType.LOCATION
                    || m.firstToken() == t - 1 && m.endToken() == t + 1 && m.type() != EntityType.ORGANIZATION;
        }
        return true;
    }
}
