package org.newsgraph.nlp.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.entity.TaggedText.resolved;

/** A kind of legal instrument written as a name is no entity (see {@link TaggedText}). */
class CouncilOrdersTest {

    @Test
    void an_order_in_council_or_its_council_alone_is_no_entity() {
        // session 28 (ents28): the demo's prorogation ruling, and the tagger's "Council" cut from the phrase
        assertThat(resolved("the|DT Order|NNP|ORG in|IN|ORG Council|NNP|ORG to|TO which|WDT it|PRP led|VBD "
                + "was|VBD void|JJ")).isEmpty();
        assertThat(resolved("the|DT province|NN froze|VBD fares|NNS by|IN Order|NNP in|IN Council|NNP|ORG"))
                .isEmpty();
        assertThat(resolved("the|DT cabinet|NN passed|VBD an|DT Order-in-Council|NNP|MISC"))
                .isEmpty();
    }

    @Test
    void councils_and_orders_of_other_kinds_stay() {
        // near misses: a council by name, an order of merit, a council that orders
        assertThat(resolved("the|DT Privy|NNP|ORG Council|NNP|ORG met|VBD in|IN Ottawa|NNP|LOC"))
                .containsExactly("ORGANIZATION Privy Council", "LOCATION Ottawa");
        assertThat(resolved("she|PRP joined|VBD the|DT Order|NNP|MISC of|IN|MISC Canada|NNP|MISC"))
                .containsExactly("MISC Order of Canada");
        assertThat(resolved("the|DT Leeds|NNP|ORG Council|NNP|ORG ordered|VBD new|JJ bins|NNS"))
                .containsExactly("ORGANIZATION Leeds Council");
    }
}
