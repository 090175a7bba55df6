package org.newsgraph.nlp.entity;

import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time zone after a clock time ("at 16:00 UTC", "9 a.m. EST") is part of the time, not an organisation the tagger
 * took its capitals for, and so is the same abbreviation elsewhere in that article. The abbreviations are the JDK's own
 * short zone names, standard and daylight; "MIT" or "CAT" in an article that writes no clock time before them stay
 * names. A bare number is a clock time only where it reads as an hour after a word that opens a time ("at 1400
 * GMT", "(0930 UTC)"): elsewhere it counts things or names a year ("40 IST researchers", "the 3 BST branches"), and
 * taking the letters after it for a zone dropped the company everywhere in the article.
 */
final class TimeZoneNames {
    private static final Set<String> ABBREVIATIONS = abbreviations();
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:.]\\d{2}|[ap]\\.?m\\.?|noon|midnight",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_HOUR = Pattern.compile("(\\d{1,2})([0-5]\\d)?");
    /** Words a bare hour follows ("at 1400 GMT", "(0930 UTC)"); a count or a year follows others ("40 IST staff"). */
    private static final Set<String> TIME_WORDS = Set.of("at", "from", "to", "until", "till", "by", "before", "after",
            "around", "about", "since", "between", "and", "(", "[", "-LRB-", "-LSB-");

    private TimeZoneNames() {
    }

    static List<Mention> apply(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        // a zone written after a clock time once is the article's zone wherever it stands ("(2053 Wednesday, UTC)")
        Set<String> zones = new HashSet<>();
        for (int t = 0; t < tokens.size(); t++) {
            String w = tokens.get(t).word();
            if (ABBREVIATIONS.contains(w) && afterClockTime(tokens, t)) zones.add(w);
        }
        if (zones.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (!(m.endToken() - m.firstToken() == 1 && zones.contains(tokens.get(m.firstToken()).word()))) out.add(m);
        }
        return out;
    }

    private static boolean afterClockTime(List<Token> tokens, int t) {
        int before = t - 1;
        if (before >= 0 && tokens.get(before).word().matches("[(\\[]|-LRB-|-LSB-")) before--;
        if (before < 0) return false;
        String w = tokens.get(before).word();
        return CLOCK.matcher(w).matches() || (isHour(w) && before > 0
                && TIME_WORDS.contains(tokens.get(before - 1).word().toLowerCase(Locale.ROOT)));
    }

    /** A bare number that reads as an hour: "9", "24", "930", "1400"; not "1861" nor "75". */
    private static boolean isHour(String w) {
        Matcher m = BARE_HOUR.matcher(w);
        return m.matches() && Integer.parseInt(m.group(1)) <= 24;
    }

    private static Set<String> abbreviations() {
        Set<String> out = new HashSet<>();
        for (String id : TimeZone.getAvailableIDs()) {
            for (boolean daylight : new boolean[]{false, true}) {
                String name = TimeZone.getTimeZone(id).getDisplayName(daylight, TimeZone.SHORT, Locale.ENGLISH);
                // names with digits or signs ("GMT+03:00") are offsets, not abbreviations
                if (name.chars().allMatch(c -> c >= 'A' && c <= 'Z')) out.add(name);
            }
        }
        return Set.copyOf(out);
    }
}
