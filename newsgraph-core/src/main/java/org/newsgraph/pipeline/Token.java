package org.newsgraph.pipeline;

/**
 * One token of an article, backend-neutral.
 *
 * @param start    UTF-16 offset into the article text
 * @param end      end offset, exclusive
 * @param word     the token as written
 * @param lemma    its lemma, or null when the lemma layer did not run
 * @param pos      Penn Treebank tag, or null
 * @param head     index (in the document's token list) of the syntactic head, -1 for the root or when the
 *                 dependency layer did not run
 * @param relation Universal Dependencies relation to the head ("nsubj", "ccomp"...), or null
 */
public record Token(int start, int end, String word, String lemma, String pos, int head, String relation) {

    public Token withDependency(int newHead, String newRelation) {
        return new Token(start, end, word, lemma, pos, newHead, newRelation);
    }
}
