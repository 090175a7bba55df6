package org.newsgraph.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The keys some live article holds beside a key of the same name in another type ("PERSON|jordan" and
 * "LOCATION|jordan" in one article): the article's resolver gives a name one type unless it has evidence of two
 * entities, so such keys stay out of the base's type vote ({@link TypeVote}).
 */
final class TypesKeptApart {

    private TypesKeptApart() {
    }

    /** Of the given keys, those that share an article with a key of the same name in another type. */
    static Set<String> of(IndexReader reader, Set<String> keys) throws IOException {
        Map<String, List<String>> byName = new HashMap<>();
        for (String key : keys) byName.computeIfAbsent(EntityNames.nameOf(key), n -> new ArrayList<>()).add(key);
        Set<String> apart = new HashSet<>();
        for (List<String> same : byName.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    if (together(reader, same.get(i), same.get(j))) {
                        apart.add(same.get(i));
                        apart.add(same.get(j));
                    }
                }
            }
        }
        return apart;
    }

    /** Whether a live article document is indexed with both keys: a walk of one key's postings, the other following. */
    private static boolean together(IndexReader reader, String a, String b) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum first = leaf.reader().postings(new Term(Fields.ENTITY_KEY, a), PostingsEnum.NONE);
            PostingsEnum second = leaf.reader().postings(new Term(Fields.ENTITY_KEY, b), PostingsEnum.NONE);
            if (first == null || second == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = first.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = first.nextDoc()) {
                int other = second.docID() < doc ? second.advance(doc) : second.docID();
                if (other == DocIdSetIterator.NO_MORE_DOCS) break;
                if (other == doc && (live == null || live.get(doc))) return true;
            }
        }
        return false;
    }
}
