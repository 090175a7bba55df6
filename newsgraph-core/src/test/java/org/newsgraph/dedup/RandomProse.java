package org.newsgraph.dedup;

import java.util.Random;

/** Seeded word salad over a Zipf-like vocabulary: frequent function words, a long tail of rarer ones. */
final class RandomProse {

    private static final String[] COMMON = {"the", "of", "and", "to", "a", "in", "said", "that", "for", "on", "was",
            "is", "with", "by", "at", "it", "from", "as", "his", "her", "has", "were", "be", "an", "this"};

    private final Random random;

    RandomProse(long seed) {
        random = new Random(seed);
    }

    String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(i % 17 == 0 ? ". " : " ");
            sb.append(random.nextInt(3) == 0 ? COMMON[random.nextInt(COMMON.length)] : rareWord());
        }
        return sb.append('.').toString();
    }

    private String rareWord() {
        int id = (int) Math.floor(Math.exp(random.nextDouble() * Math.log(20000)));
        return "w" + Integer.toString(id, 36);
    }
}
