package org.newsgraph.index.internal;

import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/**
 * Whether an article describes a place it names as a settlement: an apposition after it ("Forest Green, a village in
 * Surrey") or the people or the settlement noun that own it before ("residents of Forest Green", "the town of
 * Chelsea"). Articles write this of a town and not of its club or a firm of its name, so a place so described is kept
 * apart from an organisation of the same name in the base's type vote ({@link TypeVote}).
 */
final class SettlementCues {

    private static final String SETTLEMENT = "(?:village|town|city|hamlet|suburb|township|municipality|settlement)";
    /** ", a (small|coastal|...) village in|of|near|on|outside" right after the mention. */
    private static final Pattern APPOSITION = Pattern.compile(
            "^\\s*,\\s*(?:a|an|the)\\s+(?:[a-z][a-z-]*\\s+){0,2}" + SETTLEMENT + "\\s+(?:in|of|near|on|outside)\\b");
    /** "residents of", "the town of" right before the mention. */
    private static final Pattern OWNER = Pattern.compile(
            "\\b(?:(?:residents|villagers|inhabitants|townspeople)|the\\s+" + SETTLEMENT + ")\\s+of\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final int REACH = 60;

    private SettlementCues() {
    }

    /** Whether the text describes the place at {@code mention} as a settlement there. */
    static boolean describe(String text, Span mention) {
        if (mention.end() > text.length()) return false;
        String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + REACH));
        String before = text.substring(Math.max(0, mention.start() - REACH), mention.start());
        return APPOSITION.matcher(after).find() || OWNER.matcher(before).find();
    }
}
