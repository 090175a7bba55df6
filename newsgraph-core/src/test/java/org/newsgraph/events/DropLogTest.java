package org.newsgraph.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.NlpDocument;

/** Why a text gave no event, on real parses of our own sentences ({@link ParsedSentences}). */
class DropLogTest {

    private static final EventCoder CODER = new EventCoder();

    private static DropLog.Reason why(String text) {
        ParsedSentences.Parsed p = ParsedSentences.of(text);
        DropLog log = new DropLog();
        CODER.code(new EventCoder.Document("art", p.nlp(), p.entities(), List.of(), List.of(), "2018-06-01"), log);
        return log.reason();
    }

    @Test
    void the_verb_nearest_the_root_gives_the_reason_and_among_equals_the_one_that_got_furthest() {
        DropLog log = new DropLog();
        log.reached(DropLog.Reason.NO_TARGET, 2);
        log.reached(DropLog.Reason.NOT_IN_DICTIONARY, 0);
        log.reached(DropLog.Reason.NO_PATTERN, 0);
        log.reached(DropLog.Reason.NOT_IN_DICTIONARY, 0);
        assertThat(log.reason()).isEqualTo(DropLog.Reason.NO_PATTERN);
    }

    @Test
    void a_verb_of_saying_leaves_the_reason_to_the_clause_it_reports_unless_nothing_else_was_looked_at() {
        DropLog log = new DropLog();
        log.reached(DropLog.Reason.REPORTS_CLAUSE, 0);
        assertThat(log.reason()).isEqualTo(DropLog.Reason.REPORTS_CLAUSE);
        log.reached(DropLog.Reason.NO_SUBJECT, 1);
        assertThat(log.reason()).isEqualTo(DropLog.Reason.NO_SUBJECT);
        log.reached(DropLog.Reason.REPORTED_STATEMENT, 0);
        assertThat(log.reason()).isEqualTo(DropLog.Reason.NO_SUBJECT);
    }

    @Test
    void a_text_without_verbs_has_no_usable_verb() {
        DropLog log = new DropLog();
        CODER.code(new EventCoder.Document("x", NlpDocument.empty(""), List.of(), List.of(), List.of(), null), log);
        assertThat(log.reason()).isEqualTo(DropLog.Reason.NO_VERB);
    }

    @Test
    void the_coder_reports_the_check_that_dropped_the_main_verb() {
        assertThat(why("The Republican convention took place in Tampa.")).isEqualTo(DropLog.Reason.ONLY_HAPPENS);
        assertThat(why("No organisation has claimed responsibility for the kidnapping."))
                .isEqualTo(DropLog.Reason.CLAIM_NOT_ASSERTED);
        assertThat(why("The journalist died of leukaemia in detention.")).isEqualTo(DropLog.Reason.OTHER_CAUSE);
        assertThat(why("The president faces mounting legal troubles at home.")).isEqualTo(DropLog.Reason.NO_TARGET);
        assertThat(why("The Chilean president met his Argentine counterpart at the presidential palace on Friday."))
                .isEqualTo(DropLog.Reason.CODED);
    }
}
