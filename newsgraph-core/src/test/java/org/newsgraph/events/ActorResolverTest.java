package org.newsgraph.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorResolverTest {

    private static final LocalDate JUNE_2018 = LocalDate.of(2018, 6, 12);
    private final ActorResolver actors = EventDictionaries.shared().actors();

    private ActorCode resolve(String phrase, String lemmas) {
        String[] f = phrase.split(" ");
        return actors.resolve(f, lemmas == null ? null : lemmas.split(" "), 0, f.length, JUNE_2018).code();
    }

    @Test
    void leaders_with_nationality_and_title_resolve_to_their_government() {
        assertThat(resolve("North Korean leader Kim Jong-un", null)).isEqualTo(new ActorCode("PRK", "GOV", null));
        assertThat(resolve("US Secretary of State Mike Pompeo", null)).isEqualTo(new ActorCode("USA", "GOV", null));
        assertThat(resolve("South Korean President Moon Jae-in", null))
                .isEqualTo(new ActorCode("KOR", "GOV", null));
    }

    @Test
    void a_leader_named_alone_gets_the_role_held_on_the_event_day() {
        assertThat(actors.resolve("Moon Jae-in", JUNE_2018)).isEqualTo(new ActorCode("KOR", "GOV", null));
        assertThat(actors.resolve("Mike Pompeo", LocalDate.of(2017, 6, 1)).sector()).isEqualTo("GOV");
        assertThat(actors.resolve("Kim Jong Un", null).country()).isEqualTo("PRK");
    }

    @Test
    void nationality_plus_agent_noun_gives_country_and_sector_through_lemmas() {
        assertThat(resolve("Hungarian officials", "Hungarian official")).isEqualTo(new ActorCode("HUN", "GOV", null));
        assertThat(resolve("Israeli troops", "Israeli troop")).isEqualTo(new ActorCode("ISR", "MIL", null));
        assertThat(resolve("the Iraqi police", "the Iraqi police")).isEqualTo(new ActorCode("IRQ", "COP", null));
    }

    @Test
    void jailed_people_are_a_sector_but_prisoners_of_war_stay_military_and_eu_predecessors_are_the_eu() {
        assertThat(resolve("Turkish prisoners", "Turkish prisoner")).isEqualTo(new ActorCode("TUR", "CRM", null));
        assertThat(actors.resolve("prisoners of war", null).sector()).isEqualTo("MIL");
        assertThat(actors.resolve("The European Community", null).country()).isEqualTo("IGO");
    }

    @Test
    void capitalised_plural_demonyms_name_their_country() {
        assertThat(resolve("Thousands of Nigerians", null).country()).isEqualTo("NGA");
        assertThat(resolve("the United States", null).country()).isEqualTo("USA");
    }

    @Test
    void generic_agents_alone_give_a_sector_without_a_country() {
        assertThat(resolve("police", "police")).isEqualTo(new ActorCode(null, "COP", null));
        assertThat(resolve("rebels", "rebel")).isEqualTo(new ActorCode(null, "REB", null));
        assertThat(resolve("opposition protesters", "opposition protester").sector()).isEqualTo("OPP");
    }

    @Test
    void international_organisations_resolve_to_igo_codes() {
        ActorCode un = resolve("the United Nations", null);
        assertThat(un.country()).isEqualTo("IGO");
        assertThat(un.organization()).isEqualTo("UNO");
        assertThat(un.cameo()).isEqualTo("IGOUNO");
    }

    @Test
    void a_company_s_home_state_is_no_organisation_so_a_nationality_before_it_gives_a_valid_code() {
        // Phoenix codes Toyota MNCJPN: a multinational of Japan, not an organisation called JPN
        ActorCode toyota = actors.resolve("Toyota", JUNE_2018);
        assertThat(toyota).isEqualTo(new ActorCode("MNC", null, null, "JPN"));
        assertThat(toyota.cameo()).isEqualTo("MNCJPN");
        assertThat(ActorCode.homeState(toyota.cameo())).isEqualTo("JPN");
        // what ActorBuilder does with the phrase and the entity it mentions
        ActorCode phrase = resolve("by Japanese manufacturers Toyota", "by Japanese manufacturer Toyota")
                .orElse(toyota);
        assertThat(phrase.organization()).isNull();
        assertThat(phrase.cameo()).isEqualTo("JPNBUS");
        // an organisation within a region: the region is no organisation either
        assertThat(ActorCode.parse("IGOEUREEC", Set.of()).organization()).isEqualTo("EEC");
    }

    @Test
    void people_in_general_are_civilians_of_no_country() {
        // the agents file codes them [~PPL], which CAMEO's actor types lack: no state "PPL" to lend to others
        assertThat(resolve("a man", "a man")).isEqualTo(new ActorCode(null, "CVL", null));
        assertThat(resolve("Kenyan people", "Kenyan people")).isEqualTo(new ActorCode("KEN", "CVL", null));
    }

    @Test
    void a_concatenated_code_never_repeats_a_part() {
        assertThat(new ActorCode("JPN", "BUS", "JPN").cameo()).isEqualTo("JPNBUS");
        // an organisation comes with its international type, not into another country's code
        assertThat(new ActorCode("JPN", "GOV", null).orElse(new ActorCode("IGO", "DEV", "UNO")).cameo())
                .isEqualTo("JPNGOV");
        assertThat(new ActorCode(null, "BUS", null).orElse(new ActorCode("MNC", null, null, "JPN")).cameo())
                .isEqualTo("MNCJPNBUS");
        assertThat(new ActorCode("USA", "GOV", null).cameo()).isEqualTo("USAGOV");
    }

    @Test
    void lower_case_words_do_not_start_country_names() {
        assertThat(resolve("us", "we")).isEqualTo(ActorCode.UNKNOWN);
        assertThat(resolve("the turkey", "the turkey")).isEqualTo(ActorCode.UNKNOWN);
        assertThat(resolve("Turkey", "Turkey").country()).isEqualTo("TUR");
    }

    @Test
    void resolution_reports_which_tokens_named_the_actor() {
        String[] f = "North Korean leader Kim Jong-un".split(" ");
        ActorResolver.Resolution r = actors.resolve(f, null, 0, f.length, JUNE_2018);
        assertThat(r.start()).isZero();
        assertThat(r.end()).isEqualTo(2);
    }

    @Test
    void samoan_is_the_independent_state_and_american_samoan_the_us_territory() {
        assertThat(resolve("the Samoan government", "the Samoan government"))
                .isEqualTo(new ActorCode("WSM", "GOV", null));
        assertThat(resolve("American Samoan officials", "American Samoan official").country()).isEqualTo("USA");
    }
}
