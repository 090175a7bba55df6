package org.newsgraph.nlp.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.entity.TaggedText.resolved;

/**
 * Words the tagger runs into the front of a person's name: a prefixed descriptor ({@link DescriptorPrefixes}), an
 * honorific or award the article also uses as a title ({@link HonorificPrefixes}), a place ({@link RunTogetherNames}),
 * and a generational suffix that is no name of its own ({@link NameForm}, {@link GenerationalSuffixes}). Own
 * sentences, with near misses.
 */
class NamePrefixesTest {

    @Test
    void a_word_with_a_prefix_of_stance_or_time_is_no_part_of_the_name_after_it() {
        assertThat(resolved("the|DT Kenyan-born|JJ ex-Muslim|NNP|PER Zara|NNP|PER Lund|NNP|PER spoke|VBD"))
                .containsExactly("PERSON Zara Lund");
        assertThat(resolved("the|DT pro-Kremlin|NNP|PER Oleg|NNP|PER Varin|NNP|PER won|VBD"))
                .containsExactly("PERSON Oleg Varin");
    }

    @Test
    void a_hyphened_name_particle_or_a_capitalised_prefix_stays_in_the_name() {
        assertThat(resolved("President|NNP Bashar|NNP|PER al-Assad|NNP|PER spoke|VBD"))
                .containsExactly("PERSON Bashar al-Assad");
        assertThat(resolved("al-Qaeda|NNP|ORG in|IN|ORG Iraq|NNP|ORG claimed|VBD it|PRP"))
                .containsExactly("ORGANIZATION al-Qaeda in Iraq");
        assertThat(resolved("the|DT Anti-Defamation|NNP|ORG League|NNP|ORG said|VBD"))
                .containsExactly("ORGANIZATION Anti-Defamation League");
        // a prefixed word alone is left to the tagger
        assertThat(resolved("an|DT ex-Muslim|NNP|MISC woman|NN")).containsExactly("MISC ex-Muslim");
    }

    @Test
    void an_honorific_the_article_glosses_or_uses_as_a_noun_is_cut_from_the_name() {
        assertThat(resolved("Cde|NNP [|-LRB- comrade|NN ]|-RRB- Robert|NNP|PER Tamba|NNP|PER died|VBD .|. ¶ "
                + "Cde|NNP|PER Tamba|NNP|PER led|VBD the|DT war|NN .|. ¶ Tamba|NNP|PER was|VBD 95|CD"))
                .containsExactly("PERSON Robert Tamba", "PERSON Tamba", "PERSON Tamba");
        assertThat(resolved("India|NNP|LOC mourns|VBZ Lok|NNP|PER Ratna|NNP|PER Arun|NNP|PER Desai|NNP|PER .|. ¶ "
                + "Arun|NNP|PER Desai|NNP|PER was|VBD a|DT true|JJ Lok|NNP|PER Ratna|NNP|PER .|."))
                .contains("PERSON Arun Desai").doesNotContain("PERSON Lok Ratna Arun Desai");
    }

    @Test
    void a_relative_or_a_given_name_the_list_lacks_keeps_the_name_whole() {
        // a relative whose given name is used alone: no title
        assertThat(resolved("Robert|NNP|PER Tamba|NNP|PER died|VBD .|. ¶ Chipo|NNP|PER Tamba|NNP|PER said|VBD "
                + "Tamba|NNP|PER was|VBD kind|JJ .|. ¶ Chipo|NNP|PER wept|VBD"))
                .contains("PERSON Chipo Tamba");
        // a descriptor before the name, or an adverb before the given name, is no title use
        assertThat(resolved("Turkish|JJ national|JJ Hatice|NNP|PER Cengiz|NNP|PER wed|VBD .|. ¶ "
                + "Cengiz|NNP|PER said|VBD so|RB"))
                .containsExactly("PERSON Hatice Cengiz", "PERSON Cengiz");
        assertThat(resolved("Kiprop|NNP|PER Odhiambo|NNP|PER won|VBD .|. ¶ I|PRP saw|VBD how|WRB fast|JJ "
                + "Kiprop|NNP|PER ran|VBD and|CC Odhiambo|NNP|PER smiled|VBD"))
                .contains("PERSON Kiprop Odhiambo");
        // a given name before a noun is a modifier, no title
        assertThat(resolved("Victoria|NNP|PER Beckham|NNP|PER took|VBD the|DT Victoria|NNP line|NN .|. ¶ "
                + "Beckham|NNP|PER smiled|VBD"))
                .contains("PERSON Victoria Beckham");
        // a name glossed in brackets after another capitalised word is no title of the person
        assertThat(resolved("the|DT Outbreak|NNP Team|NNP (|-LRB- jokingly|RB named|VBN )|-RRB- met|VBD .|. ¶ "
                + "Team|NNP|PER Zorin|NNP|PER won|VBD .|. ¶ Zorin|NNP|PER spoke|VBD"))
                .contains("PERSON Team Zorin");
    }

    @Test
    void a_place_run_into_a_full_name_opening_with_a_given_name_is_cut_off() {
        assertThat(resolved("Mayor|NNP of|IN London|NNP|PER Sarah|NNP|PER Hale|NNP|PER spoke|VBD in|IN "
                + "London|NNP|LOC"))
                .containsExactly("LOCATION London", "PERSON Sarah Hale", "LOCATION London");
    }

    @Test
    void a_person_named_like_a_place_stays_one_person() {
        // a one-word rest, and a place the article never names alone
        assertThat(resolved("Paris|NNP|PER Hilton|NNP|PER flew|VBD to|TO Paris|NNP|LOC"))
                .containsExactly("PERSON Paris Hilton", "LOCATION Paris");
        assertThat(resolved("Georgia|NNP|PER Mary|NNP|PER Lane|NNP|PER sang|VBD"))
                .containsExactly("PERSON Georgia Mary Lane");
    }

    @Test
    void a_generational_suffix_is_no_person_of_its_own() {
        assertThat(resolved("markets|NNS close|VBP for|IN Martin|NNP|PER Luther|NNP|PER King|NNP|PER Jr.|NNP|PER "
                + "Day|NNP")).containsExactly("PERSON Martin Luther King Jr.");
        assertThat(resolved("he|PRP fought|VBD for|IN Martin|NNP|PER Luther|NNP|PER King|NNP|PER Jr|NNP|PER ~.|. "
                + "¶ Day|NNP to|TO be|VB a|DT holiday|NN")).containsExactly("PERSON Martin Luther King Jr.");
        // the suffix left alone by the tagger is nobody
        assertThat(resolved("markets|NNS close|VBP for|IN Jr.|NNP|PER Day|NNP")).isEmpty();
        // a title before a name with a suffix still goes
        assertThat(resolved("King|NNP|PER Charles|NNP|PER III|NNP|PER visited|VBD"))
                .containsExactly("PERSON Charles III");
    }
}
