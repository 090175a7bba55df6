package org.newsgraph.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/** Positions and iteration agree with the bit set the index was made from, at word edges and past the end. */
class SparseIndexTest {

    @Test
    void positions_and_next_members_match_the_bit_set() {
        Random random = new Random(7);
        for (int length : new int[] {0, 1, 63, 64, 65, 1000, 4099}) {
            FixedBitSet bits = new FixedBitSet(length);
            for (int doc = 0; doc < length; doc++) {
                if (random.nextInt(5) == 0 || doc == 63 || doc == 64 || doc == length - 1) bits.set(doc);
            }
            SparseIndex index = SparseIndex.of(bits);
            assertThat(index.size()).isEqualTo(bits.cardinality());
            int position = 0;
            for (int doc = 0; doc < length; doc++) {
                assertThat(index.indexOf(doc)).isEqualTo(bits.get(doc) ? position++ : -1);
                assertThat(index.nextDoc(doc)).isEqualTo(bits.nextSetBit(doc));
            }
            assertThat(index.nextDoc(length)).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
        }
    }
}
