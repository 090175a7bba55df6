package org.newsgraph.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class LeafEntitiesTest {

    @Test
    void gives_each_document_the_catalog_indices_of_its_keys_and_none_to_documents_without_keys() throws Exception {
        // keys "a".."d"; the catalog knows a, b and d (indices 7, 3, 0), not c
        Map<String, Integer> catalog = Map.of("a", 7, "b", 3, "d", 0);
        List<List<String>> docs = List.of(List.of("a", "b"), List.of(), List.of("c"), List.of("b", "c", "d"),
                List.of(), List.of("d"));
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (List<String> keys : docs) {
                    Document d = new Document();
                    d.add(new StoredField("filler", 1)); // a document without keys is still a document
                    for (String k : keys) d.add(new SortedSetDocValuesField(Fields.ENTITY_KEY, new BytesRef(k)));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                SortedSetDocValues keys = leaf.getSortedSetDocValues(Fields.ENTITY_KEY);
                int[] ordMap = new int[(int) keys.getValueCount()];
                for (int ord = 0; ord < ordMap.length; ord++) {
                    ordMap[ord] = catalog.getOrDefault(keys.lookupOrd(ord).utf8ToString(), -1);
                }
                LeafEntities named = LeafEntities.read(leaf, ordMap);
                List<List<Integer>> read = new ArrayList<>();
                List<Integer> positions = new ArrayList<>();
                for (int doc = 0; doc < docs.size(); doc++) {
                    int at = named.indexOf(doc);
                    positions.add(at);
                    List<Integer> entities = new ArrayList<>();
                    if (at >= 0) for (int k = named.start(at); k < named.end(at); k++) entities.add(named.entity(k));
                    read.add(entities);
                }
                // key order (a < b < c < d), unknown keys left out; a document whose keys are all unknown is still
                // one with keys (position 1), unlike those without any
                assertThat(read).containsExactly(List.of(7, 3), List.of(), List.of(), List.of(3, 0), List.of(),
                        List.of(0));
                assertThat(positions).containsExactly(0, -1, 1, 2, -1, 3);
            }
        }
    }
}
