package org.newsgraph.nlp.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of several people sharing a surname each bare mention of it is, once the article has named them all. The
 * article's subject: the one whose full name the title writes, if the article names it more often than each other
 * holder, else the one named first when the article wrote the surname alone before naming any other holder. An
 * obituary names the widow once and goes on writing the surname for the dead man ("Robert Mugabe ... his wife Grace
 * Mugabe ... Mugabe"). Per mention (review26r item 1, fix26e), a "he"/"she" pointing back at the mention that
 * contradicts the subject's gender gives it to the one other holder of the pronoun's gender, else to the one other
 * whose gender does not contradict it ("Chelsea Clinton hosts gala ... Former President Bill Clinton spoke. Clinton
 * said he was proud"). The holder named last before the mention does not take it: on the demo that gave 26 of Joe
 * Biden's "Biden" to Hunter Biden, named once, and obituaries' surnames to relatives (ents26 and fix26e measured it).
 * Father and son named alike ("John Doyle Jr. ... John Doyle, his father") leave the bare surname to the one not
 * named as the other's kin: the article is about him, the other is named for his sake; named each in his own right,
 * to the one named last before it (session 27); a coach and a player, to the player where the surname does a
 * player's act ("Coach Ray Miller Sr. said his son Ray Miller played well. Miller scored twice": session 28). Without
 * a subject the surname stays apart:
 * "Tom Walsh and Peter Walsh ... Walsh" is no one's, unless the pronoun picks one.
 */
final class SurnameSubjects {

    /**
     * One person the surname may stand for: where the article names it (per mention its character offset, in order),
     * how it is written, its gender ("MALE", "FEMALE" or null), and whether it is named as another's kin
     * ({@link Generations#namedAsKin}).
     */
    record Holder(int root, List<Integer> mentions, List<List<String>> names, String gender, boolean kin,
                  boolean coach) {
        int first() {
            return mentions.get(0);
        }
    }

    /**
     * A bare mention: where it starts (character offset), the gender of the pronoun in its clause (or null), and
     * whether it does a player's act ({@link PlayersActs}).
     */
    record Bare(int start, String pronoun, boolean plays) {
    }

    private SurnameSubjects() {
    }

    /** Per bare mention (in the order given, which must be the text's), the root of its holder, or -1. */
    static int[] subjects(String surname, List<Holder> holders, List<Bare> bares, String title) {
        int[] out = new int[bares.size()];
        java.util.Arrays.fill(out, -1);
        if (holders.size() < 2 || bares.isEmpty()) return out;
        if (generations(holders)) {
            for (int b = 0; b < bares.size(); b++) out[b] = generationOf(holders, bares.get(b));
            return out;
        }
        if (!samePlace(surname, holders)) return out;
        int inTitle = titled(holders, title);
        int subject = inTitle >= 0 ? inTitle : namedFirstAlone(holders, bares.get(0).start());
        for (int b = 0; b < bares.size(); b++) {
            Bare bare = bares.get(b);
            int choice = subject;
            int index = indexOf(holders, choice);
            if (index >= 0 && contradicts(holders.get(index), bare.pronoun())) {
                List<Integer> others = new ArrayList<>();
                for (int h = 0; h < holders.size(); h++) if (h != index) others.add(h);
                choice = fitting(holders, others, bare.pronoun());
            }
            out[b] = choice;
        }
        return out;
    }

    /**
     * Father and son named alike: the one not named as the other's kin ("John Doyle, his father,") is the article's
     * subject; where neither is, each is written in his own right ("Donald Trump Jr. said ... Former president Donald
     * Trump did not comment. Trump has owned the tower"), and the surname is the one named last before it.
     */
    private static int generationOf(List<Holder> holders, Bare mention) {
        int bare = mention.start();
        Holder a = holders.get(0), b = holders.get(1);
        // a coach and a player: who scores is the player, whoever is named as whose kin (session 28)
        if (mention.plays() && a.coach() != b.coach()) return a.coach() ? b.root() : a.root();
        if (a.kin() != b.kin()) return a.kin() ? b.root() : a.root();
        if (a.kin()) return firstNamed(holders).root();
        Holder last = null;
        int at = -1;
        for (Holder h : holders) {
            for (int m : h.mentions()) {
                if (m < bare && m > at) {
                    at = m;
                    last = h;
                }
            }
        }
        return (last != null ? last : firstNamed(holders)).root();
    }

    private static Holder firstNamed(List<Holder> holders) {
        Holder first = holders.get(0);
        for (Holder h : holders) if (h.first() < first.first()) first = h;
        return first;
    }

    /**
     * The holder named first, when the article wrote the surname alone after naming it and before naming any other
     * (those mentions can only be that person's, and reporters keep to one referent for a bare surname); else -1.
     */
    private static int namedFirstAlone(List<Holder> holders, int firstBare) {
        Holder first = firstNamed(holders);
        int second = Integer.MAX_VALUE;
        for (Holder h : holders) if (h != first) second = Math.min(second, h.first());
        return first.first() < firstBare && firstBare < second ? first.root() : -1;
    }

    /** The root of the one holder among {@code among} whose gender is the pronoun's, else -1. */
    private static int ofGender(List<Holder> holders, List<Integer> among, String pronoun) {
        if (pronoun == null) return -1;
        int found = -1;
        for (int h : among) {
            if (!pronoun.equals(holders.get(h).gender())) continue;
            if (found >= 0) return -1;
            found = holders.get(h).root();
        }
        return found;
    }

    /**
     * The root of the one holder among {@code among} whose gender is the pronoun's, else of the one whose gender
     * does not contradict it ("Barack" is in no list of given names), else -1.
     */
    private static int fitting(List<Holder> holders, List<Integer> among, String pronoun) {
        int found = ofGender(holders, among, pronoun);
        if (found >= 0) return found;
        for (int h : among) {
            if (contradicts(holders.get(h), pronoun)) continue;
            if (found >= 0) return -1;
            found = holders.get(h).root();
        }
        return found;
    }

    /**
     * Whether the word is the surname of every holder in the same place, last or (family name first) first: "Ryan"
     * of "Paul Ryan" and of "Ryan Paul" is no one surname.
     */
    private static boolean samePlace(String surname, List<Holder> holders) {
        Boolean last = null;
        for (Holder h : holders) {
            List<String> name = keys(h.names().get(0));
            if (name.contains("-")) continue;
            boolean isLast = name.get(name.size() - 1).equals(surname);
            // a hyphened name holding the word ("Hammons-Bodenstab") has it in no place
            if (!isLast && !name.get(0).equals(surname)) continue;
            if (last != null && last != isLast) return false;
            last = isLast;
        }
        return true;
    }

    private static boolean contradicts(Holder h, String pronoun) {
        return pronoun != null && h.gender() != null && !pronoun.equals(h.gender());
    }

    private static int indexOf(List<Holder> holders, int root) {
        for (int h = 0; h < holders.size(); h++) if (holders.get(h).root() == root) return h;
        return -1;
    }

    /** Two holders named word for word alike but for a generation's suffix ({@link Generations}). */
    private static boolean generations(List<Holder> holders) {
        if (holders.size() != 2) return false;
        List<String> a = keys(holders.get(0).names().get(0)), b = keys(holders.get(1).names().get(0));
        return Generations.anotherGeneration(a, b) || Generations.anotherGeneration(b, a);
    }

    /**
     * The one holder whose full name the title writes, if the article also names it more often than each other
     * holder ("Hunter Biden charged" above "President Joe Biden" and no more Hunters says nothing); else -1.
     */
    private static int titled(List<Holder> holders, String title) {
        int inTitle = -1;
        Set<String> titleWords = words(title);
        for (Holder h : holders) {
            if (h.names().stream().noneMatch(n -> n.size() > 1 && titleWords.containsAll(keys(n)))) continue;
            if (inTitle != -1) return -1;
            inTitle = h.root();
        }
        if (inTitle < 0) return -1;
        int own = 0, others = 0;
        for (Holder h : holders) {
            if (h.root() == inTitle) own = h.mentions().size();
            else others = Math.max(others, h.mentions().size());
        }
        return own > others ? inTitle : -1;
    }

    private static Set<String> words(String title) {
        Set<String> out = new HashSet<>();
        if (title == null) return out;
        for (String w : title.split("[^\\p{L}\\p{N}.-]+")) {
            if (!w.isEmpty()) out.add(NameForm.keyOf(w));
        }
        return out;
    }

    private static List<String> keys(List<String> name) {
        return name.stream().map(NameForm::keyOf).toList();
    }
}
