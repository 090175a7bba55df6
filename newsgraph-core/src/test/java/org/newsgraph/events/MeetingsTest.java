package org.newsgraph.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Span;

class MeetingsTest {

    private static final EventDictionaries DICTIONARIES = EventDictionaries.shared();
    private static final VerbMatcher MATCHER = new VerbMatcher(DICTIONARIES.verbs());
    private static final Meetings MEETINGS = new Meetings(new NominalEvents(DICTIONARIES.verbs(), MATCHER),
            DICTIONARIES.composer());

    private static EventActor actor(String text, String country) {
        return new EventActor(text, new Span(0, text.length()), null, country, "GOV", null, null);
    }

    private static String unreported(String text, String noun) {
        ParsedSentences.Parsed p = ParsedSentences.of(text);
        SentenceGraph g = p.graph();
        return MEETINGS.unreported(g, p.token(noun), new boolean[g.size]);
    }

    @Test
    void a_meeting_noun_with_a_modifier_that_may_name_parties_is_a_candidate_unless_a_verb_reported_it() {
        String text = "Since the Geneva summit between Putin and Biden, relations have worsened.";
        assertThat(unreported(text, "summit")).startsWith("04");
        ParsedSentences.Parsed p = ParsedSentences.of(text);
        SentenceGraph g = p.graph();
        boolean[] reported = new boolean[g.size];
        reported[p.token("summit")] = true;
        assertThat(MEETINGS.unreported(g, p.token("summit"), reported)).isNull();
        // not a meeting noun
        assertThat(unreported(text, "relations")).isNull();
    }

    @Test
    void a_meeting_needs_two_named_parties() {
        assertThat(Meetings.parties(List.of(actor("Putin", "RUS"), actor("Biden", "USA")))).hasSize(2);
        assertThat(Meetings.parties(List.of(actor("Putin", "RUS")))).isEmpty();
        EventActor unnamed = new EventActor("the leaders", new Span(0, 11), null, null, null, null, null);
        assertThat(Meetings.parties(List.of(actor("Putin", "RUS"), unnamed))).isEmpty();
    }

    @Test
    void where_or_when_a_meeting_is_held_is_no_party_but_what_it_is_with_is() {
        ParsedSentences.Parsed p = ParsedSentences.of("Modi's meeting with Xi lasted two hours.");
        SentenceGraph g = p.graph();
        assertThat(Meetings.mayBeParty(g, p.token("Xi"), "040", "with")).isTrue();
        assertThat(Meetings.mayBeParty(g, p.token("Xi"), "040", "in")).isFalse();
        assertThat(Meetings.mayBeParty(g, p.token("Xi"), "190", "in")).isTrue();
        assertThat(Meetings.mayBeParty(g, p.token("Modi"), "040", "'s")).isTrue();
    }

    @Test
    void calling_off_a_meeting_refuses_it_and_other_verbs_keep_their_code() {
        ParsedSentences.Parsed p = ParsedSentences.of("Putin called off the Helsinki summit.");
        SentenceGraph g = p.graph();
        int v = p.token("called");
        VerbMatcher.Coded coded = MATCHER.code(g, v, new int[g.size]);
        assertThat(MEETINGS.cancelled(g, v, coded, new int[g.size]).code()).isEqualTo("125");

        ParsedSentences.Parsed attack = ParsedSentences.of("Israeli troops attacked Palestinian militants in Gaza.");
        SentenceGraph ga = attack.graph();
        int va = attack.token("attacked");
        VerbMatcher.Coded own = MATCHER.code(ga, va, new int[ga.size]);
        assertThat(MEETINGS.cancelled(ga, va, own, new int[ga.size])).isSameAs(own);
    }

    @Test
    void a_place_qualifying_a_meeting_noun_is_where_and_its_other_modifiers_are_the_parties() {
        ParsedSentences.Parsed p = ParsedSentences.of("The prime minister cancelled the Vienna talks with Iran.");
        SentenceGraph g = p.graph();
        int vienna = p.token("Vienna"), iran = p.token("Iran");
        List<EventActor> parties = MEETINGS.partiesBesidesPlace(g, p.token("talks"), c -> c == vienna,
                h -> h == iran ? List.of(actor("Iran", "IRN")) : List.of(actor(g.forms[h], null)));
        assertThat(parties).extracting(EventActor::country).containsExactly("IRN");
        // a phrase without a place is no business of this rule
        assertThat(MEETINGS.partiesBesidesPlace(g, p.token("talks"), c -> false, h -> List.of())).isNull();
    }

    @Test
    void an_in_or_at_phrase_naming_a_place_is_where_a_meeting_is_held() {
        ParsedSentences.Parsed p = ParsedSentences.of("Iranian and Saudi officials held talks in Baghdad on Wednesday.");
        SentenceGraph g = p.graph();
        int baghdad = p.token("Baghdad");
        assertThat(MEETINGS.partiesBesidesPlace(g, p.token("talks"), c -> c == baghdad,
                h -> List.of(actor(g.forms[h], "IRQ")))).isEmpty();
        // a "with" phrase names a party, even when it names a place
        ParsedSentences.Parsed q = ParsedSentences.of("The envoy held talks with Iraq in Geneva.");
        SentenceGraph gq = q.graph();
        int iraq = q.token("Iraq");
        assertThat(MEETINGS.partiesBesidesPlace(gq, q.token("talks"), c -> c == iraq,
                h -> List.of(actor(gq.forms[h], "IRQ")))).isNull();
        // a proper name is no meeting noun of ours, whatever its last word
        ParsedSentences.Parsed r = ParsedSentences.of(
                "Jobs gave a keynote to the Worldwide Developers Conference at Moscone Center on Monday.");
        SentenceGraph gr = r.graph();
        int center = r.token("Center");
        assertThat(MEETINGS.partiesBesidesPlace(gr, r.token("Conference"), c -> c == center,
                h -> List.of(actor(gr.forms[h], "USA")))).isNull();
    }

    @Test
    void the_clause_of_a_meeting_noun_is_its_nearest_governing_verb() {
        ParsedSentences.Parsed p = ParsedSentences.of("Modi's meeting with Xi lasted two hours.");
        assertThat(Meetings.governingVerb(p.graph(), p.token("meeting"))).isEqualTo(p.token("lasted"));
    }

    @Test
    void a_meeting_planned_upcoming_in_the_works_or_postponed_is_still_to_be_held() {
        for (String text : List.of("A planned summit between Erdogan and Putin was postponed.",
                "The proposed meeting between Macron and Orban has drawn criticism.")) {
            ParsedSentences.Parsed p = ParsedSentences.of(text);
            int noun = p.token(text.contains("summit") ? "summit" : "meeting");
            assertThat(Meetings.planned(p.graph(), noun)).as(text).isTrue();
        }
        String works = "With new talks between Armenia and Azerbaijan in the works, the ceasefire is holding.";
        assertThat(Meetings.planned(ParsedSentences.of(works).graph(), ParsedSentences.of(works).token("talks")))
                .isTrue();
        ParsedSentences.Parsed held = ParsedSentences.of("Modi's meeting with Xi lasted two hours.");
        assertThat(Meetings.planned(held.graph(), held.token("meeting"))).isFalse();
    }
}
