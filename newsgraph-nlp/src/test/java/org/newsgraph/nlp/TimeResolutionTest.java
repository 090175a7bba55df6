package org.newsgraph.nlp;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.Caption;
import org.newsgraph.model.SourceRef;
import org.newsgraph.model.TimeExpression;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimeResolutionTest {

    /** Wednesday 20 February 2019. */
    private static final String PUBLISHED = "2019-02-20";

    private static String valueOf(Analysis a, String text) {
        return a.times().stream().filter(t -> t.text().contains(text)).map(TimeExpression::value).findFirst()
                .orElseThrow(() -> new AssertionError("no time '" + text + "' in " + a.times()));
    }

    @Test
    void relative_expressions_resolve_against_the_publication_date() {
        Analysis a = Fixtures.analyze("Prices rose sharply last month. The vote failed on Tuesday. The leaders "
                + "will meet in Hanoi on February 27-28, and the treaty will be signed in June.", PUBLISHED).analysis();
        assertThat(valueOf(a, "last month")).isEqualTo("2019-01");
        assertThat(valueOf(a, "Tuesday")).isEqualTo("2019-02-19");
        assertThat(valueOf(a, "February 27")).isEqualTo("2019-02-27/2019-02-28");
        assertThat(valueOf(a, "June")).isEqualTo("2019-06");
    }

    @Test
    void past_tense_places_a_bare_month_and_weekday_before_the_date() {
        Analysis a = Fixtures.analyze("The company reported losses in December. Its chief resigned on Friday.",
                PUBLISHED).analysis();
        assertThat(valueOf(a, "December")).isEqualTo("2018-12");
        assertThat(valueOf(a, "Friday")).isEqualTo("2019-02-15");
    }

    @Test
    void a_date_something_was_set_for_is_the_nearest_one_whatever_the_tense() {
        Analysis a = Fixtures.analyze("The navy cancelled the exercise planned for April. The vote was postponed to"
                + " Sunday. Ministers had scheduled the review for December.", PUBLISHED).analysis();
        assertThat(valueOf(a, "April")).isEqualTo("2019-04");
        // put off to a Sunday: the coming one, though the one just gone is nearer to a Wednesday
        assertThat(valueOf(a, "Sunday")).isEqualTo("2019-02-24");
        // in February the December just gone is nearer than the next one
        assertThat(valueOf(a, "December")).isEqualTo("2018-12");
        Analysis unset = Fixtures.analyze("The navy held an exercise in April.", PUBLISHED).analysis();
        assertThat(valueOf(unset, "April")).isEqualTo("2018-04");
    }

    @Test
    void a_shift_by_hours_stays_on_the_reference_day() {
        Analysis a = Fixtures.analyze("The reactor was shut down. Hours earlier, engineers had reported a leak. Two"
                + " hours later the plant was evacuated.", PUBLISHED).analysis();
        assertThat(valueOf(a, "Hours earlier")).isEqualTo(PUBLISHED);
        assertThat(valueOf(a, "hours later")).isEqualTo(PUBLISHED);
        Analysis days = Fixtures.analyze("Rebels seized the town. 48 hours earlier, the army had withdrawn.",
                PUBLISHED).analysis();
        assertThat(valueOf(days, "48 hours earlier")).isEqualTo("2019-02-18");
    }

    @Test
    void the_verb_nearest_to_a_weekday_decides_its_direction() {
        Analysis a = Fixtures.analyze("The carrier confirmed Monday that it will close two depots. The hearing is "
                + "scheduled to open on Thursday.", PUBLISHED).analysis();
        assertThat(valueOf(a, "Monday")).isEqualTo("2019-02-18");
        assertThat(valueOf(a, "Thursday")).isEqualTo("2019-02-21");
    }

    @Test
    void would_places_a_named_day_nearest_and_a_quote_s_present_tense_ahead() {
        Analysis a = Fixtures.analyze("The ferry company said its losses would be reported with its results in May. "
                + "Ministers agreed last week that the schools would close on Sunday. “We expect both sides at the "
                + "table on Monday,” the mediator said. Without the strike, the new terminal would have opened in "
                + "January. The statues that dot the island were moved on Tuesday.", PUBLISHED).analysis();
        // a past saying's future: the nearest May (not the one before) and the nearest Sunday (three days back)
        assertThat(valueOf(a, "May")).isEqualTo("2019-05");
        assertThat(valueOf(a, "Sunday")).isEqualTo("2019-02-17");
        assertThat(valueOf(a, "Monday")).isEqualTo("2019-02-25");
        assertThat(valueOf(a, "January")).isEqualTo("2019-01");
        // the narration's present ("dot") is no future
        assertThat(valueOf(a, "Tuesday")).isEqualTo("2019-02-19");
        // a quote's present is that of the day it was said, which another time of the sentence gives
        Analysis said = Fixtures.analyze("“The ferry sails on Monday,” the harbour master said on Friday.",
                PUBLISHED).analysis();
        assertThat(valueOf(said, "Monday")).isEqualTo("2019-02-18");
    }

    @Test
    void a_purpose_after_a_weekday_does_not_move_it_past_the_verb_before_it() {
        Analysis a = Fixtures.analyze("The board approved the loan on Monday to buy two ferries. The union plans to "
                + "strike on Friday to press its claim. On Thursday the mayor met residents to discuss the flooding.",
                PUBLISHED).analysis();
        assertThat(valueOf(a, "Monday")).isEqualTo("2019-02-18");
        assertThat(valueOf(a, "Friday")).isEqualTo("2019-02-22");
        assertThat(valueOf(a, "Thursday")).isEqualTo("2019-02-14");
    }

    @Test
    void what_was_tried_in_the_past_is_no_intent() {
        Analysis a = Fixtures.analyze("The clerk said the driver had tried to reach her on Monday. The guard managed "
                + "to leave the building on Friday. The union agreed to strike on Saturday.", PUBLISHED).analysis();
        assertThat(valueOf(a, "Monday")).isEqualTo("2019-02-18");
        assertThat(valueOf(a, "Friday")).isEqualTo("2019-02-15");
        assertThat(valueOf(a, "Saturday")).isEqualTo("2019-02-23");
    }

    @Test
    void the_verb_of_a_dates_own_clause_decides_before_an_attribution_after_a_comma() {
        Analysis a = Fixtures.analyze("The ferries will run on batteries from April, the operator said on Tuesday. "
                + "The old boats were sold in March, and the crews will train in December.", PUBLISHED).analysis();
        assertThat(valueOf(a, "April")).isEqualTo("2019-04");
        assertThat(valueOf(a, "Tuesday")).isEqualTo("2019-02-19");
        assertThat(valueOf(a, "March")).isEqualTo("2018-03");
        assertThat(valueOf(a, "December")).isEqualTo("2019-12");
    }

    @Test
    void durations_carry_their_amount_as_a_timex3_period() {
        Analysis a = Fixtures.analyze("The mill will shed 400 jobs over the next three years. The new bridge is "
                + "nearly one and a half years late. Shipments ran from 2012 to 2015.", PUBLISHED).analysis();
        assertThat(valueOf(a, "three years")).isEqualTo("P3Y");
        assertThat(valueOf(a, "half years")).isEqualTo("P1.5Y");
        assertThat(a.times()).allSatisfy(t -> {
            if (t.type().equals("DURATION")) assertThat(t.value()).matches("P(\\d|T).*");
        });
    }

    @Test
    void the_last_quarter_is_the_one_before_the_publication_date() {
        Analysis a = Fixtures.analyze("Sales of the handset doubled in the last quarter.", PUBLISHED).analysis();
        assertThat(valueOf(a, "last quarter")).isEqualTo("2018-Q4");
    }

    @Test
    void offsets_point_at_the_expression() {
        String text = "Officials said yesterday that the bridge reopened.";
        Analysis a = Fixtures.analyze(text, PUBLISHED).analysis();
        TimeExpression t = a.times().get(0);
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()).isEqualTo("yesterday");
        assertThat(t.value()).isEqualTo("2019-02-19");
    }

    @Test
    void an_undated_article_is_dated_by_its_latest_past_reference_and_resolved_against_it() {
        Analysis a = Fixtures.analyze("The storm hit the coast on March 3, 2018. Two days later, on March 5, "
                + "2018, officials counted the damage. Repairs began the next week.", null).analysis();
        assertThat(a.publishedEstimate()).isNotNull();
        assertThat(a.publishedEstimate().earliest()).isEqualTo("2018-03-05");
        assertThat(a.publishedEstimate().basis()).contains("March 5");
    }

    /** Guards for any rule that would bound publication by a year (tried and withdrawn, docs/nlp.md "Years as bounds"). */
    @Test
    void a_year_set_as_a_target_or_a_plan_dates_no_undated_article() {
        for (String text : List.of("The ministry pledged to halve emissions by 2030. The plan was welcomed.",
                "The 2030 targets are ambitious, the minister says.",
                "The founder announced that the new system would be released in 2027, a year late.",
                "The telescope, scheduled for launch in 2027, was shown to reporters.",
                "The company announced a product launch in 2031 at its annual meeting.",
                "Brisbane was chosen as host of the 2032 Olympics last week.")) {
            assertThat(Fixtures.analyze(text, null).analysis().publishedEstimate()).as(text).isNull();
        }
    }

    @Test
    void an_outlet_named_today_is_no_day_and_leaves_the_date_beside_it_whole() {
        Analysis told = Fixtures.analyze("The mayor told Harbor Today on Monday that the plan would go ahead.",
                PUBLISHED).analysis();
        assertThat(told.times()).extracting(TimeExpression::text).containsExactly("Monday");
        Analysis undated = Fixtures.analyze("Coast Today, 14 March 2025, reported that the bridge had reopened on "
                + "Friday.", null).analysis();
        assertThat(valueOf(undated, "14 March 2025")).isEqualTo("2025-03-14");
        assertThat(undated.times()).extracting(TimeExpression::text).noneMatch(t -> t.contains("Today"));
        assertThat(undated.publishedEstimate().earliest()).isEqualTo("2025-03-14");
        Analysis day = Fixtures.analyze("Today, the council met again to discuss the budget.", PUBLISHED).analysis();
        assertThat(valueOf(day, "Today")).isEqualTo(PUBLISHED);
    }

    private static TimeExpression timeOf(Analysis a, String text) {
        return a.times().stream().filter(t -> t.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no time '" + text + "' in " + a.times()));
    }

    @Test
    void ago_marks_the_duration_before_it() {
        TimeExpression t = timeOf(Fixtures.analyze("The plant opened three years ago.", PUBLISHED).analysis(),
                "years");
        assertThat(t.text()).isEqualTo("three years");
        assertThat(t.type()).isEqualTo("DURATION");
        assertThat(t.value()).isEqualTo("P3Y");
    }

    @Test
    void quarters_without_a_year_are_placed_by_tense() {
        Analysis a = Fixtures.analyze("The carmaker lost money in the fourth quarter. Its first-quarter sales rose. "
                + "The mill expects to break even in the third quarter. Profit fell in the final quarter. Output rose "
                + "in the second quarter of 2017.", PUBLISHED).analysis();
        assertThat(valueOf(a, "the fourth quarter")).isEqualTo("2018-Q4");
        assertThat(valueOf(a, "first-quarter")).isEqualTo("2019-Q1");
        assertThat(valueOf(a, "third quarter")).isEqualTo("2019-Q3");
        assertThat(valueOf(a, "final quarter")).isEqualTo("2018-Q4");
        assertThat(valueOf(a, "second quarter of 2017")).isEqualTo("2017-Q2");
    }

    @Test
    void halves_fiscal_years_and_prefixed_years() {
        Analysis a = Fixtures.analyze("Revenue fell in the first half of 2018. The retailer lost money in fiscal "
                + "2018. Profits will rise next fiscal year. The line will open in mid-2021. The first half of the "
                + "match was dull. Exports grew in the 2016/17 fiscal year.", PUBLISHED).analysis();
        assertThat(valueOf(a, "first half of 2018")).isEqualTo("2018-H1");
        assertThat(valueOf(a, "fiscal 2018")).isEqualTo("FY2018");
        assertThat(valueOf(a, "next fiscal year")).isEqualTo("FY2020");
        assertThat(valueOf(a, "2016/17")).isEqualTo("FY2016");
        assertThat(timeOf(a, "2021").text()).isEqualTo("mid-2021");
        assertThat(valueOf(a, "mid-2021")).isEqualTo("2021");
        assertThat(a.times()).noneMatch(t -> t.text().contains("half of the"));
    }

    @Test
    void glued_offsets_and_ordinals_are_cut_from_a_date() {
        Analysis a = Fixtures.analyze("The ship docks on March 3, two days later than planned. The firm unveiled on "
                + "Monday the first model of its range.", PUBLISHED).analysis();
        assertThat(timeOf(a, "March").text()).isEqualTo("March 3");
        assertThat(valueOf(a, "March")).isEqualTo("2019-03-03");
        assertThat(timeOf(a, "Monday").text()).isEqualTo("Monday");
        assertThat(valueOf(a, "Monday")).isEqualTo("2019-02-18");
    }

    @Test
    void a_clock_time_falls_on_the_day_its_sentence_names() {
        Analysis a = Fixtures.analyze("The rocket lifted off on Sunday in calm weather, at 14:00 UTC. The probe "
                + "landed Sunday at 09:00 UTC.", PUBLISHED).analysis();
        assertThat(valueOf(a, "14:00")).isEqualTo("2019-02-17T14:00Z");
        assertThat(valueOf(a, "09:00")).isEqualTo("2019-02-17T09:00Z");
    }

    @Test
    void a_clock_time_is_not_put_on_the_day_a_comparison_names() {
        Analysis a = Fixtures.analyze("Polls closed at 19:00 on Sunday. Turnout had reached 38 percent by 15:00, "
                + "lower than in the election of February 3.", PUBLISHED).analysis();
        assertThat(valueOf(a, "15:00")).startsWith(PUBLISHED + "T15:00");
    }

    @Test
    void decades_are_written_with_three_digits_and_the_past_decade_is_the_one_before() {
        Analysis a = Fixtures.analyze("Prices last reached this level in the 1990s. Sales doubled in the past "
                + "decade.", PUBLISHED).analysis();
        assertThat(valueOf(a, "1990s")).isEqualTo("199");
        assertThat(valueOf(a, "past decade")).isEqualTo("200");
    }

    @Test
    void words_that_only_look_like_times_are_not_times() {
        Analysis a = Fixtures.analyze("A second aircraft landed. The fall in prices worried investors. This may "
                + "help exports. The board will vote once more. It was an exciting day for the town.", PUBLISHED)
                .analysis();
        assertThat(a.times()).isEmpty();
    }

    @Test
    void an_amount_of_months_without_a_value_becomes_a_duration() {
        Analysis a = Fixtures.analyze("Sales rose in the first nine months of the year.", PUBLISHED).analysis();
        assertThat(timeOf(a, "nine months").type()).isEqualTo("DURATION");
        assertThat(valueOf(a, "nine months")).isEqualTo("P9M");
    }

    @Test
    void a_shift_by_years_or_months_has_that_precision() {
        Analysis a = Fixtures.analyze("Profit rose from a year earlier. The plant reopened three months later.",
                PUBLISHED).analysis();
        assertThat(valueOf(a, "a year earlier")).isEqualTo("2018");
        assertThat(valueOf(a, "three months later")).isEqualTo("2019-05");
    }

    @Test
    void since_a_year_marks_the_year() {
        Analysis a = Fixtures.analyze("Stocks had their worst week since 2001.", PUBLISHED).analysis();
        assertThat(timeOf(a, "2001").text()).isEqualTo("2001");
        assertThat(valueOf(a, "2001")).isEqualTo("2001");
        assertThat(a.times()).allSatisfy(t -> assertThat(t.value()).isNotNull());
    }

    @Test
    void a_game_s_halves_and_quarters_are_no_parts_of_a_year() {
        Analysis a = Fixtures.analyze("The striker scored twice in the second half, and the home side led in the "
                + "fourth quarter of the final.", PUBLISHED).analysis();
        assertThat(a.times()).noneMatch(t -> t.text().contains("half") || t.text().contains("quarter"));
    }

    @Test
    void a_weekday_with_its_own_date_keeps_the_date() {
        Analysis a = Fixtures.analyze("The probe will land on Sunday, June 14 at 09:00 UTC.", PUBLISHED).analysis();
        assertThat(valueOf(a, "June 14")).startsWith("2019-06-14");
    }

    @Test
    void the_past_verb_of_a_relative_clause_places_its_month_though_the_sentence_says_will() {
        assertThat(valueIn("The city will rebuild the bridge and reopen the market the floods destroyed in November.",
                PUBLISHED, "November")).isEqualTo("2018-11");
        assertThat(valueIn("Inspectors will return the passports that border guards confiscated in December.",
                PUBLISHED, "December")).isEqualTo("2018-12");
        assertThat(valueIn("The city will reopen the market in November.", PUBLISHED, "November")).isEqualTo("2019-11");
    }

    @Test
    void a_perfect_infinitive_marks_no_tense_and_its_month_is_the_nearest() {
        // session 27 (review26u #13): "to have dipped" was read as the future of "to"
        assertThat(valueIn("Sales of new cars are predicted to have dipped below nine million in March.",
                "2009-04-01", "March")).isEqualTo("2009-03");
        assertThat(valueIn("The contractor is expected to have finished the new runway by March.", "2009-01-15",
                "March")).isEqualTo("2009-03");
        // a plain infinitive still looks ahead
        assertThat(valueIn("The contractor is expected to finish the new runway in March.", "2009-04-01",
                "March")).isEqualTo("2010-03");
    }

    @Test
    void what_may_happen_on_a_named_day_lies_ahead_or_nearest_after_a_past_saying() {
        // session 27 (review27u #4), published on a Saturday
        String saturday = "2026-11-21";
        assertThat(valueIn("The Met Office said up to 80mm of rain could fall on high ground by Sunday evening.",
                saturday, "Sunday")).isEqualTo("2026-11-22TEV");
        assertThat(valueIn("Talks between the two unions may resume on Monday.", saturday, "Monday"))
                .isEqualTo("2026-11-23");
        // a past inability and a modal perfect stay in the past
        assertThat(valueIn("The minister could not be reached for comment on Thursday.", saturday, "Thursday"))
                .isEqualTo("2026-11-19");
        assertThat(valueIn("The fire may have started on Thursday.", saturday, "Thursday")).isEqualTo("2026-11-19");
        // session 27 review: a modal in a story of the past tells what could be done then
        assertThat(valueIn("Before the bridge collapsed on Tuesday, commuters could still walk across it on Monday "
                + "morning.", "2026-11-25", "Monday")).isEqualTo("2026-11-23TMO");
        assertThat(valueIn("Voters could choose a new mayor on Sunday, and turnout was low.", saturday, "Sunday"))
                .isEqualTo("2026-11-15");
        // a day far from the modal's verb belongs to another: "could fuel ... assertion on Tuesday night"
        assertThat(valueIn("The comments could fuel the candidate's concern that he cannot trust the party or the "
                + "chairman's assertion on Tuesday night that the party backs him.", "2026-11-19", "Tuesday"))
                .isEqualTo("2026-11-17TNI");
    }

    @Test
    void a_day_whose_event_was_called_off_is_the_nearest_one() {
        assertThat(valueIn("The match on Sunday has been postponed, the club said.", "2026-11-21", "Sunday"))
                .isEqualTo("2026-11-22");
        assertThat(valueIn("The concert on Friday was cancelled because of the storm.", "2026-11-21", "Friday"))
                .isEqualTo("2026-11-20");
        // the simple past of calling off keeps the sentence's tense: told on a Wednesday, the Saturday gone
        assertThat(valueIn("The derby on Saturday was called off because of snow.", "2026-11-25", "Saturday"))
                .isEqualTo("2026-11-21");
        // an event that took place keeps the sentence's tense
        assertThat(valueIn("The match on Sunday was won by the visitors.", "2026-11-21", "Sunday"))
                .isEqualTo("2026-11-15");
    }

    @Test
    void a_season_or_the_new_year_without_a_year_is_placed_by_tense() {
        String november = "2026-11-21";
        assertThat(valueIn("The council said it would review its flood plans in the new year.", november,
                "new year")).isEqualTo("2027");
        assertThat(valueIn("The council said it would publish the plans in the spring.", november, "spring"))
                .isEqualTo("2027-SP");
        assertThat(valueIn("The council published the plans in the spring.", november, "spring"))
                .isEqualTo("2026-SP");
        assertThat(valueIn("The council will publish the plans in the summer.", november, "summer"))
                .isEqualTo("2027-SU");
        // ... unless the sentence tells of it as begun
        assertThat(valueIn("Sales picked up after the new year.", "2026-09-01", "new year")).isEqualTo("2026");
        assertThat(valueIn("Since the new year the firm has opened ten shops.", november, "new year"))
                .isEqualTo("2026");
        // "this summer" is the current year's whatever the tense
        assertThat(valueIn("Delegates will cast their votes this summer.", "2026-09-01", "summer"))
                .isEqualTo("2026-SU");
        // in spring, "the new year" is the one under way
        assertThat(valueIn("Sales have been weak since the new year.", "2026-04-10", "new year")).isEqualTo("2026");
    }

    @Test
    void a_vague_number_of_years_ago_is_a_duration_of_unknown_count() {
        assertThat(valueIn("The first farmers settled the valley thousands of years ago.", "2026-11-21", "years"))
                .isEqualTo("PXY");
        assertThat(valueIn("Years ago, the mill was the town's largest employer.", "2026-11-21", "Years"))
                .isEqualTo("PXY");
    }

    @Test
    void four_digits_before_utc_or_gmt_are_a_clock_time() {
        Analysis a = Fixtures.analyze("The ship sailed at 0930 UTC on Friday. The 1930 census counted 2,000 people.",
                "2026-11-21").analysis();
        assertThat(valueOf(a, "0930 UTC")).isEqualTo("2026-11-20T09:30Z");
        assertThat(valueOf(a, "1930")).isEqualTo("1930");
        // a year before the zone's own name is no time
        assertThat(valueIn("In 1950 GMT was still the legal time in Ireland.", "2026-11-21", "1950"))
                .isEqualTo("1950");
    }

    @Test
    void a_month_something_was_put_off_to_lies_after_the_putting_off() {
        Analysis a = Fixtures.analyze("A magistrate adjourned the bribery trial until May. The ministry suspended "
                + "the licence tenders till April.", PUBLISHED).analysis();
        assertThat(valueOf(a, "May")).isEqualTo("2019-05");
        assertThat(valueOf(a, "April")).isEqualTo("2019-04");
        // in August a past putting off to July may be months old: the July just gone; a future one is the next
        String august = "2019-08-14";
        assertThat(valueIn("The league postponed the final match until July.", august, "July")).isEqualTo("2019-07");
        assertThat(valueIn("The final was postponed until July.", august, "July")).isEqualTo("2019-07");
        assertThat(valueIn("The final will be postponed until July.", august, "July")).isEqualTo("2020-07");
    }

    /** The value of the time containing {@code time} in {@code sentence} published on {@code published}. */
    private static String valueIn(String sentence, String published, String time) {
        return valueOf(Fixtures.analyze(sentence, published).analysis(), time);
    }

    @Test
    void the_verb_last_takes_a_duration_not_the_days_before() {
        Analysis a = Fixtures.analyze("The hearings are expected to last five days. The strike could last two "
                + "weeks. The blackout lasted six hours.", PUBLISHED).analysis();
        TimeExpression days = timeOf(a, "days");
        assertThat(days.text()).isEqualTo("five days");
        assertThat(days.type()).isEqualTo("DURATION");
        assertThat(days.value()).isEqualTo("P5D");
        assertThat(valueOf(a, "weeks")).isEqualTo("P2W");
        assertThat(valueOf(a, "hours")).isEqualTo("PT6H");
    }

    @Test
    void a_timetable_verb_in_the_present_dates_the_weekday_after_it_ahead() {
        Analysis a = Fixtures.analyze("The exhibition, which opened on Saturday, closes on Sunday. Traders sold out "
                + "before the festival ends on Friday.", PUBLISHED).analysis();
        assertThat(valueOf(a, "Saturday")).isEqualTo("2019-02-16");
        assertThat(valueOf(a, "Sunday")).isEqualTo("2019-02-24");
        assertThat(valueOf(a, "Friday")).isEqualTo("2019-02-22");
        Analysis past = Fixtures.analyze("The festival ended on Friday. The rebels signed a treaty on Monday that "
                + "ends the war.", PUBLISHED).analysis();
        assertThat(valueOf(past, "Friday")).isEqualTo("2019-02-15");
        assertThat(valueOf(past, "Monday")).isEqualTo("2019-02-18");
    }

    @Test
    void ordinal_counts_and_once_as_a_conjunction_are_no_times() {
        Analysis a = Fixtures.analyze("Exports fell for the fifth year running. Rents rose for the third consecutive "
                + "month. The ferry will sail once the storm passes.", PUBLISHED).analysis();
        assertThat(a.times()).isEmpty();
    }

    @Test
    void an_ordinal_count_of_days_parts_from_the_weekday_it_reached() {
        Analysis a = Fixtures.analyze("Nurses kept up their walkout for a second day on Tuesday. Prices of "
                + "rice rose for the 12th straight day on Monday.", PUBLISHED).analysis();
        assertThat(a.times()).extracting(TimeExpression::text).containsExactly("Tuesday", "Monday");
        assertThat(valueOf(a, "Tuesday")).isEqualTo("2019-02-19");
        assertThat(valueOf(a, "Monday")).isEqualTo("2019-02-18");
        // near misses: an ordinal of a thing, and a count standing apart from its day, keep their reading
        Analysis near = Fixtures.analyze("A second suspect was arrested on Tuesday. On the third day of the trial, "
                + "on Monday, the judge called a recess.", PUBLISHED).analysis();
        assertThat(near.times()).extracting(TimeExpression::text).contains("Tuesday", "Monday")
                .noneMatch(t -> t.contains("second") || t.contains("third"));
        assertThat(valueOf(near, "Tuesday")).isEqualTo("2019-02-19");
    }

    @Test
    void a_day_or_week_of_a_month_is_no_run_and_stays_whole() {
        // session 24 review: "the first week in March" names a week of March
        Analysis a = Fixtures.analyze("Negotiators will meet again in the first week in March. The exams, usually "
                + "held in the second week in June, will be moved.", PUBLISHED).analysis();
        assertThat(a.times()).extracting(TimeExpression::text)
                .contains("the first week in March", "the second week in June").doesNotContain("March", "June");
        // a run marker or months counted still part the count from the month
        Analysis run = Fixtures.analyze("Inflation rose for a third month in April. The fifth consecutive week in "
                + "January of strikes has cost the health service millions.", PUBLISHED).analysis();
        assertThat(run.times()).extracting(TimeExpression::text).contains("April", "January")
                .noneMatch(t -> t.contains("third") || t.contains("fifth"));
    }

    @Test
    void a_participle_before_a_bare_unit_stays_in_the_span() {
        // session 24 review: cutting "following" would leave "days", which names no time
        Analysis a = Fixtures.analyze("Flood warnings are in place for following days as well. Polls published "
                + "during following weeks will be watched.", PUBLISHED).analysis();
        assertThat(a.times()).extracting(TimeExpression::text).doesNotContain("days", "weeks");
        // a pointer after the verb is cut as before
        Analysis b = Fixtures.analyze("The strike is set to begin next week.", PUBLISHED).analysis();
        assertThat(b.times()).extracting(TimeExpression::text).containsExactly("next week");
    }

    @Test
    void a_verb_before_a_time_stays_out_of_its_span() {
        Analysis a = Fixtures.analyze("Construction is due to start next month. The new line will open next "
                + "year.", PUBLISHED).analysis();
        assertThat(a.times()).extracting(TimeExpression::text).containsExactly("next month", "next year");
        assertThat(valueOf(a, "next month")).isEqualTo("2019-03");
        // a noun "start" or "end" belongs to the expression
        Analysis noun = Fixtures.analyze("Talks are expected by the end of the month.", PUBLISHED).analysis();
        assertThat(noun.times()).extracting(TimeExpression::text).containsExactly("the end of the month");
        Analysis season = Fixtures.analyze("The end of the season is next month. March 5 marks the anniversary.",
                PUBLISHED).analysis();
        assertThat(season.times()).extracting(TimeExpression::text).contains("next month", "March 5");
    }

    @Test
    void a_four_digit_number_in_a_list_of_numbers_is_no_year() {
        Analysis list = Fixtures.analyze("31190\n77678\n1725\n61503\n33994\n1985\n88003\n8392\n", null)
                .analysis();
        assertThat(list.times()).isEmpty();
        // years among numbers, but with words beside them
        Analysis years = Fixtures.analyze("Output rose 12 percent in 1985. Sales were 4,200 in 2019, 5,100 in 2020 "
                + "and 6,000 in 2021.", PUBLISHED).analysis();
        assertThat(years.times()).extracting(TimeExpression::text).contains("1985", "2019", "2020", "2021");
        Analysis table = Fixtures.analyze("Rainfall totals: 1998 12.4, 1999 10.1, 2000 9.8 millimetres.", PUBLISHED)
                .analysis();
        assertThat(table.times()).extracting(TimeExpression::text).contains("1998", "1999", "2000");
        Analysis runs = Fixtures.analyze("She ran for governor three times — 2010, 2014, 2018.", PUBLISHED).analysis();
        assertThat(runs.times()).extracting(TimeExpression::text).contains("2010", "2014", "2018");
        // session 24 review: years stepping one way through a list or a column are years, the figures beside them not
        Analysis finals = Fixtures.analyze("The club has reached the final seven times: 1998, 2003, 2007, 2011, 2015, "
                + "2019, 2023.", PUBLISHED).analysis();
        assertThat(finals.times()).extracting(TimeExpression::text).contains("2007", "2011", "2015");
        Analysis column = Fixtures.analyze("2017 1405\n2018 1522\n2019 1610\n", PUBLISHED).analysis();
        assertThat(column.times()).extracting(TimeExpression::text).contains("2018", "2019")
                .doesNotContain("1405", "1522", "1610");
        // codes in the years' range that jump about are no run
        Analysis codes = Fixtures.analyze("4410\n2031\n2077\n2012\n5120\n", null).analysis();
        assertThat(codes.times()).isEmpty();
    }

    @Test
    void a_number_after_a_noun_that_numbers_things_is_no_year() {
        Analysis a = Fixtures.analyze("Flight 1725 from Denver landed safely on Tuesday. The council backed "
                + "Resolution 2094 and moved the meeting to Room 2010.", PUBLISHED).analysis();
        assertThat(a.times()).extracting(TimeExpression::text).containsExactly("Tuesday");
        // near misses: a year after an act's name, a month, a preposition or a season is a year
        Analysis years = Fixtures.analyze("The Companies Act 2006 was amended in 2019. Flights resumed in "
                + "January 2021, and the route reopened by 2022.", PUBLISHED).analysis();
        assertThat(years.times()).extracting(TimeExpression::text).contains("2006", "2019", "January 2021", "2022");
    }

    @Test
    void a_date_under_a_modal_bounds_no_undated_article() {
        Analysis a = Fixtures.analyze("Residents voted on March 12, 2024 to approve a new clinic. The council said "
                + "the building would be finished by September 2026.", null).analysis();
        assertThat(a.publishedEstimate().earliest()).isEqualTo("2024-03-12");
        assertThat(a.publishedEstimate().latest()).isNull();
        Analysis could = Fixtures.analyze("Engineers said on May 3, 2023 that the mine could reopen in August 2025.",
                null).analysis();
        assertThat(could.publishedEstimate().earliest()).isEqualTo("2023-05-03");
        // near misses: a past "by" is a lower bound, a "will" an upper one, "would have" the past
        assertThat(Fixtures.analyze("The bridge was finished by September 2023, officials said.", null).analysis()
                .publishedEstimate().earliest()).isEqualTo("2023-09-01");
        assertThat(Fixtures.analyze("The school will open in September 2026.", null).analysis()
                .publishedEstimate().latest()).isEqualTo("2026-09-01");
        assertThat(Fixtures.analyze("Without the strike, the line would have opened in June 2022.", null).analysis()
                .publishedEstimate().earliest()).isEqualTo("2022-06-01");
    }

    @Test
    void a_photo_caption_s_day_bounds_an_undated_article_from_below_without_anchoring_its_times() {
        String text = "The minister said last year that the reform was his priority. In his 2019 budget speech he "
                + "promised lower taxes.";
        Analysis a = Fixtures.ANALYZER.analyze(Article.builder().text(text).language("en").captions(List.of(
                new Caption("The minister arrives at parliament in Rome on October 3, 2019.", "Reuters"))).build())
                .analysis();
        assertThat(a.publishedEstimate().earliest()).isEqualTo("2019-10-03");
        assertThat(a.publishedEstimate().basis()).contains("caption");
        assertThat(a.times()).filteredOn(t -> t.text().equals("last year")).singleElement()
                .satisfies(t -> assertThat(t.value()).isNull());
        // the article's own dates come first; a caption looking ahead bounds nothing
        Analysis dated = Fixtures.ANALYZER.analyze(Article.builder().text("The storm hit the coast on March 3, 2018."
                + " Repairs began last week.").language("en").captions(List.of(new Caption("A flooded street in "
                + "Brest on March 9, 2018.", null))).build()).analysis();
        assertThat(dated.publishedEstimate().earliest()).isEqualTo("2018-03-03");
        Analysis ahead = Fixtures.ANALYZER.analyze(Article.builder().text(text).language("en").captions(List.of(
                new Caption("The stadium that will host the final on July 5, 2026.", null))).build()).analysis();
        assertThat(ahead.publishedEstimate()).isNull();
        // session 24 review: an infinitive before the date, a schedule, "ahead of"
        for (String future : List.of("MetLife Stadium, which is to host the final on July 19, 2026.",
                "The aquatics centre in Brisbane, which is due to open on March 1, 2031.",
                "The rocket on the launch pad ahead of its launch, scheduled for May 5, 2027.")) {
            assertThat(Fixtures.ANALYZER.analyze(Article.builder().text(text).language("en").captions(List.of(
                    new Caption(future, null))).build()).analysis().publishedEstimate()).as(future).isNull();
        }
        // "to" before a noun phrase is a preposition, and a purpose after the date is the photo's
        for (String past : List.of("Protesters march to the parliament in Rome on June 12, 2018.",
                "Farmers gathered in Paris on June 12, 2018 to protest against fuel prices.",
                "Workers on the new bridge, which opened to traffic on June 12, 2018.")) {
            assertThat(Fixtures.ANALYZER.analyze(Article.builder().text(text).language("en").captions(List.of(
                    new Caption(past, null))).build()).analysis().publishedEstimate().earliest()).as(past)
                    .isEqualTo("2018-06-12");
        }
    }

    @Test
    void a_crawl_s_capture_time_bounds_an_undated_article_from_above_without_anchoring_its_times() {
        SourceRef crawl = new SourceRef("crawl.warc.gz", null, "urn:uuid:1", 0L, "https://news.example/a",
                "2019-03-02T06:15:00Z");
        String relativeOnly = "The minister said last week that the reform was his priority.";
        Analysis a = Fixtures.ANALYZER.analyze(Article.builder().text(relativeOnly).language("en").source(crawl)
                .build()).analysis();
        assertThat(a.publishedEstimate().earliest()).isNull();
        assertThat(a.publishedEstimate().latest()).isEqualTo("2019-03-02");
        assertThat(a.publishedEstimate().basis()).contains("captured");
        assertThat(a.times()).filteredOn(t -> t.text().equals("last week")).singleElement()
                .satisfies(t -> assertThat(t.value()).isNull());
        assertThat(a.analysisWarnings()).anyMatch(w -> w.contains("capture date"));
        // the text's past date stays the earliest bound, the capture closes the range
        Analysis past = Fixtures.ANALYZER.analyze(Article.builder().text("The storm hit the coast on February 27, "
                + "2019. Repairs began last week.").language("en").source(crawl).build()).analysis();
        assertThat(past.publishedEstimate().earliest()).isEqualTo("2019-02-27");
        assertThat(past.publishedEstimate().latest()).isEqualTo("2019-03-02");
        // a future date before the capture is the tighter bound and stays
        Analysis ahead = Fixtures.ANALYZER.analyze(Article.builder().text("The storm hit the coast on February 27, "
                + "2019. The port will reopen on March 1, 2019.").language("en").source(crawl).build()).analysis();
        assertThat(ahead.publishedEstimate().latest()).isEqualTo("2019-03-01");
        // a past date after the capture: one of them is wrong; the text's evidence stays and a warning says so
        Analysis contradicted = Fixtures.ANALYZER.analyze(Article.builder().text("The storm hit the coast on May 4, "
                + "2019.").language("en").source(crawl).build()).analysis();
        assertThat(contradicted.publishedEstimate().earliest()).isEqualTo("2019-05-04");
        assertThat(contradicted.publishedEstimate().latest()).isNull();
        assertThat(contradicted.analysisWarnings()).anyMatch(w -> w.contains("captured on 2019-03-02"));
        // a dated article is not estimated at all
        Analysis dated = Fixtures.ANALYZER.analyze(Article.builder().text(relativeOnly).language("en").source(crawl)
                .published("2019-03-01").build()).analysis();
        assertThat(dated.publishedEstimate()).isNull();
        assertThat(dated.analysisWarnings()).noneMatch(w -> w.contains("captured"));
        // a publication day after the capture is named, with a day of grace for zones ahead of UTC
        Analysis late = Fixtures.ANALYZER.analyze(Article.builder().text(relativeOnly).language("en").source(crawl)
                .published("2019-03-05").build()).analysis();
        assertThat(late.analysisWarnings()).anyMatch(w -> w.contains("2019-03-05") && w.contains("captured on "
                + "2019-03-02"));
        Analysis nextDay = Fixtures.ANALYZER.analyze(Article.builder().text(relativeOnly).language("en")
                .source(crawl).published("2019-03-03").build()).analysis();
        assertThat(nextDay.analysisWarnings()).noneMatch(w -> w.contains("captured"));
    }

    @Test
    void a_relative_clause_does_not_date_its_head_s_sentence() {
        // session 28: the delaying and the rebuilding are past, the return and the match are not
        String november = "2026-11-20";
        assertThat(valueIn("Parliament returns in the new year to debate the budget, which was delayed last month.",
                november, "new year")).isEqualTo("2027");
        assertThat(valueIn("Talks resume in January on the trade deal that collapsed in the summer.", november,
                "January")).isEqualTo("2027-01");
        // a relative clause holding the expression is its own clause, and a main verb in the past still dates it
        assertThat(valueIn("Residents who lost their homes in March are still waiting for help.", november,
                "March")).isEqualTo("2026-03");
        assertThat(valueIn("The storm, which hit the coast on Tuesday, left 4,000 homes without power.", november,
                "Tuesday")).isEqualTo("2026-11-17");
        assertThat(valueIn("Police arrested a man in March who was later released.", november, "March"))
                .isEqualTo("2026-03");
    }

    @Test
    void a_month_a_record_covers_is_the_last_one_begun() {
        // session 28: a report, a figure or a return covers a period gone, whatever a modal says of filing it
        String march = "2026-03-10";
        assertThat(valueIn("Companies must file their February reports by the end of the month.", march,
                "February")).isEqualTo("2026-02");
        assertThat(valueIn("The ministry should release the January inflation figure on Thursday.", march,
                "January")).isEqualTo("2026-01");
        assertThat(valueIn("Investors will study the July jobs report closely, analysts said.", "2026-08-15",
                "July")).isEqualTo("2026-07");
        assertThat(valueIn("Schools must send their September attendance returns to the council.", "2026-10-05",
                "September")).isEqualTo("2026-09");
        // a month before an event or an issue, or after a preposition, is placed by tense as before
        assertThat(valueIn("Companies must file their reports by February.", march, "February"))
                .isEqualTo("2027-02");
        assertThat(valueIn("The council will hold its April meeting in the town hall.", march, "April"))
                .isEqualTo("2026-04");
        assertThat(valueIn("The February storms cost insurers 2 billion pounds, the association said.", march,
                "February")).isEqualTo("2026-02");
        assertThat(valueIn("The March issue of the magazine will carry the interview.", "2026-02-20", "March"))
                .isEqualTo("2026-03");
        // an election's results lie ahead as often as a company's behind (PolNeAR train)
        assertThat(valueIn("The party will choose its leader after the November results have been tallied.",
                "2016-04-21", "November")).isEqualTo("2016-11");
    }

    @Test
    void a_name_modifying_a_noun_is_not_dated_by_the_saying_before_it() {
        // session 28: the festival is the reported clause's subject; the saying is past, the festival's "would" is not
        assertThat(valueIn("Organisers said the May festival would go ahead despite the cuts.", "2026-03-10",
                "May")).isEqualTo("2026-05");
        // a day the saying is dated by, and a clause of its own in the past, keep their tense
        assertThat(valueIn("Organisers said in May that the festival would go ahead.", "2026-03-10", "May"))
                .isEqualTo("2025-05");
        assertThat(valueIn("Organisers said the May festival had drawn record crowds.", "2026-11-20", "May"))
                .isEqualTo("2026-05");
        // PolNeAR train: a day the saying was made on, after its preposition ("said at a Sunday news conference",
        // written on a Monday)
        assertThat(valueIn("“Those messages will resonate,” he said at a Sunday news conference.", "2016-07-18",
                "Sunday")).isEqualTo("2016-07-17");
    }

    @Test
    void a_day_or_month_after_since_is_the_last_one_begun() {
        // PolNeAR train: the past this clause's relative clause gave it is no longer there to give
        assertThat(valueIn("Since October, officials have told residents not to drink the water, which they had "
                + "been assured was safe.", "2016-01-19", "October")).isEqualTo("2015-10");
        assertThat(valueIn("Since Monday, the bridge has been closed to lorries.", "2026-11-20", "Monday"))
                .isEqualTo("2026-11-16");
    }
}
