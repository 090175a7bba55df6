package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person names recognised by shape, not by lookup: two to five capitalised words, with initials and the lowercase
 * particles of many naming traditions ("van", "de", "al-") allowed between them.
 */
final class PersonNames {

    private static final String WORD = "\\p{Lu}(?:\\.|[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*)";
    private static final String PARTICLE = "(?:de|da|del|della|di|do|dos|das|du|van|von|der|den|ter|la|le|al|el|bin|ibn|y)";
    /** A capitalised name of two to five words; used inside larger patterns. */
    static final String NAME = WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)*" + WORD + "){1,4}";
    private static final Pattern WHOLE_NAME = Pattern.compile(NAME);
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*");
    private static final Pattern PLACE_SUFFIX = Pattern.compile("\\s+(?:in|from|at)\\s+\\p{Lu}.*$");
    private static final Pattern ATTRIBUTION =
            Pattern.compile("\\s*(?:\\||\\s[-–—]\\s|\\(|\\bis\\b|\\bon\\s+\\p{Lu}\\p{Ll}+\\s+\\d).*$");
    /** Words that make a capitalised phrase a role, desk or outlet rather than a person. */
    private static final Set<String> NOT_PERSON = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "our", "their", "its", "in", "on", "at", "for", "but", "and", "when", "after", "before", "while",
            "as", "if", "staff", "writer", "correspondent", "reporter", "editor", "editors", "contributor",
            "columnist", "bureau", "chief", "press", "news", "agency", "team", "desk", "service", "associated",
            "senior", "special", "political", "foreign", "opinion", "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "llc",
            "plc", "gmbh", "group", "company", "university", "institute", "ministry", "department");

    private PersonNames() {
    }

    /**
     * The names listed in a byline's remainder ("Jane Doe and John Roe, Reuters"); outlets and roles dropped. Empty
     * unless the list starts with a name, so prose that merely begins with "By" or "Par" is not read as a byline.
     */
    static List<String> fromList(String list) {
        List<String> names = new ArrayList<>();
        String[] parts = SEPARATORS.split(cutAttribution(list));
        for (int i = 0; i < parts.length; i++) {
            String candidate = titleCaseIfShouted(PLACE_SUFFIX.matcher(parts[i].strip()).replaceFirst(""));
            if (isName(candidate)) names.add(candidate);
            else if (i == 0) return List.of();
        }
        return names;
    }

    /** True when the whole string is one person name by shape. */
    static boolean isName(String s) {
        if (s.length() > 60 || !WHOLE_NAME.matcher(s).matches()) return false;
        for (String w : s.split("\\s+")) {
            if (NOT_PERSON.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /** "JANE DOE" as "Jane Doe": bylines are often set in capitals, names are not. */
    static String titleCaseIfShouted(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return sb.toString();
    }

    /** Bylines trail off into a role or a date after a bar, a dash or a bracket. */
    private static String cutAttribution(String s) {
        Matcher m = ATTRIBUTION.matcher(s);
        return m.find() ? s.substring(0, m.start()) : s;
    }
}
