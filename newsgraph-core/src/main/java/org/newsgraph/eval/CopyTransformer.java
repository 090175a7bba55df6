package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The seeded edits that turn an article into the kind of copy a syndication partner or an aggregator page shows.
 * Each method documents what it changes; {@link DedupCorpus} decides which to apply.
 */
final class CopyTransformer {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'”’)]?)\\s+");
    private static final String[] NAVIGATION = {
            "Home | World | Business | Politics | Technology | Sport | Opinion",
            "Skip to main content", "Advertisement", "Share this article: Facebook Twitter Email",
            "Most read", "Sign up for our morning newsletter", "Related coverage", "More from this section",
            "Follow us on social media", "Copyright and terms of use | Privacy policy | Contact us",
            "Read more:", "Trending now", "Subscribe for unlimited access"};
    private static final String[] HEADLINE_PREFIXES = {"UPDATE: ", "BREAKING: ", "", "", "Report: ", "Analysis: "};

    private final Random random;

    CopyTransformer(Random random) {
        this.random = random;
    }

    /** A different headline: a prefix plus the article's first sentence cut to a headline's length. */
    String newHeadline(String text) {
        String first = sentences(text).get(0);
        String[] words = first.split("\\s+");
        int n = Math.min(words.length, 6 + random.nextInt(8));
        return HEADLINE_PREFIXES[random.nextInt(HEADLINE_PREFIXES.length)]
                + String.join(" ", List.of(words).subList(0, n));
    }

    /**
     * The article inside a page: navigation lines and teasers (the opening sentences of {@code others}) before and
     * after it, adding about {@code extraShare} times the article's length.
     */
    String embedInPage(String text, List<String> others, double extraShare) {
        int budget = (int) (text.length() * extraShare);
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        int added = 0;
        int guard = 0;
        while (added < budget && guard++ < 200) {
            String piece = random.nextInt(3) == 0 || others.isEmpty()
                    ? NAVIGATION[random.nextInt(NAVIGATION.length)]
                    : teaser(others.get(random.nextInt(others.size())));
            (random.nextBoolean() ? before : after).add(piece);
            added += piece.length() + 1;
        }
        StringBuilder page = new StringBuilder();
        before.forEach(p -> page.append(p).append('\n'));
        page.append(text);
        after.forEach(p -> page.append('\n').append(p));
        return page.toString();
    }

    /** The text cut after a whole sentence once {@code keepShare} of its length is reached, as a shortened copy. */
    String trimEnding(String text, double keepShare) {
        List<String> sentences = sentences(text);
        StringBuilder out = new StringBuilder();
        for (String s : sentences) {
            if (out.length() > 0 && out.length() + s.length() > text.length() * keepShare) break;
            if (out.length() > 0) out.append(' ');
            out.append(s);
        }
        return out.toString();
    }

    /** Copy-editing at {@code rate} per word: a word dropped, swapped with its neighbour, or replaced. */
    String lightEdits(String text, double rate, List<String> replacementWords) {
        String[] words = text.split(" ");
        List<String> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            if (random.nextDouble() >= rate) {
                out.add(words[i]);
                continue;
            }
            switch (random.nextInt(3)) {
                case 0 -> { }
                case 1 -> {
                    if (i + 1 < words.length) {
                        out.add(words[i + 1]);
                        out.add(words[i]);
                        i++;
                    } else {
                        out.add(words[i]);
                    }
                }
                default -> out.add(replacementWords.get(random.nextInt(replacementWords.size())));
            }
        }
        return String.join(" ", out);
    }

    private String teaser(String otherText) {
        List<String> s = sentences(otherText);
        String t = s.get(0);
        if (s.size() > 1 && random.nextBoolean()) t = t + " " + s.get(1);
        return t;
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            if (!s.isBlank()) out.add(s.strip());
        }
        if (out.isEmpty()) out.add(text);
        return out;
    }
}
