package org.newsgraph.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DictionariesTest {

    private final EventDictionaries dict = EventDictionaries.shared();

    @Test
    void codebook_carries_gdelt_goldstein_quad_class_and_plover_type() {
        CameoCode attack = dict.codebook().lookup("190");
        assertThat(attack.goldstein()).isEqualTo(-10.0);
        assertThat(attack.quadClass()).isEqualTo(4);
        assertThat(attack.ploverType()).isEqualTo("ASSAULT");
        // GDELT, not Parus/Phoenix: the tables disagree on 163 (-8.0 vs -6.5)
        assertThat(dict.codebook().lookup("163").goldstein()).isEqualTo(-8.0);
        assertThat(dict.codebook().lookup("042").ploverMode()).isEqualTo("visit");
    }

    @Test
    void codebook_maps_appeals_to_request_and_drops_statements() {
        assertThat(dict.codebook().lookup("020").ploverType()).isEqualTo("REQUEST");
        assertThat(dict.codebook().lookup("010").ploverType()).isNull();
        assertThat(dict.codebook().lookup("0841").ploverType()).isEqualTo("RETREAT");
        assertThat(dict.codebook().lookup("083").ploverType()).isEqualTo("CONCEDE");
    }

    @Test
    void verb_dictionary_indexes_base_forms_irregular_forms_and_phrasal_verbs() {
        List<VerbSense> met = dict.verbs().senses("MET");
        assertThat(met).extracting(VerbSense::verb).contains("MEET");
        assertThat(met).anySatisfy(s -> assertThat(s.particles()).containsExactly("WITH"));
        assertThat(dict.verbs().senses("ACCUSE")).singleElement()
                .satisfies(s -> assertThat(s.code()).isEqualTo("112"));
        VerbSense host = dict.verbs().senses("HOST").get(0);
        assertThat(host.code()).isEqualTo("043");
        assertThat(host.reverseCode()).isEqualTo("042");
        assertThat(dict.verbs().senses("URGE")).singleElement().satisfies(s -> assertThat(s.code()).isEqualTo("020"));
    }

    @Test
    void patterns_keep_their_words_slots_and_codes() {
        var sets = new java.util.HashMap<String, List<List<VerbPattern.Word>>>();
        sets.put("&MILITARY", List.of(List.of(new VerbPattern.Word("TROOP", false)),
                List.of(new VerbPattern.Word("ARMY", true))));
        VerbPattern p = PatternParser.parse(
                "- $ * &MILITARY (INTO {BORDER AREA}) +               [192:036]     # MOVE", sets);
        assertThat(p.before()).isEmpty();
        assertThat(p.after()).hasSize(3);
        assertThat(p.after().get(0).alternatives()).hasSize(2);
        assertThat(p.after().get(2).alternatives().get(0)).extracting(VerbPattern.Word::text)
                .containsExactly("BORDER", "AREA");
        assertThat(p.code()).isEqualTo("192");
        assertThat(p.reverseCode()).isEqualTo("036");
        assertThat(p.verb()).isEqualTo("MOVE");
        assertThat(PatternParser.parse("- * RUN-OFF      [---]   # FACE", sets).nullEvent()).isTrue();
    }

    @Test
    void stems_match_prefixes_but_short_words_and_exact_words_do_not() {
        assertThat(new VerbPattern.Word("VIOLAT", false).matches("VIOLATING", "VIOLATE")).isTrue();
        assertThat(new VerbPattern.Word("AID", false).matches("AIDE", "AIDE")).isFalse();
        assertThat(new VerbPattern.Word("TALKS", true).matches("TALKSHOW", "TALKSHOW")).isFalse();
    }

    @Test
    void tabari_actor_entries_keep_dated_roles_for_all_synonyms() {
        PhraseIndex<List<DatedCode>> index = new PhraseIndex<>();
        TabariActorParser.parseInto(List.of(
                "NORTH_KOREA_  [PRK]", "+NORTH_KOREAN ", "+DPRK_", "",
                "MOON_JAE_IN_  # CountryInfo.txt", "\t[KORGOV 070501-080731]",
                "BAN_KI-MOON", "+SECRETARY-GENERAL_BAN_KI-MOON", "\t[IGOUNO >20070101]", "\t[---]"), index);
        assertThat(index.get(List.of("DPRK"))).extracting(DatedCode::code).containsExactly("PRK");
        assertThat(index.get(List.of("NORTH", "KOREAN"))).extracting(DatedCode::code).containsExactly("PRK");
        DatedCode moon = index.get(List.of("MOON", "JAE", "IN")).get(0);
        assertThat(moon.from()).hasToString("2007-05-01");
        assertThat(moon.to()).hasToString("2008-07-31");
        assertThat(index.get(List.of("SECRETARY", "GENERAL", "BAN", "KI", "MOON")).get(0).from())
                .hasToString("2007-01-01");
    }

    @Test
    void agent_entries_expand_substitution_sets_and_plural_forms() {
        PhraseIndex<String> index = new PhraseIndex<>();
        AgentDictionary.parseInto(List.of("!PERSON! = MAN, WOMAN", "SPOKES!PERSON!  [~MED]",
                "CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]", "OBSERVERS_IN [IGO~]"), index);
        assertThat(index.get(List.of("SPOKESWOMAN"))).isEqualTo("~MED");
        assertThat(index.get(List.of("CHAMBERS", "OF", "COMMERCE"))).isEqualTo("~BUS");
        assertThat(index.get(List.of("OBSERVERS", "IN"))).isEqualTo("IGO~");
    }

    @Test
    void an_agent_written_in_lower_case_is_marked_a_common_noun_only() {
        PhraseIndex<String> index = new PhraseIndex<>();
        AgentDictionary.parseInto(List.of("union [~LAB]", "WORKER [~LAB]"), index);
        assertThat(AgentDictionary.commonNounOnly(index.get(List.of("UNION")))).isTrue();
        assertThat(AgentDictionary.code(index.get(List.of("UNION")))).isEqualTo("~LAB");
        assertThat(AgentDictionary.commonNounOnly(index.get(List.of("WORKER")))).isFalse();
    }
}
