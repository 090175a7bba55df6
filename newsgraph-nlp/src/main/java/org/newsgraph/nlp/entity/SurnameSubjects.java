package org.newsgraph.nlp.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of several people sharing a surname the bare surname is, once the article has named them all: the one the
 * article is about. An obituary names the dead man's wife or son once ("Robert Mugabe ... Mugabe ... his wife Grace
 * Mugabe ... Mugabe"), and goes on writing the surname for its subject. The evidence, in order: the one person whose
 * full name the title writes, if the article names it more often than each other one; else the person named first,
 * when the article wrote the surname alone before naming any other holder (those early mentions can only be that
 * person's, and reporters keep to one referent for a bare surname). Without either the surname stays apart: two
 * people named alike and equally ("David and Louise Turpin ... Turpin") are no one's.
 */
final class SurnameSubjects {

    /**
     * One person the surname may stand for: where the article first names it, how often it names it, and its full
     * names as written.
     */
    record Holder(int root, int first, int mentions, List<List<String>> names) {
    }

    private SurnameSubjects() {
    }

    /**
     * The root of the holder the bare surname stands for, or -1.
     *
     * @param firstBare where the article first writes the surname alone
     * @param title     the article's title, or null
     */
    static int subject(List<Holder> holders, int firstBare, String title) {
        if (holders.size() < 2) return -1;
        int inTitle = -1;
        Set<String> titleWords = words(title);
        for (Holder h : holders) {
            if (!h.names().stream().anyMatch(n -> n.size() > 1 && titleWords.containsAll(lower(n)))) continue;
            if (inTitle != -1) {
                inTitle = -2;
                break;
            }
            inTitle = h.root();
        }
        if (inTitle >= 0 && namedMostOften(holders, inTitle)) return inTitle;
        Holder firstNamed = null;
        int second = Integer.MAX_VALUE;
        for (Holder h : holders) {
            if (firstNamed == null || h.first() < firstNamed.first()) {
                if (firstNamed != null) second = Math.min(second, firstNamed.first());
                firstNamed = h;
            } else {
                second = Math.min(second, h.first());
            }
        }
        return firstNamed.first() < firstBare && firstBare < second ? firstNamed.root() : -1;
    }

    /**
     * A title names a relative too ("Hunter Biden charged" above "President Joe Biden ... Biden said"): the title's
     * person is the subject only when the article also names it more often than each other holder.
     */
    private static boolean namedMostOften(List<Holder> holders, int root) {
        int own = 0, others = 0;
        for (Holder h : holders) {
            if (h.root() == root) own = h.mentions();
            else others = Math.max(others, h.mentions());
        }
        return own > others;
    }

    private static Set<String> words(String title) {
        Set<String> out = new HashSet<>();
        if (title == null) return out;
        for (String w : title.split("[^\\p{L}\\p{N}.-]+")) {
            if (!w.isEmpty()) out.add(NameForm.keyOf(w));
        }
        return out;
    }

    private static List<String> lower(List<String> name) {
        return name.stream().map(NameForm::keyOf).toList();
    }
}
