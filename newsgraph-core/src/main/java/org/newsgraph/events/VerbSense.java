package org.newsgraph.events;

import java.util.List;

/**
 * A verb or phrasal verb of the dictionary ("MEET", "SHUT DOWN") with its default CAMEO code and its patterns.
 *
 * @param particles words that must follow the verb for this sense ("DOWN" in SHUT DOWN), empty for simple verbs
 * @param code      default CAMEO code when no pattern matches, or null when the verb alone is no event
 * @param reverseCode default target -> source code ("HOST [043:042]"), or null
 * @param patterns    the patterns written for this verb or for its whole block
 * @param borrowed    the patterns written for the other verbs of its block, tried only when the verb has no code
 *                    of its own and none of its own patterns matched
 * @param silent      our supplement says the verb codes nothing by default ({@code DIE [---]}): only patterns code
 *                    it, and the dictionary's later senses of the verb lend no default either
 */
record VerbSense(String verb, List<String> particles, String code, String reverseCode, List<VerbPattern> patterns,
                 List<VerbPattern> borrowed, boolean silent) {

    VerbSense {
        particles = List.copyOf(particles);
        patterns = List.copyOf(patterns);
        borrowed = List.copyOf(borrowed);
    }
}
