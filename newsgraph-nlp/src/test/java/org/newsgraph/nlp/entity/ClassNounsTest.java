package org.newsgraph.nlp.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.entity.TaggedText.resolved;

/** What the article says a name is, on mentions written as the tagger leaves them (see {@link TaggedText}). */
class ClassNounsTest {

    @Test
    void a_name_described_as_software_is_a_miscellaneous_name_and_no_person() {
        assertThat(resolved("Lumina|NNP|PER is|VBZ an|DT open-source|JJ game|NN .|. ¶ Lumina|NNP|PER was|VBD "
                + "released|VBN"))
                .containsExactly("MISC Lumina", "MISC Lumina");
        assertThat(resolved("Orvo|NNP|LOC ,|, a|DT Linux|NNP distribution|NN ,|, ships|VBZ"))
                .contains("MISC Orvo").doesNotContain("LOCATION Orvo");
        // a maker of games, a player of the game, and a game on a day stay as the tagger read them
        assertThat(resolved("Hale|NNP|PER is|VBZ a|DT game|NN developer|NN")).containsExactly("PERSON Hale");
        assertThat(resolved("Kane|NNP|PER ,|, a|DT veteran|NN of|IN the|DT game|NN ,|, scored|VBD"))
                .containsExactly("PERSON Kane");
        assertThat(resolved("Arsenal|NNP|ORG won|VBD the|DT game|NN Sunday|NNP"))
                .containsExactly("ORGANIZATION Arsenal");
    }

    @Test
    void a_person_read_before_a_kind_of_software_is_the_program() {
        // session 27 (ents27): the demo's "the Fedora operating system", read as a person in every mention
        assertThat(resolved("Acme|NNP|ORG sponsors|VBZ the|DT Orvo|NNP|PER operating|NN system|NN .|. ¶ "
                + "Orvo|NNP|PER gets|VBZ updates|NNS"))
                .contains("MISC Orvo").doesNotContain("PERSON Orvo");
        assertThat(resolved("the|DT Lumina|NNP|PER browser|NN crashed|VBD")).containsExactly("MISC Lumina");
        // near misses: a company's app, a person before a compound, a person's programme's staff, a person's game
        assertThat(resolved("the|DT BBC|NNP|ORG app|NN crashed|VBD")).containsExactly("ORGANIZATION BBC");
        assertThat(resolved("the|DT Kane|NNP|PER game|NN plan|NN worked|VBD")).containsExactly("PERSON Kane");
        assertThat(resolved("the|DT Williams|NNP|PER game|NN ended|VBD")).containsExactly("PERSON Williams");
        assertThat(resolved("the|DT SIG|NNP program|NN grew|VBD")).isEmpty();
        assertThat(resolved("the|DT Linux|NNP|PER kernel|NN developers|NNS met|VBD"))
                .containsExactly("PERSON Linux");
        assertThat(resolved("Tom|NNP|PER Kane|NNP|PER saved|VBD the|DT game|NN for|IN Leeds|NNP|ORG"))
                .contains("PERSON Tom Kane");
        assertThat(resolved("he|PRP beat|VBD Kane|NNP|PER in|IN the|DT game|NN"))
                .containsExactly("PERSON Kane");
    }

    @Test
    void a_name_after_a_vessels_noun_is_a_craft_in_every_mention_and_no_person() {
        assertThat(resolved("police|NNS seized|VBD the|DT trawler|NN||trawler Awa|NNP|PER Sow|NNP|PER Diop|NN "
                + "and|CC Awa|NNP|PER Sow|NNP|PER Diop|NN sank|VBD"))
                .containsExactly("MISC Awa Sow Diop", "MISC Awa Sow Diop");
        assertThat(resolved("the|DT tanker|NN||tanker Stella|NNP|PER Norrland|NNP|PER was|VBD freed|VBN"))
                .containsExactly("MISC Stella Norrland");
        assertThat(resolved("the|DT frigate|NN||frigate HMS|NNP Tarvia|NNP escorted|VBD it|PRP"))
                .containsExactly("MISC HMS Tarvia");
    }

    @Test
    void a_natural_features_noun_describes_a_place() {
        assertThat(resolved("the|DT Marrow|NNP|ORG Cave|NNP|ORG is|VBZ a|DT limestone|NN cave|NN||cave and|CC "
                + "Marrow|NNP|ORG Cave|NNP|ORG draws|VBZ visitors|NNS"))
                .containsExactly("LOCATION Marrow Cave", "LOCATION Marrow Cave");
        assertThat(resolved("near|IN the|DT nature|NN park|NN||park Velki|NNP|ORG Lug|NNP|ORG ,|, where|WRB "
                + "Velki|NNP|PER Lug|NNP|PER floods|VBZ"))
                .containsExactly("LOCATION Velki Lug", "LOCATION Velki Lug");
    }

    @Test
    void a_body_named_after_a_features_noun_keeps_its_description() {
        assertThat(resolved("Harrow|NNP|ORG Creek|NNP|ORG is|VBZ a|DT folk|NN band|NN||band"))
                .containsExactly("ORGANIZATION Harrow Creek");
    }

    @Test
    void a_place_or_a_company_after_a_vessels_noun_keeps_its_type() {
        assertThat(resolved("the|DT boat|NN||boat Tarvia|NNP|LOC seized|VBD"))
                .containsExactly("LOCATION Tarvia");
        assertThat(resolved("the|DT ferry|NN||ferry Acme|NNP|ORG Lines|NNP|ORG runs|VBZ"))
                .containsExactly("ORGANIZATION Acme Lines");
        // the name opens a clause about the boat: the article calls its bearer by the surname alone
        assertThat(resolved("the|DT boat|NN||boat Awa|NNP|PER Sow|NNP|PER sold|VBD sank|VBD ;|: Sow|NNP|PER "
                + "said|VBD so|RB"))
                .containsExactly("PERSON Awa Sow", "PERSON Sow");
        // a possessive after the noun: the person is the ship's, not the ship
        assertThat(resolved("the|DT ship|NN||ship 's|POS captain|NN ,|, Awa|NNP|PER Sow|NNP|PER ,|, said|VBD"))
                .containsExactly("PERSON Awa Sow");
    }
    @Test
    void a_noun_in_a_compound_the_tokenizer_split_describes_nothing() {
        assertThat(resolved("AIDX|NNP|ORG is|VBZ a|DT ship|NN||ship -|HYPH to|IN -|HYPH ship|NN||ship safety|NN "
                + "system|NN ,|, but|CC AIDX|NNP|ORG failed|VBD"))
                .containsExactly("ORGANIZATION AIDX", "ORGANIZATION AIDX");
    }
    @Test
    void what_people_are_aboard_is_a_craft_unless_the_name_modifies_a_noun() {
        assertThat(resolved("a|DT fire|NN aboard|IN the|DT Sea|NNP|ORG Star|NNP|ORG near|IN Tarvia|NNP|LOC"))
                .containsExactly("MISC Sea Star", "LOCATION Tarvia");
        assertThat(resolved("crew|NN on|IN board|NN the|DT Stella|NNP|PER Norrland|NNP|PER were|VBD safe|JJ"))
                .containsExactly("MISC Stella Norrland");
        assertThat(resolved("aboard|IN an|DT Acme|NNP|ORG Air|NNP|ORG flight|NN to|TO Tarvia|NNP|LOC"))
                .containsExactly("ORGANIZATION Acme Air", "LOCATION Tarvia");
        // brought aboard a firm: a person without "the"
        assertThat(resolved("they|PRP brought|VBD aboard|RB Awa|NNP|PER Sow|NNP|PER as|IN adviser|NN"))
                .containsExactly("PERSON Awa Sow");
    }

    @Test
    void a_headword_in_capitals_opening_the_article_is_the_name_described() {
        // the POS tagger reads the capitals as a common noun; the company's later mentions are the tagger's person
        assertThat(resolved("TARVIO|NN is|VBZ a|DT Danish|JJ maker|NN of|IN bicycles|NNS ,|, and|CC "
                + "Tarvio|NNP|PER opened|VBD a|DT plant|NN"))
                .containsExactly("ORGANIZATION TARVIO", "ORGANIZATION Tarvio");
        // a capitalised common noun opening a sentence is no name
        assertThat(resolved("Police|NNS are|VBP a|DT union|NN of|IN Tarvio|NNP|PER and|CC others|NNS"))
                .containsExactly("PERSON Tarvio");
    }

    @Test
    void an_and_before_a_name_the_tagger_found_ends_the_name_after_a_class_noun() {
        assertThat(resolved("the|DT brother|NN of|IN the|DT singer|NN of|IN the|DT band|NN||band The|DT "
                + "Velvet|NNP Hours|NNPS and|CC Ola|NNP|PER Berg|NNP|PER"))
                .containsExactly("ORGANIZATION The Velvet Hours", "PERSON Ola Berg");
        // an untagged name after "and" still belongs to the name: "the band Sun and Moon"
        assertThat(resolved("the|DT band|NN||band Sun|NNP and|CC Moon|NNP played|VBD"))
                .containsExactly("ORGANIZATION Sun and Moon");
    }

    @Test
    void a_prefix_written_against_a_hyphen_after_a_class_noun_is_no_name() {
        assertThat(resolved("he|PRP was|VBD a|DT first|JJ ~-|HYPH ~team|NN||team All|RB ~-|HYPH ~Star|NNP "
                + "in|IN 1999|CD"))
                .isEmpty();
        assertThat(resolved("he|PRP was|VBD second|JJ team|NN||team All|RB ~-|HYPH ~American|JJ in|IN 1969|CD"))
                .isEmpty();
        assertThat(resolved("the|DT band|NN||band Korn|NNP played|VBD")).containsExactly("ORGANIZATION Korn");
    }

    @Test
    void a_described_name_opening_with_a_number_or_holding_joiners_is_the_whole_subject() {
        // the tagger knows only the last word, as a place; the description's subject is the band's whole name
        assertThat(resolved("40|CD Steps|NNS to|TO Venus|NNP|LOC is|VBZ an|DT indie|JJ rock|NN band|NN||band ¶ "
                + "In|IN 2003|CD ,|, 40|CD Steps|NNS to|TO Venus|NNP|LOC toured|VBD Tarvia|NNP|LOC"))
                .containsExactly("ORGANIZATION 40 Steps to Venus", "ORGANIZATION 40 Steps to Venus",
                        "LOCATION Tarvia");
        // the name and its spelt-out form in brackets
        assertThat(resolved("40|CD Steps|NNS to|TO Venus|NNP|LOC (|-LRB- or|CC Forty|CD Steps|NNS to|TO "
                + "Venus|NNP|LOC )|-RRB- is|VBZ a|DT band|NN||band"))
                .containsExactly("ORGANIZATION 40 Steps to Venus", "ORGANIZATION Forty Steps to Venus");
        assertThat(resolved("Choir|NNP of|IN the|DT Tarvio|NNP|ORG is|VBZ a|DT Danish|JJ label|NN||label"))
                .containsExactly("ORGANIZATION Choir of the Tarvio");
    }

    @Test
    void words_before_a_described_name_that_are_no_part_of_it_stay_out() {
        // a preposition opens the sentence: a time, not the name
        assertThat(resolved("In|IN 2005|CD Tarvio|NNP|ORG was|VBD a|DT small|JJ label|NN||label"))
                .containsExactly("ORGANIZATION Tarvio");
        // an office before a person's description
        assertThat(resolved("The|DT Mayor|NNP of|IN Tarvia|NNP|LOC is|VBZ a|DT lawyer|NN||lawyer"))
                .noneMatch(m -> m.contains("Mayor"));
        // capitalised words alone before the tagger's name are the tagger's to cut
        assertThat(resolved("Velvet|NNP Tarvio|NNP|ORG is|VBZ a|DT label|NN||label"))
                .containsExactly("ORGANIZATION Tarvio");
        // no description: the number counts something
        assertThat(resolved("40|CD Steps|NNS to|TO Venus|NNP|LOC were|VBD built|VBN"))
                .containsExactly("LOCATION Venus");
    }

    @Test
    void a_described_subject_runs_through_a_hyphen_written_inside_the_word() {
        assertThat(resolved("Bahus|NNP ~-|HYPH ~Soubiran|NNP is|VBZ a|DT village|NN||village in|IN "
                + "France|NNP|LOC"))
                .containsExactly("LOCATION Bahus-Soubiran", "LOCATION France");
        // a hyphen with spaces is a dash between two things, and a lower-case word glued on is no name's
        assertThat(resolved("Then|RB -|: Varna|NNP is|VBZ a|DT city|NN||city"))
                .doesNotContain("LOCATION Then - Varna", "LOCATION - Varna");
        assertThat(resolved("Low|JJ ~-|HYPH ~cost|NN Zelo|NNP is|VBZ a|DT company|NN||company"))
                .doesNotContain("ORGANIZATION Low-cost Zelo");
    }

    @Test
    void a_drugs_noun_types_the_names_it_lists_and_a_screen_works_noun_the_name_before_it() {
        // WCXB dev 0221 (session 28, ents28): "obesity drugs Zepbound and Wegovy", the tagger's person and place
        assertThat(resolved("it|PRP stopped|VBD covering|VBG obesity|NN drugs|NNS||drug Zepbound|NNP "
                + "and|CC Wegovy|NNP|LOC next|JJ year|NN"))
                .containsExactly("MISC Zepbound", "MISC Wegovy");
        assertThat(resolved("the|DT drug|NN Wegovy|NNP|PER is|VBZ approved|VBN"))
                .containsExactly("MISC Wegovy");
        // a plural class noun before a list closed by "and" types every item ("the bands Korn and Eels")
        assertThat(resolved("the|DT bands|NNS||band Korn|NNP|ORG and|CC Eels|NNP will|MD tour|VB"))
                .containsExactly("ORGANIZATION Korn", "ORGANIZATION Eels");
        // "the Downton Abbey series": a place's reading before a screen work's noun is the work
        assertThat(resolved("the|DT final|JJ film|NN in|IN the|DT Downton|NNP|LOC Abbey|NNP|LOC series|NN "
                + "opens|VBZ ¶ the|DT cast|NN said|VBD Downton|NNP|LOC Abbey|NNP|LOC changed|VBD them|PRP"))
                .containsExactly("MISC Downton Abbey", "MISC Downton Abbey");
    }

    @Test
    void places_companies_and_people_near_a_drugs_or_a_screen_works_noun_keep_their_type() {
        // near misses (session 28, ents28): no list closed by "and", a company after a drug's noun, a listed place,
        // one word, a noun after the work's noun, a place the article writes as one, a person after a plural noun
        assertThat(resolved("it|PRP sells|VBZ drugs|NNS||drug ,|, Novo|NNP|ORG said|VBD"))
                .containsExactly("ORGANIZATION Novo");
        assertThat(resolved("the|DT vaccine|NN Pfizer|NNP|ORG developed|VBD works|VBZ"))
                .containsExactly("ORGANIZATION Pfizer");
        assertThat(resolved("the|DT Yankees|NNPS|ORG won|VBD the|DT New|NNP|LOC York|NNP|LOC series|NN"))
                .containsExactly("ORGANIZATION Yankees", "LOCATION New York");
        assertThat(resolved("the|DT Boston|NNP|LOC series|NN starts|VBZ"))
                .containsExactly("LOCATION Boston");
        assertThat(resolved("the|DT Hebden|NNP|LOC Bridge|NNP|LOC film|NN crew|NN left|VBD"))
                .containsExactly("LOCATION Hebden Bridge");
        assertThat(resolved("the|DT Hebden|NNP|LOC Bridge|NNP|LOC film|NN was|VBD shot|VBN ¶ residents|NNS "
                + "of|IN Hebden|NNP|LOC Bridge|NNP|LOC said|VBD so|RB"))
                .containsExactly("LOCATION Hebden Bridge", "LOCATION Hebden Bridge");
        assertThat(resolved("the|DT drug|NN dealer|NN John|NNP|PER Smith|NNP|PER was|VBD jailed|VBN"))
                .containsExactly("PERSON John Smith");
        assertThat(resolved("the|DT teams|NNS||team Leeds|NNP|ORG and|CC France|NNP|LOC met|VBD in|IN "
                + "France|NNP|LOC"))
                .containsExactly("ORGANIZATION Leeds", "LOCATION France", "LOCATION France");
    }
}
