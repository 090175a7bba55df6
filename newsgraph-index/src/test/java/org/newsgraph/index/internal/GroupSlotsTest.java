package org.newsgraph.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Puts, removals (whose backward shifts must keep every other key findable) and growth agree with a HashMap. */
class GroupSlotsTest {

    @Test
    void agrees_with_a_hash_map_over_random_puts_and_removals() {
        Random random = new Random(11);
        for (int keySpace : new int[] {8, 100, 100_000}) {
            GroupSlots slots = new GroupSlots(4);
            Map<Long, Integer> expected = new HashMap<>();
            for (int op = 0; op < 20_000; op++) {
                long key = random.nextInt(keySpace);
                if (random.nextInt(3) == 0) {
                    slots.remove(key);
                    expected.remove(key);
                } else {
                    slots.put(key, op);
                    expected.put(key, op);
                }
                long probe = random.nextInt(keySpace);
                assertThat(slots.get(probe)).isEqualTo(expected.getOrDefault(probe, -1));
            }
            for (long key = 0; key < Math.min(keySpace, 1000); key++) {
                assertThat(slots.get(key)).isEqualTo(expected.getOrDefault(key, -1));
            }
        }
    }
}
