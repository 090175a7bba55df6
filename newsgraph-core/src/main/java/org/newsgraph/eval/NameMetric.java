package org.newsgraph.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The author-name comparison of the WCXB metadata metric (see the data set's SOURCE.md): a byline is split on
 * {@code , ; | & · •} and the word "and"; each name loses accents, case, dots and apostrophes, a leading "By",
 * honorifics and trailing credentials; pieces that are only credentials disappear. Written apart from the
 * extractor's own name cleaning so that the metric does not grade the extractor by its own rules.
 */
final class NameMetric {

    private static final Pattern SPLIT = Pattern.compile("[,;|&·•]|\\band\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> HONORIFICS = Set.of("dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx",
            "sir", "dame", "rev", "fr");
    private static final Set<String> CREDENTIALS = Set.of("phd", "md", "rd", "rdn", "ld", "ldn", "ms", "msc", "ma",
            "ba", "bs", "bsc", "mba", "mph", "jd", "jr", "sr", "ii", "iii", "iv", "cpa", "cfa", "cfp", "rn", "np",
            "do", "dds", "dvm", "pharmd", "psyd", "edd", "esq", "fand", "cde", "cdces", "cdn", "cssd", "lcsw",
            "lmft", "cpt", "cscs", "mfa", "med", "facp", "ryt", "eryt", "200", "500", "faap", "mbbs", "ibclc",
            "aprn", "fnp", "dpt", "ces", "cns", "ches");

    private NameMetric() {
    }

    /** The normalised names in a byline string (gold) or in several name strings (predicted). */
    static Set<String> names(List<String> strings) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : strings) {
            if (s == null) continue;
            for (String piece : SPLIT.split(s)) {
                String n = normalise(piece);
                if (!n.isEmpty()) out.add(n);
            }
        }
        return out;
    }

    static String normalise(String name) {
        String n = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        // "E-RYT" stays one credential; a single letter before a hyphen is not a name of its own
        n = n.toLowerCase(Locale.ROOT).replaceAll("[.'’]", "").replaceAll("\\b(\\p{L})-(\\p{L}{2,})\\b", "$1$2")
                .replaceAll("[\\p{Punct}\\p{S}]", " ");
        List<String> words = new ArrayList<>(List.of(n.strip().split("\\s+")));
        words.removeIf(String::isEmpty);
        if (!words.isEmpty() && words.get(0).equals("by")) words.remove(0);
        while (!words.isEmpty() && HONORIFICS.contains(words.get(0)) && words.size() > 1) words.remove(0);
        while (!words.isEmpty() && CREDENTIALS.contains(words.get(words.size() - 1))) words.remove(words.size() - 1);
        String joined = String.join(" ", words);
        return joined.length() <= 1 || CREDENTIALS.contains(joined) ? "" : joined;
    }
}
