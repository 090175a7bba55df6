package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.newsgraph.dedup.DedupDocument;

/**
 * A near-duplicate evaluation set built from real articles by seeded, documented transformations.
 *
 * <p>Every original is kept as published (publisher as in the data). A share of the originals get one to three
 * copies; each copy gets at least one of {@link Edit}, drawn independently:
 * <ul>
 * <li>{@code REHEADLINE} (p 0.5): a new title; half the time the new headline also opens the text;</li>
 * <li>{@code PAGE} (p 0.5): navigation lines and teasers of other articles (from the same storyline when it has
 * any) added before and after, 0.3 to 1.0 times the article's length, so the page is up to twice its size;</li>
 * <li>{@code TRIM} (p 0.4): the ending cut, keeping 55% to 90% of the text at a sentence boundary;</li>
 * <li>{@code EDIT} (p 0.5): 1% to 5% of words dropped, swapped with a neighbour or replaced by a random word.</li>
 * </ul>
 * Copies carry another outlet's name, half of them name the original's publisher in {@code syndicated_from}, and
 * they are dated 0 to 3 days after the original. The arrival order is shuffled, so copies often come first.
 * Negatives are every other pair, among them the other articles of the same storyline: a MEANTIME topic, or a
 * keyword group of the 2019-2020 items (see {@link #storyline}).
 */
public final class DedupCorpus {

    enum Edit { REHEADLINE, PAGE, TRIM, EDIT }

    private static final String[] OUTLETS = {"Daily Courier", "Metro Herald", "The Ledger", "Newswire Today",
            "Valley Gazette", "Global Times Online", "Evening Post"};
    private static final String[][] STORYLINE_KEYWORDS = {{"covid", "coronavirus", "pandemic"}, {"impeach"},
            {"hong kong"}, {"soleimani", "iran"}, {"brexit"}, {"campaign trail"}, {"election"}};

    /** One document of the set and the id of the original it was made from (its own id for originals). */
    public record Case(DedupDocument document, String title, String original, String storyline) {
    }

    private DedupCorpus() {
    }

    public static List<Case> build(List<DemoArticle> articles, long seed, double copiedShare) {
        Random random = new Random(seed);
        CopyTransformer transform = new CopyTransformer(random);
        Map<String, List<String>> byStoryline = new HashMap<>();
        for (DemoArticle a : articles) {
            String s = storyline(a);
            if (s != null) byStoryline.computeIfAbsent(s, k -> new ArrayList<>()).add(a.text());
        }
        List<String> allTexts = articles.stream().map(DemoArticle::text).toList();
        List<String> vocabulary = List.of(String.join(" ", allTexts.subList(0, Math.min(20, allTexts.size())))
                .split("\\s+"));
        List<Case> cases = new ArrayList<>();
        for (DemoArticle a : articles) {
            Integer day = DedupDocument.epochDay(a.date());
            String storyline = storyline(a);
            cases.add(new Case(new DedupDocument(a.id(), a.text(), a.publisher(), null, day, null, a.title()),
                    a.title(), a.id(), storyline));
            if (random.nextDouble() >= copiedShare) continue;
            int copies = 1 + random.nextInt(3);
            for (int c = 0; c < copies; c++) {
                Set<Edit> edits = drawEdits(random);
                String title = a.title();
                String text = a.text();
                if (edits.contains(Edit.EDIT)) text = transform.lightEdits(text, 0.01 + 0.04 * random.nextDouble(),
                        vocabulary);
                if (edits.contains(Edit.TRIM)) text = transform.trimEnding(text, 0.55 + 0.35 * random.nextDouble());
                if (edits.contains(Edit.REHEADLINE)) {
                    title = transform.newHeadline(text);
                    if (random.nextBoolean()) text = title + "\n" + text;
                }
                if (edits.contains(Edit.PAGE)) {
                    List<String> others = new ArrayList<>(storyline == null ? allTexts : byStoryline.get(storyline));
                    others.remove(a.text());
                    if (others.isEmpty()) others = allTexts;
                    text = transform.embedInPage(text, others, 0.3 + 0.7 * random.nextDouble());
                }
                String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
                String from = random.nextBoolean() ? a.publisher() : null;
                Integer copyDay = day == null ? null : day + random.nextInt(4);
                String id = a.id() + "#copy" + c + "-" + edits.toString().toLowerCase(Locale.ROOT)
                        .replaceAll("[\\[\\] ]", "");
                cases.add(new Case(new DedupDocument(id, text, outlet, from, copyDay, null, title), title, a.id(),
                        storyline));
            }
        }
        Collections.shuffle(cases, random);
        return cases;
    }

    private static Set<Edit> drawEdits(Random random) {
        EnumSet<Edit> edits = EnumSet.noneOf(Edit.class);
        while (edits.isEmpty()) {
            if (random.nextDouble() < 0.5) edits.add(Edit.REHEADLINE);
            if (random.nextDouble() < 0.5) edits.add(Edit.PAGE);
            if (random.nextDouble() < 0.4) edits.add(Edit.TRIM);
            if (random.nextDouble() < 0.5) edits.add(Edit.EDIT);
        }
        return edits;
    }

    /** The MEANTIME topic, else the first keyword group whose words occur in the title, else null. */
    static String storyline(DemoArticle a) {
        if (a.topic() != null) return a.topic();
        String title = a.title() == null ? "" : a.title().toLowerCase(Locale.ROOT);
        for (String[] group : STORYLINE_KEYWORDS) {
            for (String keyword : group) {
                if (title.contains(keyword)) return group[0];
            }
        }
        return null;
    }
}
