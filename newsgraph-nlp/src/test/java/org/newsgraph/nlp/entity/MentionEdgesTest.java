package org.newsgraph.nlp.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.entity.TaggedText.resolved;

/** The edge rules on mentions written as the tagger leaves them (own sentences, see {@link TaggedText}). */
class MentionEdgesTest {

    @Test
    void a_capitalised_word_after_an_in_word_hyphen_belongs_to_the_name() {
        assertThat(resolved("Dr.|NNP Hanna|NNP|PER Lind|NNP|PER ~-|HYPH ~Olsen|NNP chairs|VBZ the|DT board|NN"))
                .containsExactly("PERSON Hanna Lind-Olsen");
        assertThat(resolved("He|PRP joined|VBD FC|NNP|ORG Tarnow|NNP|ORG ~-|HYPH ~Zdroj|NNP in|IN 2004|CD"))
                .containsExactly("ORGANIZATION FC Tarnow-Zdroj");
    }

    @Test
    void two_names_of_one_type_glued_by_a_hyphen_are_one_name_and_lower_case_words_stay_out() {
        assertThat(resolved("a|DT village|NN in|IN Lipno|NNP|LOC ~-|HYPH ~Kirov|NNP|LOC County|NNP|LOC"))
                .containsExactly("LOCATION Lipno-Kirov County");
        assertThat(resolved("the|DT Tusk|NNP|PER ~-|HYPH ~era|NN reforms|NNS"))
                .containsExactly("PERSON Tusk");
        assertThat(resolved("the|DT Nokia|NNP|ORG ~-|HYPH ~Ericsson|NNP|LOC deal|NN"))
                .containsExactly("ORGANIZATION Nokia", "LOCATION Ericsson");
    }

    @Test
    void a_possessive_cuts_only_between_two_names_of_two_words_or_more() {
        assertThat(resolved("at|IN the|DT Port|NNP|ORG Talbot|NNP|ORG Arts|NNP|ORG Trust|NNP|ORG 's|POS|ORG "
                + "Youth|NNP|ORG Music|NNP|ORG Project|NNP|ORG"))
                .containsExactly("ORGANIZATION Port Talbot Arts Trust", "ORGANIZATION Youth Music Project");
        assertThat(resolved("in|IN Baker|NNP|ORG 's|POS|ORG Brigade|NNP|ORG"))
                .containsExactly("ORGANIZATION Baker 's Brigade");
    }

    @Test
    void a_leading_lower_case_the_is_not_part_of_a_name() {
        assertThat(resolved("members|NNS of|IN the|DT|ORG Rural|NNP|ORG Credit|NNP|ORG League|NNP|ORG"))
                .containsExactly("ORGANIZATION Rural Credit League");
    }

    @Test
    void a_nationality_adjective_and_a_unit_number_belong_to_the_organisation() {
        assertThat(resolved("jets|NNS of|IN the|DT Danish|NNP Air|NNP|ORG Force|NNP|ORG"))
                .containsExactly("ORGANIZATION Danish Air Force");
        assertThat(resolved("the|DT 12th|JJ Armoured|NNP|ORG Brigade|NNP|ORG moved|VBD"))
                .containsExactly("ORGANIZATION 12th Armoured Brigade");
        // A number before a name that is no unit stays out ("2 Acme Records" is a count).
        assertThat(resolved("signed|VBD 2|CD Acme|NNP|ORG Records|NNP|ORG acts|NNS"))
                .containsExactly("ORGANIZATION Acme Records");
        // A capitalised role in front is no nationality.
        assertThat(resolved("the|DT Champion|NNP Leeds|NNP|ORG Rhinos|NNP|ORG"))
                .containsExactly("ORGANIZATION Leeds Rhinos");
    }

    @Test
    void a_members_title_after_a_party_is_not_part_of_it() {
        assertThat(resolved("a|DT Green|NNP|ORG MSP|NNP|ORG for|IN Fife|NNP|LOC"))
                .containsExactly("ORGANIZATION Green", "LOCATION Fife");
    }

    @Test
    void a_quoted_nickname_joins_the_names_around_it() {
        assertThat(resolved("Harold|NNP|PER Duffy|NNP|PER \"|`` Skip|NNP|MISC \"|'' Jenkins|NNP|PER "
                + "(|-LRB- born|VBN 1931|CD )|-RRB-"))
                .containsExactly("PERSON Harold Duffy \" Skip \" Jenkins");
        assertThat(resolved("Ann|NNP|PER \"|`` Tiny|NNP \"|'' Marsh|NNP played|VBD"))
                .containsExactly("PERSON Ann \" Tiny \" Marsh");
    }

    @Test
    void a_religious_title_is_not_part_of_the_name() {
        assertThat(resolved("named|VBN after|IN Bishop|NNP|PER Tomas|NNP|PER Reyes|NNP|PER"))
                .containsExactly("PERSON Tomas Reyes");
    }
}
