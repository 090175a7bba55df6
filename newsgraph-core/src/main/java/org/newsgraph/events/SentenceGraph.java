package org.newsgraph.events;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newsgraph.pipeline.Sentence;
import org.newsgraph.pipeline.Token;

/**
 * One sentence's dependency tree in local indices (0 = the sentence's first token), with children lists and the
 * upper-cased words and lemmas the dictionaries are keyed on. Built once per sentence, read by every rule.
 */
final class SentenceGraph {

    final String text;
    final List<Token> doc;
    final int offset;
    final int size;
    final String[] upperWords;
    final String[] upperLemmas;
    final String[] forms;
    final String[] lemmas;
    private final int[] head;
    private final String[] rel;
    private final int[] childStart;
    private final int[] children;

    SentenceGraph(String text, List<Token> tokens, Sentence s) {
        this.text = text;
        doc = tokens;
        offset = s.firstToken();
        size = s.endToken() - s.firstToken();
        upperWords = new String[size];
        upperLemmas = new String[size];
        forms = new String[size];
        lemmas = new String[size];
        head = new int[size];
        rel = new String[size];
        int[] counts = new int[size + 1];
        for (int i = 0; i < size; i++) {
            Token t = tokens.get(offset + i);
            forms[i] = t.word();
            lemmas[i] = t.lemma() == null ? t.word() : t.lemma();
            upperWords[i] = t.word().toUpperCase(Locale.ROOT);
            upperLemmas[i] = lemmas[i].toUpperCase(Locale.ROOT);
            int h = t.head() - offset;
            head[i] = t.head() < 0 || h < 0 || h >= size ? -1 : h;
            rel[i] = t.relation() == null ? "" : t.relation();
        }
        reducedRelatives(tokens);
        addressees(tokens);
        infinitivalObjects(tokens);
        for (int i = 0; i < size; i++) if (head[i] >= 0) counts[head[i] + 1]++;
        childStart = new int[size + 1];
        for (int i = 0; i < size; i++) childStart[i + 1] = childStart[i] + counts[i + 1];
        children = new int[childStart[size]];
        int[] fill = Arrays.copyOf(childStart, size);
        for (int i = 0; i < size; i++) if (head[i] >= 0) children[fill[head[i]]++] = i;
    }

    /**
     * "Police prevented the demonstration staged by students": the parser often reads a past participle after a
     * verb's object as a clause of its own, the object its subject, and hangs it on the verb as a bare "dep", so
     * the verb loses its object and the participle gains a doer it never had. A participle with no auxiliary, no
     * object of its own and a subject between it and a verb that has no object or clausal complement is a reduced
     * relative clause on that noun ("weapons seized last year", "fishermen detained for ..."): the noun is the
     * verb's object again and the participle its modifier.
     */
    private void reducedRelatives(List<Token> tokens) {
        for (int p = 0; p < size; p++) {
            int verb = head[p];
            if (!rel[p].equals("dep") || verb < 0 || verb > p || !"VBN".equals(tokens.get(offset + p).pos())) continue;
            String verbPos = tokens.get(offset + verb).pos();
            if (verbPos == null || !verbPos.startsWith("VB")) continue;
            int subject = -1;
            boolean blocked = false;
            for (int i = 0; i < size; i++) {
                if (head[i] == verb && (rel[i].equals("obj") || rel[i].equals("ccomp") || rel[i].equals("xcomp"))) {
                    blocked = true;
                }
                if (head[i] != p) continue;
                if (rel[i].startsWith("aux") || rel[i].equals("cop") || rel[i].equals("obj")) blocked = true;
                if (rel[i].equals("nsubj") && i > verb && i < p) subject = i;
            }
            String subjectPos = subject < 0 ? null : tokens.get(offset + subject).pos();
            if (blocked || subjectPos == null || !subjectPos.startsWith("NN")) continue;
            head[subject] = verb;
            rel[subject] = "obj";
            head[p] = subject;
            rel[p] = "acl";
        }
    }

    /**
     * "The UN called on both sides to stop the fighting": when the one called on is a common noun, the parser reads
     * "on both sides to stop" as a clause of its own, "on" its subordinator and "both sides" its subject, hung on the
     * verb as an adverbial clause; the verb is left with no one it calls on and the clause's verb gains a doer
     * ("the government" of "called on the government to resign" resigned). With a name it parses the same words as
     * particle, object and infinitival complement ("called on Israel to allow ..."). "On" or "upon" right after the
     * verb is no subordinator of an infinitive (unlike "for": "called for the army to withdraw" is such a clause):
     * the words are read as they are with a name.
     */
    private void addressees(List<Token> tokens) {
        for (int c = 0; c < size; c++) {
            int verb = head[c];
            if (!rel[c].equals("advcl") || verb < 0 || verb > c) continue;
            String verbPos = tokens.get(offset + verb).pos();
            if (verbPos == null || !verbPos.startsWith("VB")) continue;
            int on = -1, subject = -1;
            boolean infinitive = false;
            for (int i = 0; i < size; i++) {
                if (head[i] != c) continue;
                String word = forms[i].toLowerCase(Locale.ROOT);
                if (rel[i].equals("mark") && i == verb + 1 && (word.equals("on") || word.equals("upon"))) on = i;
                if (rel[i].equals("mark") && word.equals("to") && i < c) infinitive = true;
                if (rel[i].equals("nsubj") && i < c) subject = i;
            }
            if (on < 0 || subject < 0 || subject < on || !infinitive) continue;
            head[on] = verb;
            rel[on] = "compound:prt";
            head[subject] = verb;
            rel[subject] = "obj";
            rel[c] = "xcomp";
        }
    }

    /**
     * "Iran expressed willingness to resume talks", "urged the government to resign": the parser sometimes reads the
     * noun between a verb and a "to"-infinitive as the infinitive's subject and the infinitive as the verb's clausal
     * complement, so the verb loses its object ("willingness", whose pattern then never matches, and EXPRESS fell to
     * its default, disapproval). English has no "to"-infinitive with a subject of its own but after "for" ("for the
     * army to withdraw", a subordinator the parser marks): a noun subject right of a verb that has no object, on a
     * complement marked "to" and not "for", is the verb's object and the infinitive its open complement.
     */
    private void infinitivalObjects(List<Token> tokens) {
        for (int c = 0; c < size; c++) {
            int verb = head[c];
            if (!rel[c].equals("ccomp") || verb < 0 || verb > c) continue;
            String verbPos = tokens.get(offset + verb).pos();
            if (verbPos == null || !verbPos.startsWith("VB")) continue;
            int subject = -1;
            boolean infinitive = false, other = false, objectAlready = false;
            for (int i = 0; i < size; i++) {
                if (head[i] == verb && (rel[i].equals("obj") || rel[i].equals("iobj"))) objectAlready = true;
                if (head[i] != c) continue;
                String word = forms[i].toLowerCase(Locale.ROOT);
                if (rel[i].equals("mark") && word.equals("to") && i < c) infinitive = true;
                else if (rel[i].equals("mark") || rel[i].startsWith("aux")) other = true;
                if (rel[i].equals("nsubj") && i > verb && i < c) subject = i;
            }
            String subjectPos = subject < 0 ? null : tokens.get(offset + subject).pos();
            if (!infinitive || other || objectAlready || subjectPos == null || !subjectPos.startsWith("NN")) continue;
            head[subject] = verb;
            rel[subject] = "obj";
            rel[c] = "xcomp";
        }
    }

    Token token(int i) {
        return doc.get(offset + i);
    }

    int head(int i) {
        return head[i];
    }

    String rel(int i) {
        return rel[i];
    }

    /** The relation without its subtype: "nsubj:pass" is "nsubj", "obl:tmod" is "obl". */
    String baseRel(int i) {
        int colon = rel[i].indexOf(':');
        return colon < 0 ? rel[i] : rel[i].substring(0, colon);
    }

    int childCount(int i) {
        return childStart[i + 1] - childStart[i];
    }

    int child(int i, int k) {
        return children[childStart[i] + k];
    }

    /** The first child with exactly this relation, or -1. */
    int child(int i, String relation) {
        for (int k = childStart[i]; k < childStart[i + 1]; k++) if (rel[children[k]].equals(relation)) return children[k];
        return -1;
    }

    boolean hasChildWord(int i, String relation, String lowerLemma) {
        for (int k = childStart[i]; k < childStart[i + 1]; k++) {
            int c = children[k];
            if (rel[c].equals(relation) && lemmas[c].equalsIgnoreCase(lowerLemma)) return true;
        }
        return false;
    }

    String pos(int i) {
        String p = token(i).pos();
        return p == null ? "" : p;
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    boolean isNoun(int i) {
        String p = pos(i);
        return p.startsWith("NN") || p.startsWith("PRP");
    }

    /** Past tense: the verb or one of its auxiliaries in the past ("met", "was held", "had signed"). */
    boolean isPast(int verb) {
        if (pos(verb).equals("VBD")) return true;
        for (int k = 0; k < childCount(verb); k++) {
            int a = child(verb, k);
            if (rel(a).startsWith("aux") && pos(a).equals("VBD")) return true;
        }
        return false;
    }

    /** Passive: a passive subject or auxiliary ("was attacked", "were held"). */
    boolean isPassive(int verb) {
        return child(verb, "nsubj:pass") >= 0 || child(verb, "aux:pass") >= 0;
    }

    /**
     * The tokens of {@code root}'s subtree in sentence order, not descending into dependents whose base relation
     * is in {@code stop}; {@code out} must hold {@link #size} entries and the count filled is returned.
     */
    int subtree(int root, List<String> stop, int[] out) {
        boolean[] in = new boolean[size];
        mark(root, root, stop, in);
        int n = 0;
        for (int i = 0; i < size; i++) if (in[i]) out[n++] = i;
        return n;
    }

    private void mark(int root, int i, List<String> stop, boolean[] in) {
        in[i] = true;
        for (int k = childStart[i]; k < childStart[i + 1]; k++) {
            int c = children[k];
            // "!in[c]" also keeps a malformed tree with a cycle from recursing forever
            if (!in[c] && !stop.contains(baseRel(c)) && !stop.contains(rel[c])) mark(root, c, stop, in);
        }
    }
}
