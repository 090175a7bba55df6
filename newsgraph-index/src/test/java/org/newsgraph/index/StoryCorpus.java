package org.newsgraph.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.newsgraph.model.EntityType;

/**
 * Generated news: a few running stories, each with its own people, places and vocabulary, reported by several
 * outlets over days, plus syndicated copies of some reports (the same text under another outlet, with a teaser line
 * added). Words are drawn at random, so nothing depends on one phrasing.
 */
final class StoryCorpus {
    private static final String[] COMMON = ("the a of in on and to with for as at by from this that officials "
            + "said reported week day night local people city government statement later early").split(" ");
    private static final String[][] TOPICS = {
            "flood river levee rain evacuation water rescue bridge dam overflow".split(" "),
            "election ballot vote candidate polling turnout campaign recount district mayor".split(" "),
            "strike union wage factory workers contract picket negotiation pay shift".split(" "),
            "vaccine clinic dose trial patients hospital virus outbreak nurses health".split(" "),
            "satellite launch rocket orbit engine countdown payload mission crew pad".split(" "),
    };
    private static final String[][] PEOPLE = {
            {"Mara Jensen", "Riverton"}, {"Tomas Okafor", "Lakeshire"}, {"Ilse Brandt", "Kovel Works"},
            {"Dev Raman", "Northgate Clinic"}, {"Lena Petrova", "Cape Arlo"},
    };
    private static final String[] OUTLETS = {"Daily Planet", "Morning Star", "Evening Courier", "Wire Agency"};

    private StoryCorpus() {
    }

    /** {@code perTopic} reports per topic over days 1..days of March 2021, plus a copy of every fifth report. */
    static List<Fixtures.ArticleFixture> generate(long seed, int perTopic, int days) {
        Random random = new Random(seed);
        List<Fixtures.ArticleFixture> out = new ArrayList<>();
        int n = 0;
        for (int t = 0; t < TOPICS.length; t++) {
            for (int i = 0; i < perTopic; i++) {
                int day = 1 + (i * days / perTopic + random.nextInt(2)) % days;
                String person = PEOPLE[t][0];
                String place = PEOPLE[t][1];
                String body = person + " spoke in " + place + ". " + sentence(random, TOPICS[t], 40) + " "
                        + person + " said \"we will " + TOPICS[t][random.nextInt(10)] + " again\". "
                        + sentence(random, TOPICS[t], 30);
                String date = "2021-03-" + String.format("%02d", day);
                String id = "t" + t + "-" + i;
                String outlet = OUTLETS[random.nextInt(3)];
                out.add(report(id, TOPICS[t][0] + " report " + i, body, outlet, date, person, place));
                if (n++ % 5 == 0) {
                    String copy = "Read more: our newsletter on " + COMMON[random.nextInt(COMMON.length)] + ". " + body;
                    out.add(report(id + "-copy", "Syndicated: " + TOPICS[t][0] + " " + i, copy, OUTLETS[3],
                            "2021-03-" + String.format("%02d", Math.min(days, day + 1)), person, place));
                }
            }
        }
        return out;
    }

    private static Fixtures.ArticleFixture report(String id, String title, String body, String outlet, String date,
                                                  String person, String place) {
        int q = body.indexOf("we will");
        String quoted = body.substring(q, body.indexOf('"', q));
        return Fixtures.article(id, title, body).publisher(outlet).published(date)
                .entity(EntityType.PERSON, person).entity(EntityType.LOCATION, place)
                .quote(quoted, person, person);
    }

    private static String sentence(Random random, String[] topic, int words) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) b.append(' ');
            b.append(random.nextInt(3) == 0 ? topic[random.nextInt(topic.length)] : COMMON[random.nextInt(COMMON.length)]);
        }
        return b.append('.').toString();
    }
}
