package org.newsgraph.nlp.time;

import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.CoreNlpAnnotator;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Sentence;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which words open a SUTime window: every window costs SUTime time, a missing one costs a time expression. */
class TimeWindowsTest {

    private static List<String> openers(String text) {
        NlpDocument doc = new CoreNlpAnnotator().annotate(text);
        List<String> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (TimeTagger.candidate(doc.tokens(), s, i)) out.add(doc.tokens().get(i).word());
            }
        }
        return out;
    }

    @Test
    void words_sutime_never_marks_on_their_own_open_no_window() {
        assertThat(openers("The former minister, in office since the coup, may soon resign or stay until the talks"
                + " end.")).isEmpty();
    }

    @Test
    void amounts_counts_and_the_number_of_a_hyphenated_name_open_no_window() {
        assertThat(openers("About 1,200 people, 3.5 times more than before, caught COVID-19 in 40 towns.")).isEmpty();
    }

    @Test
    void dates_clock_times_and_capitalised_months_still_do() {
        assertThat(openers("In May 2008 the plant shut at 10.30 every night since March, for 10 years."))
                .containsExactly("May", "2008", "10.30", "night", "March", "10", "years");
    }
}
