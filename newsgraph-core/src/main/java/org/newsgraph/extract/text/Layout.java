package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.text.LineFact.Kind;
import org.newsgraph.model.Caption;

/**
 * The working state of one parse: the scrape's lines, what each says about itself, the role each has been given so
 * far, and what has been learnt about the page. Each step of {@link TextScrapeExtractor} refines the roles.
 */
final class Layout {

    /** Section lines ("from Asia Unbound") only count in the page head, above the first few lines. */
    private static final int HEAD_LINES = 4;
    /**
     * A date line naming an author or outlet counts as the page's only above the body: at most a headline and a dek,
     * the prose lines a head holds, come before it.
     */
    private static final int HEAD_PROSE = 2;

    final List<ScrapeLine> lines;
    final LineFact[] facts;
    final Role[] roles;
    final List<Caption> captions = new ArrayList<>();
    final Set<String> topics = new LinkedHashSet<>();
    final Set<String> bioAuthors = new LinkedHashSet<>();
    final List<String> warnings = new ArrayList<>();
    String title;
    String subtitle;

    private Layout(List<ScrapeLine> lines) {
        this.lines = lines;
        this.facts = new LineFact[lines.size()];
        this.roles = new Role[lines.size()];
        int prose = 0;
        for (int i = 0; i < facts.length; i++) {
            facts[i] = LineClassifier.classify(lines.get(i).text());
            roles[i] = facts[i].isHeadLine() && prose > HEAD_PROSE ? Role.PARAGRAPH : initialRole(facts[i].kind(), i);
            if (facts[i].is(Kind.PROSE)) prose++;
        }
    }

    static Layout of(String text) {
        return new Layout(HardWraps.unwrap(ScrapeLine.split(text)));
    }

    int size() {
        return roles.length;
    }

    String text(int i) {
        return lines.get(i).text();
    }

    boolean is(int i, Role role) {
        return i >= 0 && i < roles.length && roles[i] == role;
    }

    /** The next line at or after {@code from} with the given role, or -1. */
    int next(int from, Role role) {
        for (int i = Math.max(from, 0); i < roles.length; i++) {
            if (roles[i] == role) return i;
        }
        return -1;
    }

    private static Role initialRole(Kind kind, int index) {
        return switch (kind) {
            case PROSE -> Role.PARAGRAPH;
            case INTERFACE -> Role.INTERFACE;
            case TOPIC_HEADER, LINK_HEADER -> Role.NAVIGATION;
            case BYLINE -> Role.BYLINE;
            case CREDITS -> Role.CREDITS;
            case PHOTO_CREDIT -> Role.CREDIT;
            case COPYRIGHT -> Role.COPYRIGHT;
            case SYNDICATION -> Role.SYNDICATION;
            case LICENSE -> Role.LICENSE;
            case SECTION -> index < HEAD_LINES ? Role.SECTION : Role.PARAGRAPH;
            case PUBLISHED, MODIFIED -> Role.DATE;
            case LIST_ITEM -> Role.LIST_ITEM;
            case MARKED_QUOTE -> Role.QUOTE;
        };
    }
}
