package org.newsgraph.nlp.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.nlp.entity.TaggedText.resolved;

/** A result with a score or a player's club names a team (own sentences, see {@link TaggedText}). */
class TeamCuesTest {

    @Test
    void an_untagged_name_that_won_by_a_score_is_a_team() {
        assertThat(resolved("Harwood|NNP beat|VBD Kelso|NNP|ORG Rangers|NNP|ORG 3|CD ~-|HYPH ~0|CD on|IN "
                + "Saturday|NNP"))
                .containsExactly("ORGANIZATION Harwood", "ORGANIZATION Kelso Rangers");
        // a nickname the POS tagger reads as a common noun
        assertThat(resolved("Later|RB the|DT Falcons|NNS won|VBD 2|CD ~-|HYPH ~1|CD at|IN Dunmore|NNP|LOC"))
                .containsExactly("ORGANIZATION Falcons", "LOCATION Dunmore");
        assertThat(resolved("Ashby|NNP|ORG United|NNP|ORG lost|VBD to|TO Penfold|NNP 4|CD ~-|HYPH ~2|CD"))
                .containsExactly("ORGANIZATION Ashby United", "ORGANIZATION Penfold");
    }

    @Test
    void the_score_is_no_part_of_the_name_before_it() {
        assertThat(resolved("The|DT Lakeside|NNP|ORG Hawks|NNPS|ORG beat|VBD the|DT Marston|NNP|ORG "
                + "Owls|NNPS|ORG 27|CD|ORG ~-|HYPH ~20|CD on|IN Sunday|NNP"))
                .containsExactly("ORGANIZATION Lakeside Hawks", "ORGANIZATION Marston Owls");
        // without a result's verb numbers glued by a hyphen are no score ("Apollo 11-13", "Boeing 737-800")
        assertThat(resolved("NASA|NNP|ORG flew|VBD the|DT Apollo|NNP|MISC 11|CD|MISC ~-|HYPH ~13|CD "
                + "missions|NNS"))
                .containsExactly("ORGANIZATION NASA", "MISC Apollo 11");
    }

    @Test
    void a_players_club_read_as_a_place_or_a_person_is_a_team_there_only() {
        assertThat(resolved("He|PRP played|VBD as|IN a|DT winger|NN for|IN Brantwood|NNP|LOC County|NNP|LOC "
                + "before|IN moving|VBG to|TO Brantwood|NNP|LOC"))
                .containsExactly("ORGANIZATION Brantwood County", "LOCATION Brantwood");
        assertThat(resolved("She|PRP spent|VBD a|DT season|NN on|IN loan|NN from|IN Kessingham|NNP|PER"))
                .containsExactly("ORGANIZATION Kessingham");
        assertThat(resolved("He|PRP previously|RB played|VBD for|IN Dravec|NNP in|IN Zagreb|NNP|LOC"))
                .containsExactly("ORGANIZATION Dravec", "LOCATION Zagreb");
    }

    @Test
    void only_a_person_on_loan_makes_the_lender_a_club() {
        assertThat(resolved("Joao|NNP|PER Silva|NNP|PER ~,|, on|IN loan|NN from|IN Porto|NNP|LOC ~,|, was|VBD "
                + "named|VBN man|NN of|IN the|DT match|NN"))
                .containsExactly("PERSON Joao Silva", "ORGANIZATION Porto");
        // past a stretch of time, and past the club that took the player
        assertThat(resolved("Greaves|NNP|PER ~,|, who|WP played|VBD one|CD season|NN on|IN loan|NN from|IN "
                + "Kessingham|NNP|LOC"))
                .containsExactly("PERSON Greaves", "ORGANIZATION Kessingham");
        assertThat(resolved("The|DT striker|NN joined|VBD Harwood|NNP|ORG on|IN loan|NN from|IN Marlow|NNP|LOC"))
                .containsExactly("ORGANIZATION Harwood", "ORGANIZATION Marlow");
        // museums lend works of art from cities; the city stays a place
        assertThat(resolved("The|DT painting|NN ~,|, on|IN loan|NN from|IN Florence|NNP|LOC ~,|, will|MD "
                + "hang|VB in|IN the|DT gallery|NN"))
                .containsExactly("LOCATION Florence");
        assertThat(resolved("The|DT statue|NN ~,|, which|WDT is|VBZ on|IN loan|NN from|IN Athens|NNP|LOC ~,|, "
                + "returned|VBD to|TO Greece|NNP|LOC"))
                .containsExactly("LOCATION Athens", "LOCATION Greece");
        assertThat(resolved("The|DT museum|NN said|VBD it|PRP was|VBD on|IN loan|NN from|IN Lyon|NNP|LOC"))
                .containsExactly("LOCATION Lyon");
        assertThat(resolved("The|DT manuscripts|NNS spent|VBD a|DT year|NN on|IN loan|NN from|IN "
                + "Dublin|NNP|LOC"))
                .containsExactly("LOCATION Dublin");
    }

    @Test
    void people_countries_and_other_numbers_keep_their_reading() {
        // a person of two words wins by a score too
        assertThat(resolved("Ana|NNP|PER Petrova|NNP|PER beat|VBD Lise|NNP|PER Maurer|NNP|PER 6|CD ~-|HYPH ~3|CD"))
                .containsExactly("PERSON Ana Petrova", "PERSON Lise Maurer");
        // a country's side stays the country (CoNLL's convention)
        assertThat(resolved("Japan|NNP|LOC beat|VBD Syria|NNP|LOC 2|CD ~-|HYPH ~1|CD"))
                .containsExactly("LOCATION Japan", "LOCATION Syria");
        // a result's tagged place keeps its type: only the club cues retype
        assertThat(resolved("Denver|NNP|LOC won|VBD 4|CD ~-|HYPH ~1|CD"))
                .containsExactly("LOCATION Denver");
        // no score: a bid, a seat, a vote count
        assertThat(resolved("Marlow|NNP won|VBD the|DT bid|NN to|TO host|VB the|DT games|NNS"))
                .isEmpty();
        assertThat(resolved("The|DT Senate|NNP|ORG voted|VBD 51|CD ~-|HYPH ~49|CD to|TO confirm|VB Ruiz|NNP|PER"))
                .containsExactly("ORGANIZATION Senate", "PERSON Ruiz");
        assertThat(resolved("The|DT motion|NN was|VBD defeated|VBN 52|CD ~-|HYPH ~48|CD in|IN Ottawa|NNP|LOC"))
                .containsExactly("LOCATION Ottawa");
        // numbers behind "#" are a range
        assertThat(resolved("Engines|NNS #|# 1|CD ~-|HYPH ~2|CD beat|VBD Corran|NNP|LOC 's|POS record|NN"))
                .containsExactly("LOCATION Corran");
        // a title opens a person's name, and a person named in full is that person
        assertThat(resolved("The|DT band|NN played|VBD for|IN Queen|NNP Maud|NNP|PER"))
                .containsExactly("PERSON Maud");
        assertThat(resolved("Lena|NNP|PER Ortiz|NNP|PER sang|VBD ;|: the|DT choir|NN played|VBD for|IN "
                + "Ortiz|NNP|PER"))
                .containsExactly("PERSON Lena Ortiz", "PERSON Ortiz");
        assertThat(resolved("He|PRP played|VBD guitar|NN for|IN Tom|NNP|PER Waits|NNP|PER"))
                .containsExactly("PERSON Tom Waits");
        assertThat(resolved("He|PRP played|VBD for|IN Wales|NNP|LOC in|IN 2010|CD"))
                .containsExactly("LOCATION Wales");
    }

    @Test
    void near_misses_from_news_keep_their_reading() {
        // own news sentences run through analyze (docs/nlp.md, NER round 27): none changed
        assertThat(resolved("Scotland|NNP|LOC beat|VBD Ireland|NNP|LOC 2|CD ~-|HYPH ~1|CD at|IN Hampden|NNP|LOC "
                + "Park|NNP|LOC"))
                .containsExactly("LOCATION Scotland", "LOCATION Ireland", "LOCATION Hampden Park");
        assertThat(resolved("Brazil|NNP|LOC lost|VBD 1|CD ~-|HYPH ~0|CD to|TO Argentina|NNP|LOC"))
                .containsExactly("LOCATION Brazil", "LOCATION Argentina");
        assertThat(resolved("Ronaldo|NNP|PER played|VBD for|IN Portugal|NNP|LOC for|IN the|DT 200th|JJ time|NN"))
                .containsExactly("PERSON Ronaldo", "LOCATION Portugal");
        assertThat(resolved("Investors|NNS signed|VBD for|IN 4|CD million|CD shares|NNS in|IN Nairobi|NNP|LOC"))
                .containsExactly("LOCATION Nairobi");
        assertThat(resolved("Republicans|NNPS|MISC won|VBD the|DT House|NNP|ORG vote|NN 218|CD ~-|HYPH ~214|CD"))
                .containsExactly("MISC Republicans", "ORGANIZATION House");
        assertThat(resolved("Springsteen|NNP|PER played|VBD for|IN three|CD hours|NNS at|IN Wembley|NNP|LOC "
                + "Stadium|NNP|LOC"))
                .containsExactly("PERSON Springsteen", "LOCATION Wembley Stadium");
    }
}
