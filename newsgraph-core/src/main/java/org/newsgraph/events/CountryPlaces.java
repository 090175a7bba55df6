package org.newsgraph.events;

import org.newsgraph.pipeline.ModelLists;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of countries and of the cities and regions in them, in their current spellings as well as older ones
 * ("Kyiv" and "Kiev", "Mumbai" and "Bombay", "Czechia", "Türkiye"), from the country entries of the Phoenix actor
 * dictionary (2014) and our supplement of countries renamed since: the entries whose code is a bare country code
 * ({@code UKRAINE_ [UKR]} with {@code +KYIV_}, {@code +KHARKIV_}, {@code +ODESA_}), not its leaders' (dated
 * {@code UKRGOV} codes). The news tagger was trained on news of the 1990s and knows many places by their old names
 * only. A country's people's adjective ("Ukrainian"), which the entries list beside its names, is left out by
 * CoreNLP's demonym list.
 */
public final class CountryPlaces {
    private static final String DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");
    private static final Set<String> NAMES = load();

    private CountryPlaces() {
    }

    /** Whether a name as written ("Kyiv", "Cabo Verde", "TÜRKIYE") is one of the listed places. */
    public static boolean contains(String name) {
        return NAMES.contains(fold(name));
    }

    private static String fold(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        return SEPARATORS.matcher(s.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static Set<String> load() {
        Set<String> demonyms = new HashSet<>();
        for (String line : ModelLists.lines(DEMONYMS)) {
            String[] f = line.split("\t");
            for (int i = 1; i < f.length; i++) demonyms.add(fold(f[i]));
        }
        Set<String> names = new HashSet<>();
        for (String file : List.of("countries.supplement.txt", "Phoenix.Countries.actors.txt.gz")) {
            TabariActorParser.forEachEntry(DictionaryResources.lines(file), (phrases, codes) -> {
                if (codes.stream().noneMatch(c -> c.code().length() == 3)) return;
                for (String p : phrases) {
                    String name = fold(p);
                    if (!name.isEmpty() && !demonyms.contains(name)) names.add(name);
                }
            });
        }
        return Set.copyOf(names);
    }
}
