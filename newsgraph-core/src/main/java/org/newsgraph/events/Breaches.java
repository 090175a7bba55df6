package org.newsgraph.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.model.EventActor;

/**
 * The dictionary's DESTROY block gives force (190) to every verb it lists, and vetoes only what PETRARCH met
 * ("- * DEADLOCK [030] # BREAK"). Some of its verbs take rules, records and limits as often as targets: "broke the
 * two-hour barrier", "are breaking the law", "shattered the world record", "dominated the market", "overshadowed
 * the summit". What is broken there is no actor and no event (a truce, a siege or a strike broken is one: "broke
 * the ceasefire" stays force), and nobody armed breaks it; such a breach is no violence. Verbs whose objects are
 * things laid waste (DESTROY, DEMOLISH, RAZE, DEVASTATE) keep the dictionary's code whatever they destroy, and the
 * winning verbs are judged by {@link Contests}.
 */
final class Breaches {

    /** The DESTROY block's verbs said as often of rules, records and limits as of targets. */
    private static final Set<String> FIGURATIVE = Set.of("break", "shatter", "crush", "bust", "dominate",
            "overshadow", "master", "surmount", "overtake");

    private Breaches() {
    }

    /**
     * Whether {@code coded}, force by the DESTROY block's default on a verb said of limits, breaks an object that
     * is no actor ({@code actor}) and no event ({@code event}), done by no armed party.
     */
    static boolean figurative(SentenceGraph g, int v, VerbMatcher.Coded coded, List<EventActor> sources,
                              IntPredicate actor, IntPredicate event) {
        if (coded == null || !coded.byDefault() || coded.code() == null || !coded.code().startsWith("19")) return false;
        if (!FIGURATIVE.contains(g.lemmas[v].toLowerCase(Locale.ROOT)) || g.child(v, "compound:prt") >= 0) {
            return false;
        }
        int broken = g.isPassive(v) ? g.child(v, "nsubj:pass") : g.child(v, "obj");
        if (broken < 0 || actor.test(broken) || event.test(broken)) return false;
        for (EventActor a : sources) if (Contests.armed(a)) return false;
        return true;
    }
}
