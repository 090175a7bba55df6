package org.newsgraph.pipeline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names one country goes by ("United States of America", "United States", "U.S.", "America"), from the two lists
 * CoreNLP's coreference ships in its models jar, so an article's resolver and the knowledge base's can make one
 * entity of them without a list of our own.
 *
 * <p>{@code dcoref/countries} lists each country on a numbered line and its other names on the "000" lines after it;
 * only a name that abbreviates the country's ("US", "U.K.") or holds it whole ("United States of America") is taken,
 * because the list also files parts and predecessors there ("England" under the United Kingdom, "Czechoslovakia"
 * under the Czech Republic). {@code dcoref/demonyms.txt} gives names their people's adjective: names sharing one
 * ("America", "U.S.": American; "Holland", "Netherlands": Dutch) are one country, unless two of them are countries of
 * their own in the first list ("Dominica", "Dominican Republic": Dominican), and a rejected alias stays out there too.
 */
public final class CountryNames {
    private static final String COUNTRIES = "edu/stanford/nlp/models/dcoref/countries";
    private static final String DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}&]+");
    /** "the" inside a country's name is written or left out freely ("Democratic Republic of (the) Congo"). */
    private static final Pattern ARTICLE = Pattern.compile("(^| )the(?= |$)");
    /** The first list files some countries inverted, as an index does: "Congo, Republic of the", "Korea, South". */
    private static final Pattern INVERTED = Pattern.compile("([^,]+), (.+)");
    private static final String ALIAS_ID = "000";

    private static final Lists LISTS = load();

    /** Per folded name its country's key, and the names the first list numbers as countries of their own. */
    private record Lists(Map<String, String> country, Set<String> numbered) {
    }

    private CountryNames() {
    }

    /**
     * The country a name stands for, as one key shared by all its names, or null for a name that has no other name
     * in the lists (which needs no joining) or no country at all.
     */
    public static String countryOf(String name) {
        return LISTS.country().get(fold(name));
    }

    /**
     * The key every name of one country shares, its own name's included, so spellings of a name the lists hold once
     * meet ("Republic of Congo", "Republic of the Congo"); null for a name that is no country.
     */
    public static String keyOf(String name) {
        String folded = fold(name);
        String country = LISTS.country().get(folded);
        return country != null || !LISTS.numbered().contains(folded) ? country : folded;
    }

    /**
     * Whether a name is a country's own name in the first list or one of the names the lists join to a country:
     * "Jordan", "Chad" and "Holland" are, "Michigan" and "Amman" are not.
     */
    public static boolean isCountry(String name) {
        String folded = fold(name);
        return LISTS.numbered().contains(folded) || LISTS.country().containsKey(folded);
    }

    /**
     * Whether a name is a country's own name in the first list ("Republic of the Congo", "Sudan"), not only another
     * name the lists file under a country ("Congo", "America").
     */
    public static boolean isOwnName(String name) {
        return LISTS.numbered().contains(fold(name));
    }

    /** Case, accents, full stops and separators folded, as the knowledge base keys names, and "the" left out. */
    static String fold(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        s = SEPARATORS.matcher(s.toLowerCase(Locale.ROOT).replace(".", "")).replaceAll(" ").strip();
        return ARTICLE.matcher(s).replaceAll("").strip();
    }

    /** A name the first list writes inverted in the order news writes it: "Republic of the Congo". */
    private static String uninverted(String listed) {
        java.util.regex.Matcher m = INVERTED.matcher(listed.strip());
        return m.matches() ? m.group(2) + " " + m.group(1) : listed;
    }

    private static Lists load() {
        Map<String, String> country = new HashMap<>();
        Set<String> numbered = new HashSet<>();
        Set<String> rejected = new HashSet<>();
        String current = null;
        for (String line : ModelLists.lines(COUNTRIES)) {
            int tab = line.indexOf('\t');
            if (tab < 0) continue;
            String id = line.substring(0, tab).strip(), name = fold(uninverted(line.substring(tab + 1)));
            if (name.isEmpty()) continue;
            if (!id.equals(ALIAS_ID)) {
                // "0" marks a name the list keeps apart from every country ("America"); it opens no block
                current = id.equals("0") ? null : name;
                if (current != null) numbered.add(name);
            } else if (current != null && (abbreviates(name, current) || (" " + name + " ").contains(" " + current
                    + " "))) {
                country.put(current, current);
                country.put(name, current);
            } else {
                rejected.add(name);
            }
        }
        Map<String, List<String>> byDemonym = new HashMap<>();
        for (String line : ModelLists.lines(DEMONYMS)) {
            String[] f = line.split("\t");
            if (f.length < 2 || f[1].isBlank()) continue;
            String name = fold(f[0]);
            List<String> names = byDemonym.computeIfAbsent(f[1].strip(), d -> new ArrayList<>());
            if (!name.isEmpty() && !rejected.contains(name) && !names.contains(name)) names.add(name);
        }
        for (List<String> names : byDemonym.values()) {
            if (names.size() < 2 || names.stream().filter(numbered::contains).count() > 1) continue;
            // the group joins the block one of its names is in already ("U.S." is the United States'), else the
            // country the first list numbers, else its first name
            String key = names.stream().map(country::get).filter(k -> k != null).findFirst()
                    .orElse(names.stream().filter(numbered::contains).findFirst().orElse(names.get(0)));
            for (String n : names) {
                String before = country.get(n);
                if (before != null && !before.equals(key)) country.replaceAll((k, v) -> v.equals(before) ? key : v);
                country.put(n, key);
            }
        }
        return new Lists(Map.copyOf(country), Set.copyOf(numbered));
    }

    /** Whether a folded name starts with the initials of another ("us", "usa" of "united states"). */
    private static boolean abbreviates(String shortName, String name) {
        if (shortName.contains(" ")) return false;
        StringBuilder initials = new StringBuilder();
        for (String w : name.split(" ")) initials.append(w.charAt(0));
        return initials.length() > 1 && shortName.startsWith(initials.toString());
    }
}
