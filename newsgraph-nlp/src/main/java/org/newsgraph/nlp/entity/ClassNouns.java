package org.newsgraph.nlp.entity;

import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.CountryNames;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the article itself says a name is. Encyclopaedic and news prose states the class of a name next to it:
 * "Linkin Park is an American rock band", "Bilka, a Danish hypermarket chain,", "the band Korn". The head noun of
 * that description (band, chain, singer, village) types the name better than the news-trained tagger does for
 * bands, shops and clubs it never saw; {@link EntityResolver} gives the type to every mention of the name in the
 * article and adds the name where the tagger missed it.
 */
final class ClassNouns {

    /** A name and the type its description gives it; {@code first}/{@code end} are token indexes. */
    record Typed(int first, int end, EntityType type) {
    }

    private static final Map<EntityType, Set<String>> CLASSES = Map.of(
            EntityType.ORGANIZATION, Set.of("band", "group", "company", "corporation", "firm", "manufacturer",
                    "maker", "carmaker", "automaker", "retailer", "chain", "label", "club", "team", "party",
                    "organisation", "organization", "association", "society", "network", "channel", "newspaper",
                    "magazine", "publisher", "airline", "bank", "brand", "agency", "union", "league",
                    "federation", "orchestra", "choir", "duo", "trio", "quartet", "quintet", "ensemble",
                    "franchise", "conglomerate", "subsidiary", "charity", "foundation", "institute", "university",
                    "college", "ministry", "council", "committee", "commission", "regiment", "brigade", "corps",
                    "movement", "cooperative", "operator", "supergroup", "outfit", "daily", "tabloid", "insurer",
                    "broadcaster", "multinational", "startup", "supermarket", "hypermarket"),
            EntityType.PERSON, Set.of("singer", "songwriter", "musician", "guitarist", "bassist", "drummer",
                    "vocalist", "rapper", "pianist", "actor", "actress", "politician", "player", "footballer",
                    "cricketer", "writer", "author", "poet", "novelist", "journalist", "painter", "composer",
                    "businessman", "businesswoman", "entrepreneur", "lawyer", "scientist", "physicist", "chemist",
                    "biologist", "mathematician", "economist", "historian", "philosopher", "priest", "bishop",
                    "soldier", "boxer", "wrestler", "athlete", "cyclist", "swimmer", "jockey", "comedian",
                    "presenter", "architect", "photographer", "professor", "physician", "activist", "diplomat",
                    "sculptor", "filmmaker", "screenwriter", "playwright", "conductor", "dancer", "explorer",
                    "inventor", "engineer", "officer", "statesman", "banker", "investor", "spokesman",
                    "spokeswoman", "executive", "chairman", "founder", "coach", "striker", "midfielder",
                    "defender", "goalkeeper", "quarterback", "pitcher"),
            EntityType.LOCATION, Set.of("city", "town", "village", "municipality", "river", "lake", "mountain",
                    "island", "country", "province", "county", "district", "region", "suburb", "neighbourhood",
                    "neighborhood", "capital", "parish", "valley", "peninsula", "hamlet", "borough", "commune",
                    "prefecture", "sea", "ocean", "bay", "desert", "locality", "settlement", "archipelago",
                    "township", "canton", "emirate", "kingdom", "republic", "state", "cave", "reservoir", "park",
                    "forest", "glacier", "canyon", "gorge", "wetland", "marsh", "swamp", "plateau", "waterfall",
                    "lagoon", "pond", "creek", "estuary", "reef", "volcano", "fjord"),
            // A vessel's name after its kind ("the trawler Mame Diarra Fall", "the tanker Stena Impero") is often
            // a person's name or words, and the tagger reads it as a person; the model has no type for craft, so
            // it is a miscellaneous name, as is a drug's brand name ("the drug Wegovy", session 28). Not "carrier",
            // which in news is most often an airline or a telecom.
            EntityType.MISC, Set.of("ship", "vessel", "trawler", "tanker", "ferry", "boat", "freighter",
                    "frigate", "destroyer", "cruiser", "warship", "submarine", "yacht", "liner", "schooner",
                    "barge", "tugboat", "dredger", "seiner", "longliner", "pirogue", "dhow", "catamaran", "gunboat",
                    "corvette", "icebreaker", "steamer", "steamship", "drug", "medicine", "medication",
                    "vaccine"));
    /** Drugs' nouns, of the MISC class: a medicine's brand name is a product's. */
    private static final Set<String> DRUGS = Set.of("drug", "medicine", "medication", "vaccine");
    private static final Set<String> LIST_JOINERS = Set.of("and", "or");
    private static final java.util.regex.Pattern CAPITALS = java.util.regex.Pattern.compile("\\p{Lu}{2,}");
    static final Set<String> COPULAS = Set.of("is", "are", "was", "were");
    private static final Set<String> AFFILIATION = Set.of("of", "at", "from");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Where an apposition ends: "X, a Danish chain, ..." but not "X, a member of the band". */
    private static final Set<String> APPOSITION_ENDS = Set.of(",", ".", "(", ")", ";");
    /** Words that can stand between an article and the head noun of a description. */
    private static final Set<String> MODIFIER_POS = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD",
            "HYPH", "VBN", "VBG", "RB");

    private ClassNouns() {
    }

    /** Names with a description, each typed by its head noun; names the tagger did not find included. */
    static List<Typed> find(NlpDocument doc, List<Mention> mentions) {
        List<Token> tokens = doc.tokens();
        Mention[] endingAt = new Mention[tokens.size() + 1];
        Mention[] startingAt = new Mention[tokens.size() + 1];
        for (Mention m : mentions) {
            endingAt[m.endToken()] = m;
            startingAt[m.firstToken()] = m;
        }
        List<Typed> out = new ArrayList<>();
        for (var s : doc.sentences()) {
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                String w = tokens.get(t).word();
                if (COPULAS.contains(w) || w.equals(",")) {
                    // "X is a ...", "X, a ..." (a bracket after the name is skipped: "X (born 1970) is").
                    int nameEnd = t;
                    if (nameEnd > s.firstToken() && tokens.get(nameEnd - 1).word().equals(")")) {
                        nameEnd = openingBracket(tokens, s.firstToken(), nameEnd - 1);
                    }
                    if (nameEnd <= s.firstToken()) continue;
                    EntityType type = describedAs(tokens, t + 1, s.endToken(), w.equals(","));
                    if (type == null) continue;
                    int[] name = nameBefore(doc, endingAt, s.firstToken(), nameEnd, COPULAS.contains(w));
                    if (name != null && !(w.equals(",") && affiliation(tokens, endingAt, name[0]))) {
                        out.add(new Typed(name[0], name[1], type));
                    }
                } else {
                    Typed program = program(doc, startingAt, mentions, t, s.endToken());
                    if (program != null) {
                        out.add(program);
                        continue;
                    }
                    Typed boarded = boarded(doc, startingAt, mentions, t, s.endToken());
                    if (boarded != null) {
                        out.add(boarded);
                        continue;
                    }
                    // "the band Korn", "from Japanese punk band The Mad Capsule Markets": the class right before;
                    // not "the company Tuesday said". The class noun is the cheap test, so it goes first.
                    EntityType type = type(tokens.get(t));
                    int head = t + 1;
                    // "the band The Stands": a name's own "The" after the class noun belongs to the name
                    boolean article = head + 1 < s.endToken() && tokens.get(head).word().equals("The")
                            && startingAt[head] == null && isName(doc, head + 1);
                    if (type == null || head >= s.endToken() || !(article || isName(doc, head))
                            || prefixed(tokens, head)
                            || (!article && EntityResolver.isNotName(tokens.get(head).word()))) {
                        continue;
                    }
                    // "the ferry Dakar sent": a place or a company after a craft's noun is no craft's name
                    if (!retypes(tokens.get(t), type, startingAt[head])) continue;
                    int end = nameRunEnd(doc, startingAt, head, s.endToken());
                    if (startingAt[head] != null) end = startingAt[head].endToken();
                    else if (overlapsMention(mentions, head, end)) continue;
                    // "the trawler Mame Diarra Fall": the tagger's person ends before a word it read as a noun
                    if (type == EntityType.MISC) {
                        while (end < s.endToken() && startingAt[end] == null && isName(doc, end)) end++;
                        if (calledByLastWord(tokens, mentions, head, end)) continue;
                    }
                    out.add(new Typed(head, end, type));
                    if ("NNS".equals(pos(tokens.get(t)))) listed(doc, startingAt, mentions, t, end, s.endToken(), out);
                }
            }
        }
        out.addAll(craftRepeats(tokens, out));
        return out;
    }

    /**
     * Whether a class noun may type the name after it ({@code named}, the tagger's mention there, or null): a craft's
     * noun only a name the tagger read as a person ("the ferry Dakar sent" is the place's ferry), a drug's also one
     * it read as a place ("the drug Wegovy": a brand's coined word reads like a town's); other classes any name.
     */
    private static boolean retypes(Token classNoun, EntityType type, Mention named) {
        if (type != EntityType.MISC || named == null || named.type() == EntityType.PERSON) return true;
        return named.type() == EntityType.LOCATION && DRUGS.contains(lemma(classNoun));
    }

    /**
     * "obesity drugs Zepbound and Wegovy": the names listed after the first one that a plural class noun at {@code
     * t} heads, up to the one after "and" or "or", each a name the class may type ({@link #retypes}) and of one word
     * or the tagger's mention, and no country's name unless the class is a place's (session 28, ents28).
     */
    private static void listed(NlpDocument doc, Mention[] startingAt, List<Mention> mentions, int t, int end,
                               int sentenceEnd, List<Typed> out) {
        List<Token> tokens = doc.tokens();
        EntityType type = type(tokens.get(t));
        List<Typed> items = new ArrayList<>();
        int k = end;
        while (k < sentenceEnd) {
            boolean last = false;
            if (tokens.get(k).word().equals(",")) k++;
            if (k < sentenceEnd && LIST_JOINERS.contains(tokens.get(k).word())) {
                last = true;
                k++;
            } else if (k == end) {
                return;
            }
            if (k >= sentenceEnd || !isName(doc, k) || EntityResolver.isNotName(tokens.get(k).word())
                    || !retypes(tokens.get(t), type, startingAt[k])) return;
            int itemEnd = startingAt[k] != null ? startingAt[k].endToken() : k + 1;
            if (startingAt[k] == null && overlapsMention(mentions, k, itemEnd)) return;
            // "the teams England and France": a country's name listed so stays the country in its other mentions
            if (type != EntityType.LOCATION && CountryNames.isCountry(text(tokens, k, itemEnd))) return;
            items.add(new Typed(k, itemEnd, type));
            // "drugs Zepbound, Novo said" is no list: only one closed by "and"/"or" counts
            if (last) {
                out.addAll(items);
                return;
            }
            k = itemEnd;
        }
    }

    private static String text(List<Token> tokens, int first, int end) {
        StringBuilder out = new StringBuilder();
        for (int t = first; t < end; t++) out.append(t > first ? " " : "").append(tokens.get(t).word());
        return out.toString();
    }

    /** A common noun's lemma in lower case, past its last hyphen ("weight-loss" is a loss). */
    private static String lemma(Token t) {
        String lemma = (t.lemma() != null ? t.lemma() : t.word()).toLowerCase(java.util.Locale.ROOT);
        return lemma.substring(lemma.lastIndexOf('-') + 1);
    }

    /**
     * "the Fedora operating system": a name between "the" and a kind of software ({@link SoftwareNouns#headsAfter})
     * that the tagger read as a person, or as nothing, is the program; a company's or a place's ("the BBC app") stays.
     * "the Downton Abbey series": a name of several words the tagger read as a place before a screen work's noun
     * ({@link WorkCues#screenHeadAfter}) is that work (session 28, ents28).
     */
    private static Typed program(NlpDocument doc, Mention[] startingAt, List<Mention> mentions, int t,
                                 int sentenceEnd) {
        int end = nameAfterThe(doc, startingAt, mentions, t, sentenceEnd, EntityType.PERSON);
        if (end > 0 && SoftwareNouns.headsAfter(doc.tokens(), end)) return new Typed(t + 1, end, EntityType.MISC);
        end = nameAfterThe(doc, startingAt, mentions, t, sentenceEnd, EntityType.LOCATION);
        return end > 0 && WorkCues.screenHeadAfter(doc, t + 1, end) ? new Typed(t + 1, end, EntityType.MISC) : null;
    }

    /**
     * The end of the name after "the" at token {@code t} that the tagger read as {@code misread}, as MISC, or as
     * nothing (then one word), else -1.
     */
    private static int nameAfterThe(NlpDocument doc, Mention[] startingAt, List<Mention> mentions, int t,
                                    int sentenceEnd, EntityType misread) {
        if (!doc.tokens().get(t).word().equals("the") || t + 1 >= sentenceEnd) return -1;
        Mention named = startingAt[t + 1];
        if (named != null) {
            return named.type() == misread || named.type() == EntityType.MISC ? named.endToken() : -1;
        }
        return !isName(doc, t + 1) || overlapsMention(mentions, t + 1, t + 2) ? -1 : t + 2;
    }

    /**
     * "aboard the Sea Star", "on board the Stena Impero": what people are aboard is a craft, whatever the tagger made
     * of its name (a person's, a company's); not a name that modifies what follows ("aboard an Air France flight",
     * "aboard the Sea Star's lifeboat", "aboard Flight 93"), a place, or a person brought aboard a firm ("brought
     * aboard John Smith as adviser": without "the" a name the tagger read as a person's stays one).
     */
    private static Typed boarded(NlpDocument doc, Mention[] startingAt, List<Mention> mentions, int t,
                                 int sentenceEnd) {
        List<Token> tokens = doc.tokens();
        String w = tokens.get(t).word().toLowerCase(java.util.Locale.ROOT);
        if (!(w.equals("aboard") || w.equals("onboard")
                || w.equals("board") && t > 0 && tokens.get(t - 1).word().equalsIgnoreCase("on"))) return null;
        int head = t + 1;
        boolean the = head < sentenceEnd && tokens.get(head).word().equals("the");
        if (the) head++;
        if (head >= sentenceEnd || !isName(doc, head) || EntityResolver.isNotName(tokens.get(head).word())) {
            return null;
        }
        Mention m = startingAt[head];
        if (m != null && (m.type() == EntityType.LOCATION || m.type() == EntityType.MISC
                || !the && m.type() == EntityType.PERSON)) return null;
        int end = m != null ? m.endToken() : head;
        if (m == null && overlapsMention(mentions, head, head + 1)) return null;
        while (end < sentenceEnd && startingAt[end] == null && isName(doc, end)) end++;
        String next = end < tokens.size() ? pos(tokens.get(end)) : "";
        if (next.startsWith("NN") || next.equals("CD") || next.equals("POS")
                || calledByLastWord(tokens, mentions, head, end)) return null;
        return new Typed(head, end, EntityType.MISC);
    }

    /**
     * Whether the article calls the name's bearer by its last word alone, as a person ("the boat Moussa Diallo sold
     * ... Diallo said"): a craft is called by its whole name, a person by the surname, so the name after the
     * vessel's noun is the subject of a clause about the boat.
     */
    private static boolean calledByLastWord(List<Token> tokens, List<Mention> mentions, int first, int end) {
        if (end - first < 2) return false;
        String last = tokens.get(end - 1).word();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.endToken() - m.firstToken() == 1
                    && tokens.get(m.firstToken()).word().equals(last)) return true;
        }
        return false;
    }

    /**
     * The other places the article writes a craft's name word for word ("the trawler Mame Diarra Fall ... the crew of
     * the Mame Diarra Fall"), where the tagger may have read a part of it as a person's name.
     */
    private static List<Typed> craftRepeats(List<Token> tokens, List<Typed> found) {
        List<Typed> more = new ArrayList<>();
        for (Typed f : found) {
            if (f.type() != EntityType.MISC) continue;
            int length = f.end() - f.first();
            for (int t = 0; t + length <= tokens.size(); t++) {
                int i = 0;
                while (i < length && tokens.get(t + i).word().equals(tokens.get(f.first() + i).word())) i++;
                Typed at = new Typed(t, t + length, EntityType.MISC);
                if (i == length && !found.contains(at) && !more.contains(at)) more.add(at);
            }
        }
        return more;
    }

    /**
     * Whether the name at {@code first} is where the name before it works or comes from: "Ann Lee of Kent University,
     * a chemist," describes Ann Lee.
     */
    private static boolean affiliation(List<Token> tokens, Mention[] endingAt, int first) {
        return first >= 2 && AFFILIATION.contains(tokens.get(first - 1).word()) && endingAt[first - 1] != null;
    }

    /** The type the description starting at {@code from} gives, from its head noun; null if none. */
    static EntityType describedAs(List<Token> tokens, int from, int end, boolean appositive) {
        if (from >= end || !ARTICLES.contains(tokens.get(from).word().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        int t = from + 1;
        while (t < end && MODIFIER_POS.contains(pos(tokens.get(t)))) t++;
        if (t == from + 1 || (t < end && pos(tokens.get(t)).equals("POS"))) return null;
        // An apposition ends at a comma, a bracket or the sentence end; otherwise "X, a member of the band" counts.
        if (appositive && t < end && !APPOSITION_ENDS.contains(tokens.get(t).word())) return null;
        int head = t - 1;
        while (head > from && !pos(tokens.get(head)).startsWith("NN")) head--;
        // "a ship-to-ship safety system": a noun before a hyphen is the first part of a compound the tokenizer split
        if (head > from && head + 1 < end && tokens.get(head + 1).word().equals("-")) return null;
        EntityType type = head > from ? type(tokens.get(head)) : null;
        if (type == null && head > from && SoftwareNouns.names(tokens.get(head))) type = EntityType.MISC;
        // A role to something, or a person-like role in something, is a metaphor, not what the name is: "Russia is
        // a party to the treaty", "Sony is a major player in the market"; "X is a club in Leeds" still describes.
        if (!appositive && type != null && type != EntityType.LOCATION && t < end
                && (pos(tokens.get(t)).equals("TO")
                    || (type == EntityType.PERSON && tokens.get(t).word().equals("in")))) {
            return null;
        }
        return type;
    }

    /** The token's POS tag, empty when the backend gave none. */
    private static String pos(Token t) {
        return t.pos() == null ? "" : t.pos();
    }

    /** The class a common noun names (its lemma: "bands" is a band), null for other words and proper nouns. */
    static EntityType type(Token t) {
        if (t.pos() == null || !t.pos().startsWith("NN") || t.pos().startsWith("NNP")) return null;
        String lemma = lemma(t);
        for (var e : CLASSES.entrySet()) if (e.getValue().contains(lemma)) return e.getKey();
        return null;
    }

    /**
     * The name ending at {@code end}: the tagger's mention there, else a run of name words; a new name only as the
     * sentence's subject (the copula case), where a capitalised run is a name and not a heading word.
     */
    private static int[] nameBefore(NlpDocument doc, Mention[] endingAt, int sentenceStart, int end,
                                    boolean subject) {
        Mention m = endingAt[end];
        if (m != null) return new int[]{m.firstToken(), m.endToken()};
        int first = end;
        while (first > sentenceStart && isNameOrJoiner(doc, first - 1, sentenceStart)) first--;
        while (first < end && !isName(doc, first)) first++;
        if (subject && first == sentenceStart + 1 && first < end && capitalisedSubject(doc, sentenceStart)) {
            first = sentenceStart;
        }
        if (first == end || !subject || first != sentenceStart) return null;
        return new int[]{first, end};
    }

    /** A capitalised first word the POS tagger read as a common noun ("Velvet/NN Harrow are a band"). */
    private static boolean capitalisedSubject(NlpDocument doc, int t) {
        Token tok = doc.tokens().get(t);
        return tok.pos() != null && tok.pos().startsWith("NN") && Character.isUpperCase(tok.word().charAt(0));
    }

    /**
     * Whether the word at {@code t} is a prefix written against a hyphen ("second team All-American", "a first-team
     * All-Star", "the group Pro-Life"): an honour or a stance built on a prefix, capitalised as a title, not a name
     * the class noun before it describes.
     */
    private static boolean prefixed(List<Token> tokens, int t) {
        return t + 1 < tokens.size() && tokens.get(t + 1).word().equals("-")
                && tokens.get(t + 1).start() == tokens.get(t).end() && HyphenatedNames.isPrefix(tokens.get(t).word());
    }

    /** A tagger mention inside the run that does not start with it: "the club President John Smith". */
    private static boolean overlapsMention(List<Mention> mentions, int first, int end) {
        for (Mention m : mentions) if (m.firstToken() < end && m.endToken() > first) return true;
        return false;
    }

    /**
     * The end of the name run from {@code from}, over "&", "of" and "and" between name words; not over an "and"
     * before a name the tagger found on its own ("the band The Stands and Sean Payne"): that "and" joins two names.
     */
    private static int nameRunEnd(NlpDocument doc, Mention[] startingAt, int from, int sentenceEnd) {
        int end = from;
        while (end < sentenceEnd && (isName(doc, end) || joinerBetweenNames(doc, end, sentenceEnd)
                && !(doc.tokens().get(end).word().equals("and") && startingAt[end + 1] != null))) end++;
        return end;
    }

    private static boolean isNameOrJoiner(NlpDocument doc, int t, int sentenceStart) {
        return isName(doc, t) || (t > sentenceStart && (joinerBetweenNames(doc, t, t + 2) || inWordHyphen(doc, t))
                && isName(doc, t - 1));
    }

    /**
     * A hyphen written inside a word between two names ("Bahus-Soubiran is a village"): the tokenizer splits it off,
     * but the written name goes on through it.
     */
    private static boolean inWordHyphen(NlpDocument doc, int t) {
        List<Token> tokens = doc.tokens();
        return tokens.get(t).word().equals("-") && t + 1 < tokens.size() && isName(doc, t + 1)
                && tokens.get(t - 1).end() == tokens.get(t).start() && tokens.get(t).end() == tokens.get(t + 1).start();
    }

    private static boolean joinerBetweenNames(NlpDocument doc, int t, int limit) {
        String w = doc.tokens().get(t).word();
        return (w.equals("&") || w.equals("of") || w.equals("and")) && t + 1 < limit && isName(doc, t + 1);
    }

    /**
     * A proper noun, or a capitalised word that is not the first of its sentence, or one written in capitals that
     * is: the POS tagger reads a headword in capitals opening an article ("CALOI is a Brazilian manufacturer") as a
     * common noun, but no common noun is written so except in a shouted headline.
     */
    static boolean isName(NlpDocument doc, int t) {
        Token tok = doc.tokens().get(t);
        if (tok.word().isEmpty() || !Character.isUpperCase(tok.word().charAt(0))) return false;
        if (tok.pos() != null && tok.pos().startsWith("NNP")) return true;
        return tok.word().length() > 1 && (doc.sentences().get(doc.sentenceOf(t)).firstToken() != t
                || CAPITALS.matcher(tok.word()).matches());
    }

    private static int openingBracket(List<Token> tokens, int from, int close) {
        for (int t = close - 1; t >= from; t--) if (tokens.get(t).word().equals("(")) return t;
        return from;
    }
}
