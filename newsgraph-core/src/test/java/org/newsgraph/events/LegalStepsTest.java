package org.newsgraph.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;

/** The steps of a criminal case as events, on real parses of our own sentences ({@link ParsedSentences}). */
class LegalStepsTest {

    private static final EventCoder CODER = new EventCoder();

    private static List<Event> events(String text) {
        return events(text, true);
    }

    /** {@code linked} false: as if the entity resolution had tagged none of the sentence's names. */
    private static List<Event> events(String text, boolean linked) {
        ParsedSentences.Parsed p = ParsedSentences.of(text);
        return CODER.code(new EventCoder.Document("art", p.nlp(), linked ? p.entities() : List.of(), List.of(),
                List.of(), "2026-11-05"));
    }

    private static Event only(String text, String cameo) {
        List<Event> found = events(text).stream().filter(e -> e.cameo().equals(cameo)).toList();
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void a_public_body_named_by_its_kind_alone_is_a_government_doer_unless_the_phrase_says_more() {
        Event arrest = only("The bureau detained the mayor of Plovdiv on Wednesday.", "173");
        assertThat(arrest.source().sector()).isEqualTo("GOV");
        assertThat(only("The agency arrested two customs officers at the airport.", "173").source().sector())
                .isEqualTo("GOV");
        assertThat(only("The commission accused the minister of hiding his assets.", "112").source().sector())
                .isEqualTo("GOV");
    }

    @Test
    void the_kind_of_a_body_gives_way_to_an_agent_noun_of_its_phrase() {
        ActorResolver resolver = EventDictionaries.shared().actors();
        String[] refugee = {"the", "refugee", "agency"};
        assertThat(resolver.resolve(refugee, refugee, 0, 3, null).code().sector()).isEqualTo("REF");
        String[] bare = {"the", "agency"};
        assertThat(resolver.resolve(bare, bare, 0, 2, null).code().sector()).isEqualTo("GOV");
    }

    @Test
    void when_the_act_happened_is_no_part_of_its_doer() {
        String friday = "The Supreme Court on Friday rejected the appeal of the former governor.";
        assertThat(only(friday, "1241").source().span().of(friday)).isEqualTo("The Supreme Court");
        String march = "The appeals court in March overturned the conviction.";
        assertThat(only(march, "081").source().span().of(march)).isEqualTo("The appeals court");
    }

    @Test
    void the_one_found_guilty_and_sentenced_is_the_target_not_the_term() {
        String text = "The court found Pavel Horak guilty of fraud and sentenced him to nine years in prison.";
        assertThat(only(text, "173").target().span().of(text)).isEqualTo("Pavel Horak");
        assertThat(only(text, "172").target().span().of(text)).isEqualTo("Pavel Horak");
        String minister = "The court found the former minister guilty of bribery.";
        assertThat(only(minister, "173").target().span().of(minister)).isEqualTo("the former minister");
        String them = "The tribunal convicted the two commanders and sentenced them to twenty years.";
        assertThat(only(them, "172").target().span().of(them)).isEqualTo("the two commanders");
    }

    @Test
    void an_acquittal_is_no_conviction() {
        assertThat(events("The judge found the defendant not guilty of fraud.")).extracting(Event::cameo)
                .containsExactly("081");
    }

    @Test
    void removing_a_person_from_office_is_no_disapproval_but_dismissing_a_claim_is() {
        assertThat(events("The cabinet dismissed Rui Almeida as governor of the province.")).isEmpty();
        assertThat(events("The president dismissed the defence minister on Sunday.")).isEmpty();
        // the office the "as" phrase names says a person was removed, when the name is not tagged as one
        assertThat(events("The cabinet dismissed Rui Almeida as governor of the province.", false)).isEmpty();
        assertThat(events("The court dismissed the lawsuit against the newspaper.")).extracting(Event::cameo)
                .containsExactly("110");
    }

    @Test
    void taking_a_bribe_is_no_seizure_by_whoever_the_clause_names() {
        assertThat(events("The court convicted the mayor of taking a bribe from a developer."))
                .extracting(Event::cameo).containsExactly("173");
    }

    @Test
    void sending_an_indictment_charges_the_accused_but_sending_a_letter_does_not() {
        String text = "Prosecutors sent the indictment against Marek Zielinski to the district court.";
        assertThat(only(text, "173").target().span().of(text)).isEqualTo("Marek Zielinski");
        assertThat(events("The minister sent a letter to the European Commission.")).extracting(Event::cameo)
                .containsExactly("040");
    }

    @Test
    void a_plea_is_a_statement_not_an_appeal() {
        assertThat(events("The former senator pleaded guilty to tax evasion.")).isEmpty();
        assertThat(events("Tomasz Nowak pleaded not guilty to bribery charges.")).isEmpty();
    }

    @Test
    void charging_indicting_and_suing_are_accusations_though_the_dictionary_files_them_with_arrests() {
        for (String text : List.of("A court in Harare charged three opposition activists with treason on Monday.",
                "Prosecutors in Milan indicted the former transport minister for bribery.",
                "The family of the victim sued the police in court.")) {
            List<Event> found = events(text);
            assertThat(found).as(text).isNotEmpty().allSatisfy(e -> {
                assertThat(e.cameo()).isEqualTo("173");
                assertThat(e.type()).isEqualTo("ACCUSE");
                assertThat(e.mode()).isEqualTo("allege");
            });
        }
        // a charge of riot police at a crowd names no offence, so nothing is retyped as a legal accusation
        assertThat(events("Police charged the protesters outside the embassy.")).noneMatch(e -> "allege".equals(e.mode()));
    }

    @Test
    void a_charge_in_the_agentless_passive_names_the_accused_and_no_accuser() {
        String text = "The governor of Mombasa was charged with abuse of office.";
        Event charge = only(text, "112");
        assertThat(charge.source()).isNull();
        assertThat(charge.target().span().of(text)).isEqualTo("The governor of Mombasa");
        assertThat(events("Customers were charged twice for the same order.")).isEmpty();
        // a deed as the charge is one all the same
        assertThat(only("The governor was later accused of inciting the riots.", "112").target().span()
                .of("The governor was later accused of inciting the riots.")).isEqualTo("The governor");
        assertThat(only("A police officer has been charged for allegedly supplying the weapon.", "112").source()).isNull();
    }

    @Test
    void suspending_a_membership_reduces_relations() {
        assertThat(events("The Liberal Party suspended the membership of two councillors.")).extracting(Event::cameo)
                .containsExactly("160");
    }

    @Test
    void a_detention_that_names_its_charge_is_an_accusation_of_cameo_173() {
        for (String text : List.of(
                "Turkish police arrested 12 people in Istanbul over allegations of links to the banned group.",
                "An Australian aid worker was detained in Cambodia for allegedly spying for a foreign government.")) {
            Event charged = only(text, "173");
            assertThat(charged.type()).as(text).isEqualTo("ACCUSE");
            assertThat(charged.mode()).as(text).isEqualTo("allege");
            assertThat(charged.target()).as(text).isNotNull();
        }
    }

    @Test
    void held_for_questioning_or_jailed_for_a_term_is_no_charge() {
        for (String text : List.of("Police detained about 50 protesters for questioning after the rally in Minsk.",
                "A court jailed the former mayor for five years on Monday.")) {
            assertThat(only(text, "173").type()).as(text).isEqualTo("COERCE");
        }
    }

    @Test
    void a_verdict_is_a_conviction_whatever_counts_or_charges_it_names() {
        for (String text : List.of("A former mayor of Naples was found guilty on Tuesday on six counts of fraud.",
                "A court in Lagos convicted two journalists on charges of sedition.",
                "The court found the former minister guilty of bribery.")) {
            Event verdict = only(text, "173");
            assertThat(verdict.type()).as(text).isEqualTo("SANCTION");
            assertThat(verdict.mode()).as(text).isEqualTo("convict");
        }
        // an arrest on counts still charges
        String arrest = "Police arrested the mayor of Naples on two counts of bribery.";
        assertThat(only(arrest, "173").type()).isEqualTo("ACCUSE");
        assertThat(events("The judge found the defendant not guilty of fraud.")).extracting(Event::type)
                .doesNotContain("SANCTION");
    }
}
