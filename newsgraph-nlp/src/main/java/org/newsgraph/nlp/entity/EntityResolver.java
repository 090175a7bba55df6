package org.newsgraph.nlp.entity;

import org.newsgraph.events.CountryPlaces;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LegalForms;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.CountryNames;
import org.newsgraph.pipeline.Mention;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Resolves the tagger's mentions in one article to entities, after their edges are mended ({@link MentionSplits},
 * {@link EventNames}, {@link HyphenatedNames}, {@link NameParticles}, {@link OrganisationEdges}, {@link Nicknames},
 * {@link RunTogetherNames}) and
 * {@link OrganisationNames} has put together the organisation names the tagger cut up. {@link ListedPlaces} types places
 * under their current names ("Kyiv", "Czechia") and {@link OutletNames} newspapers named after their towns ("the Kyiv
 * Ledger"). The article is its own
 * evidence: a surname alone joins the one full name that contains it, an acronym joins the one name whose initials
 * it spells, a name written with a legal form ("Acme Inc.") makes the bare name that company, each entity takes the
 * type most of its mentions have, and a name the tagger found once (or a person's surname) is found again where it
 * missed it. What the article says a name is ({@link ClassNouns}: "X is a band") overrides the tagger's type for
 * every mention of that name; lists, organisation cues and unit ordinals ({@link ClassLists},
 * {@link OrganisationCues}, {@link UnitOrdinals}) only type names the tagger left untagged everywhere.
 */
public final class EntityResolver {

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "the", "this", "that", "but", "and", "new", "one");
    private static final Set<String> LOCATIVE = Set.of("in", "near", "at");
    /** Prepositions that take places and hardly ever people. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "at", "across", "throughout",
            "outside", "inside", "around");
    /** Part-of-speech tags of closed-class words: pronouns, wh-words, determiners, prepositions, modals... */
    private static final Set<String> FUNCTION_TAGS = Set.of("WP", "WP$", "WDT", "WRB", "PRP", "PRP$", "DT", "PDT",
            "IN", "CC", "MD", "TO", "EX", "RP");
    private static final Set<String> DETERMINERS = Set.of("DT", "PRP$", "POS");
    private static final Set<String> NOUNS = Set.of("NN", "NNS", "NNP", "NNPS");
    /** What taggers make of a name ending in "s" that they do not know: a verb in the third person. */
    private static final Set<String> PLURAL_LOOKING = Set.of("VBZ");
    private static final Set<String> INITIAL_SKIP = Set.of("of", "and", "the", "for", "de", "du", "la", "&", "in",
            "on", "to");

    /** A romanised given name of two syllables ("Min-ji", "Jong-un"), its parts joined as the tokens wrote them. */
    private static final Pattern SYLLABLE_PAIR = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

    /**
     * Whether sentence {@code s} is written in title case, as headlines are ("Ben Carson Slams Hillary And The
     * Media"): fewer than a quarter of its words of four letters or more open in lower case, so a capitalised word
     * there says nothing of a name.
     */
    private static boolean titleCased(NlpDocument doc, int s) {
        if (s < 0) return false;
        int words = 0, lower = 0;
        for (int t = doc.sentences().get(s).firstToken(); t < doc.sentences().get(s).endToken(); t++) {
            String w = doc.tokens().get(t).word();
            if (w.length() < 4 || !Character.isLetter(w.charAt(0))) continue;
            words++;
            if (Character.isLowerCase(w.charAt(0))) lower++;
        }
        return words >= 3 && 4 * lower < words;
    }

    /** What {@link #noOneMember} found a one-word person to be: the end of a longer name, or a family. */
    private static final int TITLE_TAIL = 1, FAMILY = 2;

    /** One mention after title and possessive stripping. */
    private record Item(NameForm form, EntityType type, Span span) {
    }

    public ResolvedEntities resolve(NlpDocument doc) {
        return resolve(doc, null);
    }

    /** The entities of an article whose title (null when it has none) may name its subject. */
    public ResolvedEntities resolve(NlpDocument doc, String title) {
        if (doc.tokens().isEmpty()) return ResolvedEntities.NONE;
        List<Item> items = new ArrayList<>();
        boolean[] covered = new boolean[doc.tokens().size()];
        List<Mention> edged = TitleNames.apply(doc, TimeZoneNames.apply(doc, RunTogetherNames.apply(doc,
                HonorificPrefixes.apply(doc, DescriptorPrefixes.apply(doc, GenerationalSuffixes.apply(doc,
                Nicknames.apply(doc, OrganisationEdges.apply(doc, NameParticles.apply(doc, HyphenatedNames.apply(doc,
                EventNames.apply(doc, ModelNames.apply(doc, HallsOfFame.apply(doc, CompassPlaces.apply(doc,
                PlacesOfPlaces.apply(doc, RouteNames.apply(doc, AbbreviationStops.apply(doc,
                QuotedTitles.apply(doc, TeamCues.withoutScores(doc, MentionSplits.apply(doc))))))))))))))))))));
        edged = ParticlePlaces.apply(doc, edged);
        NlpDocument split = new NlpDocument(doc.text(), doc.tokens(), doc.sentences(), edged, doc.layers());
        List<Mention> mentions = PossessiveNames.apply(split, StormNames.apply(split, PlaceLists.apply(split,
                ArticleNames.apply(split,
                OutletNames.apply(split, PossessivePlaces.apply(split, PlacesInRegions.apply(split,
                ListedPlaces.apply(split, CountryNameSpans.apply(split, TeamNames.apply(split,
                FeatureNames.apply(split, OrganisationNames.apply(split))))))))))));
        Map<Integer, Span> qualified = QualifiedPlaces.find(split, mentions);
        AcronymSenses senses = AcronymSenses.find(split, mentions);
        for (Mention m : mentions) {
            for (int t = m.firstToken(); t < m.endToken(); t++) covered[t] = true;
            boolean label = m.endToken() == m.firstToken() + 1 && ListLabels.at(doc, m.firstToken());
            if (!isKindOfThing(doc.tokens(), m) && !label && !PronounPhrases.is(doc.tokens(), m)
                    && !CouncilOrders.covers(doc.tokens(), m)) {
                items.add(item(doc, m.firstToken(), m.endToken(), m.type()));
            }
        }
        Map<String, EntityType> described = described(doc, mentions, items, covered);
        items.addAll(missedRepeats(doc, items, covered));
        shortOrganisationHeads(items).forEach(described::putIfAbsent);
        Set<String> stems = legalFormStems(items);
        items.replaceAll(it -> described.containsKey(it.form().key())
                ? new Item(it.form(), described.get(it.form().key()), it.span())
                : stems.contains(it.form().key()) && !isFounderNamed(it)
                ? new Item(it.form(), EntityType.ORGANIZATION, it.span()) : it);
        // the article's repeats of a station's call sign the tagger missed ("6PR") take the frequency before them too
        items.replaceAll(it -> withFrequency(doc, it));
        clubsReadAsOther(doc, mentions, items);
        items.replaceAll(it -> addressedPlace(doc, it) ? new Item(it.form(), EntityType.ORGANIZATION, it.span()) : it);

        Map<String, List<Item>> byKey = new LinkedHashMap<>();
        for (Item it : items) byKey.computeIfAbsent(it.form().key(), k -> new ArrayList<>()).add(it);
        PlaceCompanions companions = new PlaceCompanions(doc.tokens(), tokenSpans(doc, items, EntityType.LOCATION));
        Set<String> personWords = personWords(items);
        for (List<Item> same : byKey.values()) placesReadAsPeople(doc, same, companions, personWords);
        Map<String, Integer> surnames = surnameCounts(byKey);
        for (List<Item> same : byKey.values()) surnamesReadAsPlaces(doc, same, companions, surnames);
        List<List<Item>> otherHolders = surnamesAfterHonorifics(doc, byKey);
        List<List<Item>> groups = new ArrayList<>(bareCountryApartFromQualified(
                countriesApartFromPeople(byKey.values(), items), qualified));
        int joining = groups.size();
        groups.addAll(otherHolders);
        peopleReadAsOrganisations(doc, groups);
        companiesOnlyTheTaggerCallsPeople(doc, groups);
        int[] parent = new int[groups.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        mergeCountryNames(groups, parent, qualified);
        boolean[] products = products(doc, groups);
        Map<Item, Integer> movedSurnames = new IdentityHashMap<>();
        mergeShortForms(doc, groups, parent, senses, offices(doc, groups), joining,
                companiesNamedLikePeople(doc, groups), noOneMember(doc, groups), products, title, movedSurnames);
        companiesReadAsPeople(groups, parent, products, separateOrganisations(doc, groups, lowerWords(groups),
                products));
        companiesNamedAfterFounders(doc, groups, parent);

        Map<Integer, List<Item>> clusters = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (Item it : groups.get(g)) {
                Integer to = movedSurnames.get(it);
                clusters.computeIfAbsent(find(parent, to != null ? to : g), k -> new ArrayList<>()).add(it);
            }
        }
        return build(doc, clusters.values(), qualified, DatelinePlaces.end(doc.text(), doc.tokens()));
    }

    /**
     * "an IRA", "a PET" heading their phrase: a name in capitals after an indefinite article is a kind of thing (an
     * account, a plastic), not the one body an acronym names; "a BBC reporter" and "a U.S. national" keep theirs.
     */
    private static boolean isKindOfThing(List<Token> tokens, Mention m) {
        int t = m.firstToken();
        if (m.endToken() != t + 1 || t == 0 || !isAllCapitals(List.of(tokens.get(t).word()))) return false;
        String before = tokens.get(t - 1).word().toLowerCase(Locale.ROOT);
        String nextPos = t + 1 < tokens.size() ? tokens.get(t + 1).pos() : null;
        boolean modifies = nextPos != null && (nextPos.startsWith("NN") || nextPos.startsWith("JJ"))
                || t + 1 < tokens.size() && tokens.get(t + 1).word().equals("-");
        return (before.equals("a") || before.equals("an")) && !modifies;
    }

    /**
     * A country's name the tagger read as a place in an article that names a person with that word ("King Abdullah
     * of Jordan" beside "Michael Jordan ... Jordan said") is the country there, not the person: the place mentions
     * leave the name's group, so the surname rule does not take them to the person.
     */
    private static List<List<Item>> countriesApartFromPeople(java.util.Collection<List<Item>> byKey,
                                                             List<Item> items) {
        Set<String> personWords = personWords(items);
        List<List<Item>> out = new ArrayList<>();
        for (List<Item> same : byKey) {
            List<Item> places = same.stream().filter(it -> it.type() == EntityType.LOCATION).toList();
            String key = same.get(0).form().key();
            if (places.isEmpty() || places.size() == same.size() || !personWords.contains(key)
                    || !CountryNames.isCountry(same.get(0).form().joined())) {
                out.add(same);
                continue;
            }
            out.add(new ArrayList<>(same.stream().filter(it -> it.type() != EntityType.LOCATION).toList()));
            out.add(new ArrayList<>(places));
        }
        return out;
    }

    private static Item item(NlpDocument doc, int first, int end, EntityType type) {
        List<String> words = new ArrayList<>(end - first);
        List<int[]> offsets = new ArrayList<>(end - first);
        for (int t = first; t < end; t++) {
            Token tok = doc.tokens().get(t);
            words.add(tok.word());
            offsets.add(new int[]{tok.start(), tok.end()});
        }
        NameForm f = PossessiveNames.isFirm(words, type) ? new NameForm(List.copyOf(words), offsets.get(0)[0],
                offsets.get(1)[1]) : NameForm.of(words, offsets, type == EntityType.PERSON);
        return new Item(f, type, new Span(f.wordStart(), f.wordEnd()));
    }

    /**
     * The type each described name takes ({@link ClassNouns}, and the weaker evidence for untagged names); names the
     * tagger missed are added to {@code items}. A name described as two different things keeps the tagger's reading.
     */
    private static Map<String, EntityType> described(NlpDocument doc, List<Mention> mentions, List<Item> items,
                                                     boolean[] covered) {
        Map<String, EntityType> types = new HashMap<>();
        Set<String> conflicting = new java.util.HashSet<>();
        List<ClassNouns.Typed> found = new ArrayList<>(ClassNouns.find(doc, mentions));
        found.addAll(weakEvidence(doc, mentions, items));
        for (ClassNouns.Typed d : found) {
            Item it = item(doc, d.first(), d.end(), d.type());
            EntityType before = types.putIfAbsent(it.form().key(), d.type());
            if (before != null && before != d.type()) conflicting.add(it.form().key());
            boolean free = true;
            for (int t = d.first(); t < d.end(); t++) free &= !covered[t];
            if (!free) {
                widened(doc, items, it, d, covered);
                continue;
            }
            items.add(it);
            for (int t = d.first(); t < d.end(); t++) covered[t] = true;
        }
        types.keySet().removeAll(conflicting);
        return types;
    }

    /**
     * A described name that goes on past the tagger's mention at its start over words the tagger left untagged ("the
     * trawler [Mame Diarra] Fall") replaces that mention: the description shows where the name ends.
     */
    private static void widened(NlpDocument doc, List<Item> items, Item it, ClassNouns.Typed d, boolean[] covered) {
        for (int i = 0; i < items.size(); i++) {
            Span old = items.get(i).span();
            if (old.start() != it.span().start() || old.end() >= it.span().end()) continue;
            for (int t = d.first(); t < d.end(); t++) {
                if (doc.tokens().get(t).start() >= old.end() && covered[t]) return;
            }
            items.set(i, it);
            for (int t = d.first(); t < d.end(); t++) covered[t] = true;
            return;
        }
    }

    /**
     * Untagged names that a class list ({@link ClassLists}) or an organisation cue ({@link OrganisationCues}) types.
     * That evidence is weaker than a description, so it never overrides the tagger: a name some mention of the
     * article was tagged as, or a word of a person's name of two words or more ("Caloi" beside "Luigi Caloi"), takes
     * nothing from it.
     */
    private static List<ClassNouns.Typed> weakEvidence(NlpDocument doc, List<Mention> mentions, List<Item> tagged) {
        Set<String> taken = new HashSet<>();
        for (Item it : tagged) {
            taken.add(it.form().key());
            List<String> w = it.form().words();
            if (it.type() == EntityType.PERSON && w.size() > 1) for (String s : w) taken.add(NameForm.keyOf(s));
        }
        List<ClassNouns.Typed> out = new ArrayList<>();
        List<ClassNouns.Typed> found = new ArrayList<>(ClassLists.find(doc, mentions));
        found.addAll(OrganisationCues.find(doc, mentions));
        found.addAll(UnitOrdinals.find(doc, mentions));
        for (TeamCues.Team team : TeamCues.find(doc, mentions)) {
            if (!team.tagged()) found.add(new ClassNouns.Typed(team.first(), team.end(), EntityType.ORGANIZATION));
        }
        for (ClassNouns.Typed d : found) {
            if (!taken.contains(item(doc, d.first(), d.end(), d.type()).form().key())) out.add(d);
        }
        return out;
    }

    /**
     * A tagger's place or one-word person that a sentence names as a player's club ({@link TeamCues}) is that club
     * there, and only there: the town it is named after may be the place in the next sentence ("born in Sarajevo").
     */
    private static void clubsReadAsOther(NlpDocument doc, List<Mention> mentions, List<Item> items) {
        Set<Span> clubs = new HashSet<>();
        for (TeamCues.Team team : TeamCues.find(doc, mentions)) {
            if (team.tagged()) clubs.add(item(doc, team.first(), team.end(), EntityType.ORGANIZATION).span());
        }
        if (clubs.isEmpty()) return;
        Set<String> personWords = personWords(items);
        items.replaceAll(it -> clubs.contains(it.span()) && it.type() != EntityType.ORGANIZATION
                && TeamCues.mayRetype(it.form().joined(), it.type(), it.form().words().size())
                && !personWords.contains(it.form().key())
                ? new Item(it.form(), EntityType.ORGANIZATION, it.span()) : it);
    }

    /**
     * A mention the tagger read as a place that the article writes to or speaks for ({@link Addressees}: "a letter
     * to the White House"), where the name is no country's or listed place's: that mention is the body.
     */
    private static boolean addressedPlace(NlpDocument doc, Item it) {
        if (it.type() != EntityType.LOCATION) return false;
        String name = it.form().joined();
        int t = tokenStartingAt(doc, it.span().start());
        return t >= 0 && !CountryNames.isCountry(name) && !CountryPlaces.contains(name)
                && Addressees.at(doc.tokens(), t);
    }

    /**
     * "the League", "the Party" alone: the head word of an organisation named in full in the same article refers
     * back to an organisation, whatever the tagger made of the lone word.
     */
    private static Map<String, EntityType> shortOrganisationHeads(List<Item> items) {
        Map<String, EntityType> out = new HashMap<>();
        for (Item it : items) {
            List<String> w = it.form().words();
            if (it.type() == EntityType.ORGANIZATION && w.size() > 1 && OrganisationNames.isHeadWord(w.get(w.size() - 1))) {
                out.put(NameForm.keyOf(w.get(w.size() - 1)), EntityType.ORGANIZATION);
            }
        }
        return out;
    }

    /**
     * "Acme Robotics Inc." declares "Acme Robotics" a company: the name without its legal form is that organisation
     * wherever the article uses it alone, whatever the tagger made of it there (a one-word company name reads like a
     * surname). The keys of those names.
     */
    private static Set<String> legalFormStems(List<Item> items) {
        Set<String> out = new HashSet<>();
        for (Item it : items) {
            List<String> w = it.form().words();
            int end = w.size();
            while (end > 1 && (LegalForms.is(w.get(end - 1)) || w.get(end - 1).equals(","))) {
                end--;
            }
            if (it.type() == EntityType.ORGANIZATION && end < w.size()) {
                out.add(NameForm.keyOf(String.join(" ", w.subList(0, end))));
            }
        }
        return out;
    }

    /**
     * A company named after its founder ("Walt Disney Co.") leaves the founder's full name a person where the
     * tagger read it as one ("founded by Walt Disney"): a name that opens with a given name. A single word, or a
     * name like "Brevik Robotics", read as a person stays the company's.
     */
    private static boolean isFounderNamed(Item it) {
        List<String> words = it.form().words();
        return it.type() == EntityType.PERSON && words.size() > 1 && GivenNames.contains(words.get(0));
    }

    /** Capitalised words that are calendar names or function words, never a name alone. */
    static boolean isNotName(String word) {
        return isMonth(word) || NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isMonth(String word) {
        return MONTHS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * A name the tagger reads as a person but the article mostly puts after "in", "near" or "at" ("born in
     * Harrison", "a school near Grantham") is a place: people are rarely somewhere's preposition object; half its
     * mentions so are enough where the tagger read one of them as a place ("Gascony and Brittany ... in Brittany",
     * one mention of each, where the first decided for the person). So is one
     * the article sets once beside a place as its like ({@link PlaceCompanions}: "from Harrison to Bridgton
     * Junction"), unless the article gives it as a person's: a word of a person's fuller name ("Boris Johnson ...
     * Johnson and Britain"), after an honorific, or opening with a given name ("from Ann Lee to Paris"; a route's
     * end qualified by a place, "to Sandy Hook, Maryland", is a place's name whatever its first word). So is one
     * ending in a place's common noun that the article writes as a place's once ({@link PlaceHeads}: "the lighted
     * Bobby Morris Playfield"). So is a one-word name the tagger itself read as often a place as a person, where
     * nothing in the article makes it a person's ({@link #readAsBothEvenly}); a tie used to go to the first mention.
     */
    private static void placesReadAsPeople(NlpDocument doc, List<Item> same, PlaceCompanions companions,
                                           Set<String> personWords) {
        if (majority(same) != EntityType.PERSON) return;
        List<String> words = same.get(0).form().words();
        int located = 0;
        boolean beside = false, qualified = false;
        boolean taggedPlace = same.stream().anyMatch(it -> it.type() == EntityType.LOCATION);
        boolean placeLike = taggedPlace;
        boolean person = words.size() == 1 && personWords.contains(same.get(0).form().key());
        for (Item it : same) {
            int t = tokenStartingAt(doc, it.span().start());
            if (t < 0) continue;
            if (t > 0 && LOCATIVE.contains(doc.tokens().get(t - 1).word())) located++;
            beside |= companions.besidePlace(t, t + it.form().words().size());
            qualified |= companions.qualifiedRouteEnd(t, t + it.form().words().size());
            person |= PersonEvidence.honorificGender(doc.tokens(), t) != null;
            placeLike |= PlaceHeads.afterArticle(doc.tokens(), t);
        }
        boolean given = words.size() > 1 && GivenNames.contains(words.get(0));
        // half the mentions after "in", "near" or "at" decide where the tagger itself read one as a place, but not
        // for a country's name, which a player or a singer bears beside the country ("Jordan scored ... in Jordan")
        boolean mostlyLocated = located * 2 > same.size() || taggedPlace && !person && located * 2 == same.size()
                && !CountryNames.isCountry(same.get(0).form().joined());
        boolean evenSplit = words.size() == 1 && !person && readAsBothEvenly(doc, same.get(0).form().key())
                && !CountryNames.isCountry(same.get(0).form().joined());
        if (!(located > 0 && mostlyLocated || evenSplit || !person && (qualified || beside && !given)
                || !person && placeLike && PlaceHeads.endsInPlaceNoun(words))) return;
        same.replaceAll(it -> new Item(it.form(), EntityType.LOCATION, it.span()));
    }

    /**
     * Whether the tagger read the name of this key as a place and as a person equally often, and the article says
     * nothing of a person about it: no person's name of several words holds it ("Pope Francis", "Imam Khomeini"), no
     * "he" or "she" points back at it ({@link PersonEvidence}), no title follows it in apposition ("Austin, the
     * team's captain,"). A person in a news text is named in full, with an honorific or described, a place needs no
     * more than its one word; the repeats the resolver found ({@link #missedRepeats}) take the first reading's type
     * and are no votes of the tagger's.
     */
    private static boolean readAsBothEvenly(NlpDocument doc, String key) {
        int persons = 0, places = 0;
        boolean[] none = new boolean[doc.tokens().size()];
        for (Mention m : doc.mentions()) {
            if (m.type() == EntityType.PERSON && m.endToken() - m.firstToken() > 1) {
                for (int t = m.firstToken(); t < m.endToken(); t++) {
                    if (NameForm.keyOf(doc.tokens().get(t).word()).equals(key)) return false;
                }
            }
            if (!NameForm.keyOf(m.text()).equals(key)) continue;
            if (PersonEvidence.personPronounAfter(doc, m.firstToken(), m.endToken(), none)
                    || PersonEvidence.describedInApposition(doc.tokens(), m.endToken(), 6, NameForm::isTitle)) {
                return false;
            }
            if (m.type() == EntityType.PERSON) persons++;
            if (m.type() == EntityType.LOCATION) places++;
        }
        return places > 0 && persons == places;
    }

    /**
     * A one-word name the tagger reads as a place that is the surname of one person the article names in full, and
     * that the article never writes as a place is written (after "in", "near", "across"..., beside a place,
     * qualified by a region, in the dateline's capitals), is that person ("Martin Brudermueller ... According to
     * Brudermueller, ..."): the tagger types an unknown surname after a preposition as a place. A country's name or a place the
     * lists know keeps its reading ("Michael Jordan ... in Jordan" is settled elsewhere), and a surname two full
     * names share decides nothing.
     */
    private static void surnamesReadAsPlaces(NlpDocument doc, List<Item> same, PlaceCompanions companions,
                                             Map<String, Integer> surnames) {
        if (majority(same) != EntityType.LOCATION || same.get(0).form().words().size() != 1
                || surnames.getOrDefault(same.get(0).form().key(), 0) != 1) return;
        String name = same.get(0).form().joined();
        if (CountryNames.isCountry(name) || CountryPlaces.contains(name)
                || isAllCapitals(same.get(0).form().words())) return;
        for (Item it : same) {
            int t = tokenStartingAt(doc, it.span().start());
            if (t < 0 || placePreposition(doc.tokens(), t) || companions.besidePlace(t, t + 1)
                    || companions.qualifiedRouteEnd(t, t + 1)
                    || t + 2 < doc.tokens().size() && doc.tokens().get(t + 1).word().equals(",")
                    && QualifiedPlaces.isRegion(doc.tokens().get(t + 2).word())) return;
        }
        same.replaceAll(it -> new Item(it.form(), EntityType.PERSON, it.span()));
    }

    /**
     * Whether a place's preposition heads the phrase of the token at {@code t}, past its determiner and adjectives
     * ("in southern Tarvia").
     */
    private static boolean placePreposition(List<Token> tokens, int t) {
        int p = t - 1;
        while (p >= 0 && tokens.get(p).pos() != null
                && (tokens.get(p).pos().startsWith("JJ") || tokens.get(p).pos().equals("DT"))) p--;
        return p >= 0 && PLACE_PREPOSITIONS.contains(tokens.get(p).word().toLowerCase(Locale.ROOT));
    }

    /** How many of the article's people named in full bear each surname (its key). */
    private static Map<String, Integer> surnameCounts(Map<String, List<Item>> byKey) {
        Map<String, Integer> out = new HashMap<>();
        for (List<Item> same : byKey.values()) {
            List<String> w = same.get(0).form().words();
            if (w.size() < 2 || majority(same) != EntityType.PERSON) continue;
            out.merge(NameForm.keyOf(familyNameFirst(w) ? w.get(0) : w.get(w.size() - 1)), 1, Integer::sum);
        }
        return out;
    }

    /** The words of the article's person names of two words or more, as keys. */
    private static Set<String> personWords(List<Item> items) {
        Set<String> out = new HashSet<>();
        for (Item it : items) {
            List<String> w = it.form().words();
            if (it.type() == EntityType.PERSON && w.size() > 1) for (String s : w) out.add(NameForm.keyOf(s));
        }
        return out;
    }

    /** The {first token, end token} of the items of one type. */
    private static List<int[]> tokenSpans(NlpDocument doc, List<Item> items, EntityType type) {
        List<int[]> out = new ArrayList<>();
        for (Item it : items) {
            int t = tokenStartingAt(doc, it.span().start());
            if (it.type() == type && t >= 0) out.add(new int[]{t, t + it.form().words().size()});
        }
        return out;
    }

    /**
     * "Mr Whitcombe" in an article that names two Whitcombes, a man and a woman: the honorific tells which one the
     * bare surname is, where the full names' genders are known ({@link #personGender}) and exactly one of them
     * fits. Such mentions move to that person's name; a bare surname without an honorific, or one that fits both,
     * stays apart, as before. An honorific that fits no full name of the article ("Ms Lee Min-ji ... Mr Lee", her
     * husband or a namesake) is another person, even beside a single full name: those mentions are returned as
     * groups of their own, which join no name.
     */
    private static List<List<Item>> surnamesAfterHonorifics(NlpDocument doc, Map<String, List<Item>> byKey) {
        Map<String, List<String>> fullNamesBySurname = new HashMap<>();
        Map<String, String> genders = new HashMap<>();
        for (Map.Entry<String, List<Item>> e : byKey.entrySet()) {
            List<String> w = e.getValue().get(0).form().words();
            if (w.size() > 1 && majority(e.getValue()) == EntityType.PERSON) {
                String surname = familyNameFirst(w) ? w.get(0) : w.get(w.size() - 1);
                fullNamesBySurname.computeIfAbsent(NameForm.keyOf(surname), k -> new ArrayList<>()).add(e.getKey());
                String gender = personGender(doc, e.getValue(), w);
                if (gender != null) genders.put(e.getKey(), gender);
            }
        }
        List<String> emptied = new ArrayList<>();
        List<List<Item>> apart = new ArrayList<>();
        for (Map.Entry<String, List<Item>> e : byKey.entrySet()) {
            List<String> candidates = fullNamesBySurname.getOrDefault(e.getKey(), List.of());
            if (candidates.isEmpty()) continue;
            Map<String, List<Item>> unfitting = new TreeMap<>();
            e.getValue().removeIf(it -> {
                if (it.type() != EntityType.PERSON || it.form().words().size() != 1) return false;
                String gender = PersonEvidence.honorificGender(doc.tokens(), tokenStartingAt(doc, it.span().start()));
                if (gender == null) return false;
                String fits = null;
                for (String c : candidates) {
                    if (genders.containsKey(c) && !genders.get(c).equals(gender)) continue;
                    if (fits != null) return false;
                    fits = c;
                }
                if (fits == null) {
                    // beside several full names none fits: apart already, since the surname is ambiguous
                    if (candidates.size() > 1) return false;
                    unfitting.computeIfAbsent(gender, g -> new ArrayList<>()).add(it);
                    return true;
                }
                // a single full name that fits is what the bare surname joins anyway
                if (candidates.size() < 2) return false;
                byKey.get(fits).add(it);
                return true;
            });
            apart.addAll(unfitting.values());
            if (e.getValue().isEmpty()) emptied.add(e.getKey());
        }
        emptied.forEach(byKey::remove);
        return apart;
    }

    /**
     * A person's gender as the article gives it: the honorific before one of its mentions ("Ms Lee Min-ji", "Mr
     * Walsh"), else, for a full name, its given name's ({@link GivenNames}). A name whose last word is a romanised
     * given name of two syllables ("Lee Min-ji", "Kim Jong-un") writes its family name first, so its first word is no
     * given name ("Lee" is a man's in the list).
     */
    private static String personGender(NlpDocument doc, List<Item> mentions, List<String> words) {
        for (Item it : mentions) {
            String g = PersonEvidence.honorificGender(doc.tokens(), tokenStartingAt(doc, it.span().start()));
            if (g != null) return g;
        }
        return words.size() < 2 || familyNameFirst(words) ? null : GivenNames.gender(words.get(0));
    }

    /**
     * The gender the article's own "he" or "she" gives a person no honorific or listed given name gives one
     * ({@link PersonEvidence#ownPronounGender}): the knowledge base reads it as evidence of a person, and "Estée
     * Lauder built her company" is the woman beside the company of her name. Mentions whose pronouns disagree
     * give none.
     */
    private static String pronounGender(NlpDocument doc, List<Item> mentions, boolean[] person) {
        String gender = null;
        for (Item it : mentions) {
            int t = tokenStartingAt(doc, it.span().start());
            String said = t < 0 ? null : PersonEvidence.ownPronounGender(doc, t, t + it.form().words().size(), person);
            if (said == null) continue;
            if (gender != null && !gender.equals(said)) return null;
            gender = said;
        }
        return gender;
    }

    /**
     * Whether a name ends in a romanised given name of two syllables after the family name ("Lee Min-ji"; the
     * tokenizer may leave the hyphen a word of its own).
     */
    private static boolean familyNameFirst(List<String> words) {
        return words.size() > 1 && SYLLABLE_PAIR.matcher(String.join("", words.subList(1, words.size()))).matches();
    }

    /** The organisation's one-word call sign with the frequency before it ({@link OrganisationEdges}). */
    private static Item withFrequency(NlpDocument doc, Item it) {
        if (it.type() != EntityType.ORGANIZATION || it.form().words().size() != 1) return it;
        int t = tokenStartingAt(doc, it.span().start());
        return t > 0 && OrganisationEdges.frequencyBefore(doc, t) ? item(doc, t - 1, t + 1, it.type()) : it;
    }

    private static int tokenStartingAt(NlpDocument doc, int offset) {
        int lo = 0, hi = doc.tokens().size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = doc.tokens().get(mid).start();
            if (start < offset) lo = mid + 1;
            else if (start > offset) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /**
     * Occurrences of a tagged name that the tagger left untagged elsewhere in the same article. Their words are
     * proper nouns, or words of capitals and digits the POS tagger calls common nouns ("6PR", "A380").
     */
    private static List<Item> missedRepeats(NlpDocument doc, List<Item> items, boolean[] covered) {
        Map<String, List<Item>> byFirstWord = new HashMap<>();
        for (Item it : items) {
            List<String> w = it.form().words();
            if (w.size() == 1 && (w.get(0).length() < 3 || isNotName(w.get(0)))) {
                continue;
            }
            byFirstWord.computeIfAbsent(w.get(0), k -> new ArrayList<>()).add(it);
            Item surname = surname(it);
            if (surname != null) byFirstWord.computeIfAbsent(surname.form().words().get(0), k -> new ArrayList<>())
                    .add(surname);
        }
        for (List<Item> l : byFirstWord.values()) l.sort(Comparator.comparingInt(i -> -i.form().words().size()));
        List<Token> tokens = doc.tokens();
        List<Item> found = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            if (covered[t]) continue;
            List<Item> cands = byFirstWord.get(tokens.get(t).word());
            if (cands == null) continue;
            for (Item c : cands) {
                int n = c.form().words().size();
                if ((matches(tokens, covered, t, c.form().words()) || acronymRepeat(tokens, covered, t,
                        c.form().words()) || personNameAsNoun(doc, covered, t, c)
                        || capitalisedRepeat(tokens, covered, t, c.form().words()))
                        && !properNoun(tokens, t - 1) && !properNoun(tokens, t + n)
                        && !(n == 1 && ListLabels.at(doc, t))) {
                    found.add(item(doc, t, t + n, c.type()));
                    t += n - 1;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * A person's surname alone, which articles repeat after naming the person in full and the tagger often misses
     * there ("Ellison said"); null when the name has one word. Organisations and places were measured the same way
     * and lost: their last words ("Park", "Sound") stand for other things.
     */
    private static Item surname(Item person) {
        List<String> w = person.form().words();
        String last = w.get(w.size() - 1);
        if (person.type() != EntityType.PERSON || w.size() < 2 || last.length() < 3) return null;
        NameForm f = new NameForm(List.of(last), person.span().end() - last.length(), person.span().end());
        return new Item(f, EntityType.PERSON, new Span(f.wordStart(), f.wordEnd()));
    }

    /**
     * A one-word name of a person written again mid-sentence, which the tagger read as a common noun or a verb: a
     * surname whose ending looks plural ("“…,” Kravets told the court", read as VBZ) is still the person wherever it
     * is capitalised where no sentence opens.
     */
    private static boolean personNameAsNoun(NlpDocument doc, boolean[] covered, int t, Item c) {
        List<Token> tokens = doc.tokens();
        String word = tokens.get(t).word();
        int sentence = doc.sentenceOf(t);
        return c.type() == EntityType.PERSON && c.form().words().size() == 1 && !covered[t]
                && word.equals(c.form().words().get(0))
                && (tagIn(NOUNS, tokens, t) || tagIn(PLURAL_LOOKING, tokens, t))
                && Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT))
                && sentence >= 0 && doc.sentences().get(sentence).firstToken() != t;
    }

    /**
     * A tagged acronym written again the same way, whatever part of speech the tagger gave it there: "WHO" and "IT"
     * read as a pronoun are the organisation in capitals mid-sentence, unless a word in capitals stands beside it (a
     * shouted headline, "WHO WILL PAY"). Where the tagger read it as a function word, only a determiner or possessive
     * before it ("the WHO will") or a noun it modifies ("WHO guidelines") rules that reading out: "WHO is to blame"
     * can be the question word written in capitals, and the tagger's reading stands.
     */
    private static boolean acronymRepeat(List<Token> tokens, boolean[] covered, int t, List<String> words) {
        return words.size() == 1 && isAllCapitals(words) && !covered[t] && tokens.get(t).word().equals(words.get(0))
                && !capitalWordAt(tokens, t - 1) && !capitalWordAt(tokens, t + 1)
                && (!tagIn(FUNCTION_TAGS, tokens, t) || tagIn(DETERMINERS, tokens, t - 1)
                || tagIn(NOUNS, tokens, t + 1));
    }

    /**
     * A name of several words written again word for word, every word capitalised as the tagged mention has it,
     * whatever the part-of-speech tagger made of the words there: "later One Nation member" (read as a number and a
     * common noun) is the party the article named "One Nation" before. Several capitalised words in the same order
     * are the name; a single word is not (a capital can just open a sentence), so one-word names keep the
     * proper-noun test.
     */
    private static boolean capitalisedRepeat(List<Token> tokens, boolean[] covered, int t, List<String> words) {
        if (words.size() < 2 || t + words.size() > tokens.size()) return false;
        for (int k = 0; k < words.size(); k++) {
            String w = tokens.get(t + k).word();
            if (covered[t + k] || !w.equals(words.get(k)) || !Character.isUpperCase(w.charAt(0))
                    && !Character.isDigit(w.charAt(0))) return false;
        }
        return true;
    }

    private static boolean tagIn(Set<String> tags, List<Token> tokens, int t) {
        return t >= 0 && t < tokens.size() && tokens.get(t).pos() != null && tags.contains(tokens.get(t).pos());
    }

    private static boolean capitalWordAt(List<Token> tokens, int t) {
        if (t < 0 || t >= tokens.size()) return false;
        String w = tokens.get(t).word();
        return w.chars().anyMatch(Character::isLetter) && isCapitalWord(w.replaceAll("[^\\p{L}.]", ""));
    }

    private static boolean matches(List<Token> tokens, boolean[] covered, int t, List<String> words) {
        if (t + words.size() > tokens.size()) return false;
        for (int k = 0; k < words.size(); k++) {
            Token tok = tokens.get(t + k);
            if (covered[t + k] || !tok.word().equals(words.get(k))
                    || !(properNoun(tokens, t + k) || OrganisationCues.nameWord(tok))) return false;
        }
        return true;
    }

    private static boolean properNoun(List<Token> tokens, int t) {
        if (t < 0 || t >= tokens.size()) return false;
        String pos = tokens.get(t).pos();
        return pos != null && pos.startsWith("NNP");
    }

    /**
     * Splits the bare mentions of a country's name from the ones the article qualifies ("Congo-Brazzaville", "Holland,
     * Michigan") when the article also names that country otherwise ("the Democratic Republic of the Congo"): the bare
     * ones then mean the country. Without such a name, a bare repeat is the qualified place, as news writes a town in
     * full once and then alone.
     */
    private static List<List<Item>> bareCountryApartFromQualified(List<List<Item>> groups,
                                                                  Map<Integer, Span> qualified) {
        if (qualified.isEmpty()) return groups;
        Map<String, Set<String>> countryForms = new HashMap<>();
        for (List<Item> g : groups) {
            String country = CountryNames.countryOf(g.get(0).form().joined());
            if (country != null && majority(g) == EntityType.LOCATION
                    && g.stream().noneMatch(it -> qualified.containsKey(it.span().start()))) {
                countryForms.computeIfAbsent(country, c -> new HashSet<>()).add(g.get(0).form().key());
            }
        }
        List<List<Item>> out = new ArrayList<>(groups.size() + 1);
        for (List<Item> g : groups) {
            List<Item> inPlace = g.stream().filter(it -> qualified.containsKey(it.span().start())).toList();
            String key = g.get(0).form().key();
            String country = inPlace.isEmpty() || inPlace.size() == g.size() ? null
                    : CountryNames.countryOf(g.get(0).form().joined());
            boolean namedOtherwise = country != null
                    && countryForms.getOrDefault(country, Set.of()).stream().anyMatch(k -> !k.equals(key));
            if (namedOtherwise) {
                out.add(inPlace);
                out.add(g.stream().filter(it -> !qualified.containsKey(it.span().start())).toList());
            } else {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * The names of one country in the article ("United States of America", "U.S.", "America"; {@link CountryNames})
     * are one place; the entity then takes the fullest of them as its name. A place the article puts inside another
     * ({@link QualifiedPlaces}: "Holland, Michigan") is none of them.
     */
    private static void mergeCountryNames(List<List<Item>> groups, int[] parent, Map<Integer, Span> qualified) {
        String[] country = new String[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            if (majority(groups.get(g)) != EntityType.LOCATION
                    || groups.get(g).stream().anyMatch(it -> qualified.containsKey(it.span().start()))) continue;
            country[g] = CountryNames.countryOf(groups.get(g).get(0).form().joined());
            if (country[g] == null && CountryNames.isOwnName(groups.get(g).get(0).form().joined())) country[g] = "";
        }
        List<String>[] words = lowerWords(groups);
        for (int g = 0; g < groups.size(); g++) {
            int within = ownNameEndingIn(groups, country, words, g);
            if (within < 0) continue;
            parent[find(parent, g)] = find(parent, within);
            country[g] = null;
        }
        Map<String, Integer> first = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            if (country[g] == null || country[g].isEmpty()) continue;
            Integer before = first.putIfAbsent(country[g], g);
            if (before != null) parent[find(parent, g)] = find(parent, before);
        }
    }

    /**
     * The one country of the article whose own name ends in a name the lists file under another country, where the
     * article names that other country no other way: "Congo" in an article about the Republic of the Congo is that
     * republic, though the lists put a bare "Congo" under the Democratic Republic. -1 when there is none. A name that
     * is a country's own ("Sudan" beside "South Sudan", "Guinea" beside "Equatorial Guinea") keeps its country.
     * {@code country} holds per place group its country's key, "" for a country the lists give no other name.
     */
    private static int ownNameEndingIn(List<List<Item>> groups, String[] country, List<String>[] words, int g) {
        if (country[g] == null || country[g].isEmpty()
                || CountryNames.isOwnName(groups.get(g).get(0).form().joined())) return -1;
        int found = -1;
        for (int h = 0; h < groups.size(); h++) {
            if (h == g || country[h] == null) continue;
            if (country[h].equals(country[g])) return -1;
            List<String> w = words[h];
            if (w.size() <= words[g].size() || !CountryNames.isOwnName(groups.get(h).get(0).form().joined())
                    || !w.subList(w.size() - words[g].size(), w.size()).equals(words[g])) continue;
            if (found >= 0) return -1;
            found = h;
        }
        return found;
    }

    /**
     * Joins each shorter name to the single longer name that contains it (or whose initials it spells). Longer short
     * forms go first, so "United States" has joined "United States of America" before "US" looks for its one name.
     * An acronym that spells one name of the article is that name's, even where other names start with it: "GM
     * Europe" is a part of "General Motors", not another candidate for "GM".
     */
    private static void mergeShortForms(NlpDocument doc, List<List<Item>> groups, int[] parent, AcronymSenses senses,
                                        List<Set<String>> offices, int joining, boolean[] companies,
                                        int[] noOne, boolean[] products, String title, Map<Item, Integer> moved) {
        int n = groups.size();
        List<String>[] words = lowerWords(groups);
        Map<String, Integer> byKey = new HashMap<>();
        for (int g = n - 1; g >= 0; g--) byKey.put(groups.get(g).get(0).form().key(), g);
        EntityType[] majority = new EntityType[n];
        for (int g = 0; g < n; g++) majority[g] = majority(groups.get(g));
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingInt(g -> -words[g].size()));
        boolean[] separate = separateOrganisations(doc, groups, words, products);
        for (int g : order) {
            if (g >= joining) continue;
            String key = groups.get(g).get(0).form().key();
            Integer introduced = words[g].size() == 1 ? byKey.get(senses.introduced().getOrDefault(key, "")) : null;
            if (introduced != null) {
                parent[find(parent, g)] = find(parent, introduced);
                continue;
            }
            int target = -1, spelled = -1;
            boolean ambiguous = false, ambiguousSpelling = false, anotherBody = false;
            // the names it could be that the article had written by its last bare mention ({@link #firstStart})
            int lastShort = lastStart(groups.get(g));
            Map<Integer, EntityType> namedBefore = new HashMap<>();
            Map<Integer, List<Integer>> holders = new LinkedHashMap<>();
            for (int l = 0; l < n; l++) {
                if (words[l].size() <= words[g].size() || !joins(groups.get(g), words[g], majority[g], words[l],
                        majority[l], groups.get(l)) || isAnotherAgency(senses, groups.get(g), groups.get(l))
                        || isAnotherHolder(words[g], words[l], majority[l], offices.get(g), offices.get(l))
                        || majority[l] == EntityType.PERSON && Generations.anotherGeneration(words[g], words[l])
                        && (generationShown(doc, groups.get(g), groups.get(l), words[l])
                        || Generations.ownOffice(offices.get(g), offices.get(l)))
                        || companies[g] && majority[l] == EntityType.PERSON && founderNamed(doc, groups.get(l))
                        || majority[l] == EntityType.PERSON && (noOne[g] == FAMILY
                        && !words[l].get(0).equals(words[g].get(0)) || noOne[g] == TITLE_TAIL
                        && words[l].get(0).equals(words[g].get(0)))) {
                    continue;
                }
                if (majority[l] == EntityType.ORGANIZATION
                        && OtherBodies.another(words[g], words[l], from(words[g], words[l]), products[l],
                        separate[g])) {
                    anotherBody = true;
                    continue;
                }
                int root = find(parent, l);
                if (target == -1) target = root;
                else if (target != root) ambiguous = true;
                if (firstStart(groups.get(l)) < lastShort) namedBefore.put(root, majority[l]);
                if (majority[l] == EntityType.PERSON) holders.computeIfAbsent(root, r -> new ArrayList<>()).add(l);
                if (!spellsOut(groups.get(g), majority[g], groups.get(l), majority[l])) continue;
                if (spelled == -1) spelled = root;
                else if (spelled != root) ambiguousSpelling = true;
            }
            if (spelled != -1 && !ambiguousSpelling) parent[find(parent, g)] = spelled;
            else if (target != -1 && !ambiguous && !anotherBody) parent[find(parent, g)] = target;
            else if (ambiguous && namedBefore.size() == 1 && majority[g] == EntityType.PERSON
                    && namedBefore.containsValue(EntityType.PERSON)) {
                parent[find(parent, g)] = namedBefore.keySet().iterator().next();
            } else if (ambiguous && majority[g] == EntityType.PERSON && words[g].size() == 1) {
                List<Item> bare = new ArrayList<>(groups.get(g));
                bare.sort(Comparator.comparingInt(it -> it.span().start()));
                boolean[] person = personTokens(doc, groups);
                int[] subjects = SurnameSubjects.subjects(words[g].get(0), holders(doc, groups, holders, person),
                        bares(doc, bare, person), title);
                for (int i = 0; i < subjects.length; i++) if (subjects[i] >= 0) moved.put(bare.get(i), subjects[i]);
            }
        }
    }

    /**
     * The people a shared surname may stand for, per root: where each is named, how it is written and its gender.
     */
    private static List<SurnameSubjects.Holder> holders(NlpDocument doc, List<List<Item>> groups,
                                                        Map<Integer, List<Integer>> byRoot, boolean[] person) {
        List<SurnameSubjects.Holder> out = new ArrayList<>();
        byRoot.forEach((root, members) -> {
            List<Item> items = new ArrayList<>();
            String known = null;
            for (int l : members) {
                items.addAll(groups.get(l));
                if (known == null) known = personGender(doc, groups.get(l), groups.get(l).get(0).form().words());
            }
            String gender = known;
            items.sort(Comparator.comparingInt(it -> it.span().start()));
            List<Integer> mentions = new ArrayList<>();
            List<List<String>> names = new ArrayList<>();
            boolean kin = false, coach = false;
            for (Item it : items) {
                mentions.add(it.span().start());
                names.add(it.form().words());
                // the article's own pronoun beats the given name's list ("Ginger Baker ... his" is a man)
                int t = tokenStartingAt(doc, it.span().start());
                if (t >= 0) kin |= Generations.namedAsKin(doc.tokens(), t, t + it.form().words().size());
                if (t >= 0) coach |= PersonRoles.of(doc.tokens(), t, tokenAfter(doc, t, it.span().end()), true)
                        .contains(PlayersActs.COACH);
                String said = t < 0 ? null : PersonEvidence.pronounGender(doc, t, t + it.form().words().size(), person);
                if (said != null && gender != null && !said.equals(gender)) gender = null;
            }
            out.add(new SurnameSubjects.Holder(root, mentions, names, gender, kin, coach));
        });
        return out;
    }

    /** Each bare mention's start, sentence and the gender of the "he"/"she" that points back at it. */
    private static List<SurnameSubjects.Bare> bares(NlpDocument doc, List<Item> bare, boolean[] person) {
        List<SurnameSubjects.Bare> out = new ArrayList<>();
        for (Item it : bare) {
            int t = tokenStartingAt(doc, it.span().start());
            String pronoun = t < 0 ? null : PersonEvidence.pronounGender(doc, t, t + it.form().words().size(), person);
            boolean plays = t >= 0 && PlayersActs.after(doc.tokens(), tokenAfter(doc, t, it.span().end()));
            out.add(new SurnameSubjects.Bare(it.span().start(), pronoun, plays));
        }
        return out;
    }

    private static int sentenceAt(NlpDocument doc, int offset) {
        int t = tokenStartingAt(doc, offset);
        return t < 0 ? -1 : doc.sentenceOf(t);
    }

    /**
     * Per group, whether the article shows its name to be an organisation apart from a foundation, trust, institute,
     * school or laboratories named after it ({@link OtherBodies#another}): a longer organisation's name opening with
     * it that names no such body ("Ford Motor Company") or one a company founded ("the Ford Foundation, founded by the
     * carmaker's family"), a product's version number after it ("Python 3.14"), or a company's sign around one of its
     * mentions ({@link OtherBodies#companySign}) or a company's act it does ({@link CompanyActs}: "Nissan recalled
     * 12,000 vans").
     */
    private static boolean[] separateOrganisations(NlpDocument doc, List<List<Item>> groups, List<String>[] words,
                                                   boolean[] products) {
        boolean[] out = new boolean[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            if (products[g]) out[g] = true;
            for (Item it : groups.get(g)) {
                int t = tokenStartingAt(doc, it.span().start());
                int end = t + it.form().words().size();
                if (t >= 0 && (OtherBodies.companySign(doc.tokens(), t, end) || CompanyActs.after(doc.tokens(), end))) {
                    out[g] = true;
                }
            }
            for (int l = 0; l < groups.size() && !out[g]; l++) {
                List<String> w = words[l];
                int from = from(words[g], w);
                boolean longer = w.size() > from + words[g].size()
                        && majority(groups.get(l)) == EntityType.ORGANIZATION
                        && w.subList(from, from + words[g].size()).equals(words[g]);
                out[g] = longer && (!OtherBodies.body(w) || foundedByCompany(doc, groups.get(l)));
            }
        }
        return out;
    }

    /**
     * Marks as a product each organisation's name that a shorter one opening it acts on in one clause ({@link
     * OtherBodies#actsOn}: "Red Hat instead released Red Hat Enterprise Linux").
     */
    private static void actedOn(NlpDocument doc, List<List<Item>> groups, boolean[] out) {
        for (int l = 0; l < groups.size(); l++) {
            List<String> longWords = groups.get(l).get(0).form().words();
            if (out[l] || majority(groups.get(l)) != EntityType.ORGANIZATION) continue;
            for (int g = 0; g < groups.size() && !out[l]; g++) {
                List<String> shortWords = groups.get(g).get(0).form().words();
                if (g == l || shortWords.size() >= longWords.size()
                        || !longWords.subList(0, shortWords.size()).equals(shortWords)) continue;
                for (Item s : groups.get(g)) {
                    int first = tokenStartingAt(doc, s.span().start());
                    if (first < 0) continue;
                    int end = tokenAfter(doc, first, s.span().end());
                    for (Item it : groups.get(l)) {
                        int longFirst = tokenStartingAt(doc, it.span().start());
                        if (longFirst >= 0 && OtherBodies.actsOn(doc.tokens(), end, longFirst)) out[l] = true;
                    }
                }
            }
        }
    }

    /** Whether the description after one mention of a body says a company founded it ({@link OtherBodies}). */
    private static boolean foundedByCompany(NlpDocument doc, List<Item> body) {
        for (Item it : body) {
            int first = tokenStartingAt(doc, it.span().start());
            if (first >= 0 && OtherBodies.foundedByCompany(doc.tokens(), tokenAfter(doc, first, it.span().end()))) {
                return true;
            }
        }
        return false;
    }

    /** {@link Generations#shown} for a short full name and the longer one ending in a generation's suffix. */
    private static boolean generationShown(NlpDocument doc, List<Item> shorter, List<Item> longer,
                                           List<String> longWords) {
        Set<String> article = new HashSet<>(), near = new HashSet<>();
        // the sentences that write either name or its surname ("Williams Jr. told the crowd his father's music")
        Set<Integer> sentences = new HashSet<>();
        for (Item it : shorter) sentences.add(sentenceAt(doc, it.span().start()));
        for (Item it : longer) sentences.add(sentenceAt(doc, it.span().start()));
        String surname = longWords.get(longWords.size() - 2);
        for (int t = 0; t < doc.tokens().size(); t++) {
            if (NameForm.keyOf(doc.tokens().get(t).word()).equals(surname)) sentences.add(doc.sentenceOf(t));
        }
        for (int t = 0; t < doc.tokens().size(); t++) {
            String w = NameForm.keyOf(doc.tokens().get(t).word());
            article.add(w);
            if (sentences.contains(doc.sentenceOf(t))) near.add(w);
        }
        return Generations.shown(longWords.get(longWords.size() - 1), article, near);
    }

    /** 1 where a longer name opens with a "the" the short one lacks ("The Walt Disney Co." beside "Walt Disney"). */
    private static int from(List<String> shortWords, List<String> longWords) {
        return longWords.get(0).equals("the") && !shortWords.get(0).equals("the") ? 1 : 0;
    }

    /**
     * Per group, whether it names a product ({@link OtherBodies#versioned}): one of its mentions, or of an acronym
     * of the article that spells it, stands before a version number ("Red Hat Enterprise Linux (RHEL) ... RHEL 7").
     */
    private static boolean[] products(NlpDocument doc, List<List<Item>> groups) {
        boolean[] versioned = new boolean[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            for (Item it : groups.get(g)) {
                int first = tokenStartingAt(doc, it.span().start());
                if (first >= 0 && OtherBodies.versioned(doc, tokenAfter(doc, first, it.span().end()))) {
                    versioned[g] = true;
                }
            }
        }
        boolean[] out = versioned.clone();
        actedOn(doc, groups, out);
        for (int a = 0; a < groups.size(); a++) {
            List<String> acronym = groups.get(a).get(0).form().words();
            if (!versioned[a] || !isAllCapitals(acronym)) continue;
            for (int g = 0; g < groups.size(); g++) {
                if (g != a && isAcronymOf(acronym.get(0), groups.get(g).get(0).form().words())) out[g] = true;
            }
        }
        return out;
    }

    /**
     * Per group, whether its one word, read as a person, names no one person of the article in any mention: a given
     * name that ends a longer capitalised name the tagger cut short ({@link #TITLE_TAIL}: "the show Morning Joe"
     * beside "Joe Biden": a capitalised noun before it mid-sentence, which taggers may read as a common noun, that is
     * no title, office, day or other name, in a sentence not in title case),
     * which joins no full name it opens ("Hagia Sophia's" may still join "Hagia Sophia"), or a family ({@link
     * #FAMILY}: "the Turpin's offspring": a determiner before the name and a possessive after it, as "the Turpins'"
     * is often misspelt; "the Biden administration" names him), which joins no person's name but one it opens
     * ("the Donald's" may be Donald Trump's nickname); else 0.
     */
    private static int[] noOneMember(NlpDocument doc, List<List<Item>> groups) {
        boolean[] named = new boolean[doc.tokens().size()];
        for (List<Item> g : groups) for (Item it : g) mark(doc, it, named, true);
        int[] out = new int[groups.size()];
        List<Token> tokens = doc.tokens();
        for (int g = 0; g < groups.size(); g++) {
            List<Item> group = groups.get(g);
            if (group.get(0).form().words().size() != 1 || majority(group) != EntityType.PERSON) continue;
            boolean tails = true, families = true;
            for (Item it : group) {
                int t = tokenStartingAt(doc, it.span().start());
                if (t < 1) {
                    tails = families = false;
                    break;
                }
                Token before = tokens.get(t - 1);
                String w = before.word();
                boolean titleTail = GivenNames.contains(tokens.get(t).word()) && !named[t - 1]
                        && before.pos() != null && before.pos().startsWith("NN") && !w.isEmpty()
                        && Character.isUpperCase(w.charAt(0)) && doc.sentenceOf(t - 1) == doc.sentenceOf(t)
                        && doc.sentences().get(doc.sentenceOf(t)).firstToken() != t - 1
                        && !NameForm.isTitle(w) && !PersonRoles.isOffice(w) && !isNotName(w)
                        && !titleCased(doc, doc.sentenceOf(t));
                boolean family = before.word().equalsIgnoreCase("the") && t + 1 < tokens.size()
                        && "POS".equals(tokens.get(t + 1).pos());
                tails &= titleTail;
                families &= family;
            }
            out[g] = tails ? TITLE_TAIL : families ? FAMILY : 0;
        }
        return out;
    }

    /**
     * Where a group is first written. A surname two people of the article share is the one the article had named in
     * full when it last wrote the surname alone ("Rafael Nadal ... Nadal said ... Toni Nadal, his uncle"): a reporter
     * who brings in a second holder of the name writes the bare surname for the first one only until then.
     */
    private static int firstStart(List<Item> group) {
        int min = Integer.MAX_VALUE;
        for (Item it : group) min = Math.min(min, it.span().start());
        return min;
    }

    private static int lastStart(List<Item> group) {
        int max = -1;
        for (Item it : group) max = Math.max(max, it.span().start());
        return max;
    }

    /**
     * "Jong Woo Son", typed an organisation by the tagger, in an article that writes "Mr Son" or "charges against
     * him": a name of two words or more, none of which says organisation (a head word such as "Records", a legal
     * form), is a person where the article writes an honorific before it or before a one-word person that is a word
     * of it, or where the tagger read the name or such a word as a person somewhere and a pronoun points back at one
     * of them ({@link PersonEvidence}). Its mentions take the person's type, so that one label holds for the
     * entity and its surname joins it.
     */
    private static void peopleReadAsOrganisations(NlpDocument doc, List<List<Item>> groups) {
        boolean[] person = personTokens(doc, groups);
        List<String>[] words = lowerWords(groups);
        for (int g = 0; g < groups.size(); g++) {
            List<Item> group = groups.get(g);
            if (words[g].size() < 2 || majority(group) != EntityType.ORGANIZATION
                    || !namedLikePerson(group.get(0).form().words())) continue;
            List<Item> evidence = new ArrayList<>(group);
            boolean taggedPerson = group.stream().anyMatch(it -> it.type() == EntityType.PERSON);
            for (int h = 0; h < groups.size(); h++) {
                if (words[h].size() == 1 && words[g].contains(words[h].get(0))
                        && majority(groups.get(h)) == EntityType.PERSON && !wordOfAPerson(groups, words, g, h)) {
                    evidence.addAll(groups.get(h));
                    taggedPerson = true;
                }
            }
            // the name's own short forms are no other person between it and its pronoun
            boolean[] others = person.clone();
            for (Item it : evidence) mark(doc, it, others, false);
            boolean honorific = false, pronoun = false;
            for (Item it : evidence) {
                int first = tokenStartingAt(doc, it.span().start());
                if (first < 0) continue;
                honorific |= PersonEvidence.honorificGender(doc.tokens(), first) != null;
                pronoun |= PersonEvidence.personPronounAfter(doc, first, tokenAfter(doc, first, it.span().end()),
                        others);
            }
            if (honorific || taggedPerson && pronoun) {
                group.replaceAll(it -> new Item(it.form(), EntityType.PERSON, it.span()));
            }
        }
    }

    /**
     * "Moderna said its vaccine was safe ... Shares of Moderna rose", typed a person by the tagger: a one-word name
     * that the article writes as a company's in two mentions ({@link PersonEvidence#thingSign}) and never as a
     * person's is an organisation. A person's signs are a given name (the word is one), a title or honorific before
     * a mention or an office in apposition after it, or "he" or
     * "she" pointing back at one; a surname alone is rarely all an article gives of a person, so the tagger's reading
     * is a guess from the word's letters. One mention is not enough: a review (session 24) found one sentence's "it"
     * and "its" pointing at the club, the ball or the law after coaches', players' and judges' surnames. A person
     * of the article named in full with the word ("Nikola Tesla" beside "Shares of Tesla fell ... Tesla said it would
     * recall cars") no longer keeps it a person (session 28, ents28): the two signs are the company's, and the
     * person is its namesake, kept apart by {@link #companiesNamedLikePeople}.
     */
    private static void companiesOnlyTheTaggerCallsPeople(NlpDocument doc, List<List<Item>> groups) {
        boolean[] person = personTokens(doc, groups);
        boolean[] named = new boolean[doc.tokens().size()];
        for (List<Item> g : groups) for (Item it : g) mark(doc, it, named, true);
        List<String>[] words = lowerWords(groups);
        for (int g = 0; g < groups.size(); g++) {
            List<Item> group = groups.get(g);
            if (words[g].size() != 1 || majority(group) != EntityType.PERSON
                    || GivenNames.contains(group.get(0).form().words().get(0))) continue;
            // a word of a longer organisation's name is left to companiesReadAsPeople; a person's namesake
            // ("Nikola Tesla" beside "Shares of Tesla fell ... Tesla said it") is outweighed by two company signs
            boolean personal = false;
            for (int p = 0; p < groups.size() && !personal; p++) {
                personal = p != g && words[p].size() > 1 && words[p].contains(words[g].get(0))
                        && majority(groups.get(p)) != EntityType.PERSON;
            }
            boolean[] others = person.clone();
            for (Item it : group) mark(doc, it, others, false);
            int signs = 0;
            for (Item it : group) {
                int first = tokenStartingAt(doc, it.span().start());
                if (first < 0 || personal) continue;
                int end = tokenAfter(doc, first, it.span().end());
                personal = personSign(doc, first, end, others);
                if (PersonEvidence.thingSign(doc, first, end, named)) signs++;
            }
            if (!personal && signs >= 2) {
                group.replaceAll(it -> new Item(it.form(), EntityType.ORGANIZATION, it.span()));
            }
        }
    }

    /**
     * Whether the article writes the mention from {@code first} to {@code end} as a person's: a title, office or
     * honorific before it, "he" or "she" near after it with no other person ({@code others}) between, or an office
     * in apposition after it.
     */
    private static boolean personSign(NlpDocument doc, int first, int end, boolean[] others) {
        String before = first > 0 ? doc.tokens().get(first - 1).word().replace(".", "") : "";
        return NameForm.isTitle(before.toLowerCase(Locale.ROOT)) || PersonRoles.isOffice(before)
                || PersonEvidence.honorificGender(doc.tokens(), first) != null
                || PersonEvidence.personPronounNear(doc, first, end, others)
                || PersonEvidence.describedInApposition(doc.tokens(), end, 8, PersonRoles::isOffice);
    }

    /**
     * "the drugs' makers, Eli Lilly and Novo Nordisk ... Lilly's and Novo's offers", the lone "Lilly" read as a
     * person: a one-word name the tagger read as a person that ends the one organisation's name of the article
     * written as a person's name (a listed given name, then capitalised words none of which says organisation: a
     * company named after its founder) is that company, where the article writes one of the two as a company's
     * ({@link #companyShown}) and no mention of the word as a person's ({@link #personSign}); a word of a person's
     * full name of the article ("Eli Lilly ... Karen Lilly said") stays the person's. Session 28 (ents28).
     */
    private static void companiesNamedAfterFounders(NlpDocument doc, List<List<Item>> groups, int[] parent) {
        List<String>[] words = lowerWords(groups);
        boolean[] person = personTokens(doc, groups);
        boolean[] named = new boolean[doc.tokens().size()];
        boolean[] organisation = new boolean[doc.tokens().size()];
        Set<String> personWords = new HashSet<>();
        for (int g = 0; g < groups.size(); g++) {
            for (Item it : groups.get(g)) mark(doc, it, named, true);
            if (majority(groups.get(g)) == EntityType.ORGANIZATION) {
                for (Item it : groups.get(g)) mark(doc, it, organisation, true);
            }
            if (words[g].size() > 1 && majority(groups.get(g)) == EntityType.PERSON) personWords.addAll(words[g]);
        }
        for (int g = 0; g < groups.size(); g++) {
            List<Item> group = groups.get(g);
            if (words[g].size() != 1 || find(parent, g) != g || majority(group) != EntityType.PERSON
                    || personWords.contains(words[g].get(0)) || isAllCapitals(group.get(0).form().words())) continue;
            int target = -1;
            for (int l = 0; l < groups.size(); l++) {
                List<String> w = groups.get(l).get(0).form().words();
                if (words[l].size() < 2 || !words[l].get(words[l].size() - 1).equals(words[g].get(0))
                        || majority(groups.get(l)) != EntityType.ORGANIZATION || !GivenNames.contains(w.get(0))
                        || !namedLikePerson(w)) continue;
                target = target == -1 ? l : -2;
            }
            if (target < 0) continue;
            boolean[] others = person.clone();
            for (Item it : group) mark(doc, it, others, false);
            boolean personal = false;
            for (Item it : group) {
                int first = tokenStartingAt(doc, it.span().start());
                if (first >= 0) personal |= personSign(doc, first, tokenAfter(doc, first, it.span().end()), others);
            }
            if (personal || !companyShown(doc, group, named, organisation)
                    && !companyShown(doc, groups.get(target), named, organisation)) continue;
            parent[g] = find(parent, target);
            group.replaceAll(it -> new Item(it.form(), EntityType.ORGANIZATION, it.span()));
        }
    }

    /**
     * Whether a mention of the group is written as a company's: "shares of" it, its chief executive, "it"/"its"
     * pointing back at it ({@link PersonEvidence#thingSign}), a legal form or ", the drugmaker" ({@link
     * OtherBodies#companySign}), a company's act ({@link CompanyActs}), or "and"/"or" joining it to an
     * organisation's name ({@code organisation} marks their tokens: "Lilly's and Novo's offers").
     */
    private static boolean companyShown(NlpDocument doc, List<Item> group, boolean[] named, boolean[] organisation) {
        List<Token> tokens = doc.tokens();
        for (Item it : group) {
            int first = tokenStartingAt(doc, it.span().start());
            if (first < 0) continue;
            int end = tokenAfter(doc, first, it.span().end());
            if (PersonEvidence.thingSign(doc, first, end, named) || OtherBodies.companySign(tokens, first, end)
                    || CompanyActs.after(tokens, end)) return true;
            int next = end < tokens.size() && "POS".equals(tokens.get(end).pos()) ? end + 1 : end;
            if (next + 1 < tokens.size() && coordinator(tokens.get(next)) && organisation[next + 1]) return true;
            int before = first - 1;
            if (before >= 1 && coordinator(tokens.get(before)) && organisation[before - 1
                    - ("POS".equals(tokens.get(before - 1).pos()) && before >= 2 ? 1 : 0)]) return true;
        }
        return false;
    }

    private static boolean coordinator(Token t) {
        return t.word().equalsIgnoreCase("and") || t.word().equalsIgnoreCase("or") || t.word().equals("&");
    }

    /** Whether the one word of group {@code h} is a word of a person's full name other than group {@code g}. */
    private static boolean wordOfAPerson(List<List<Item>> groups, List<String>[] words, int g, int h) {
        for (int p = 0; p < groups.size(); p++) {
            if (p != g && words[p].size() > 1 && words[p].contains(words[h].get(0))
                    && majority(groups.get(p)) == EntityType.PERSON) return true;
        }
        return false;
    }

    /**
     * Per group, whether it is a one-word organisation named like a person of the article ("Apple" beside "Fiona
     * Apple", "Ford" beside "Greg Ford"): the tagger read it as an organisation, and the article says so too, by
     * "it" or "its" pointing back at it, "shares of" it ({@link PersonEvidence#thingSign}, session 28) or by an
     * organisation's longer name that begins with it ("Ford Motor Company"). Such a word joins no person's full
     * name that opens with a given name ({@link GivenNames}) or that the article names a founder ("Enzo Ferrari
     * founded the company", {@link #founderNamed}, session 28); a "person" named otherwise may be an organisation the
     * tagger misread ("Team Zorin"), and the word stays apart from both, as before. Without that evidence it may join the person: the tagger reads a surname as an
     * organisation often enough ("Bloomberg" beside "Michael Bloomberg").
     */
    private static boolean[] companiesNamedLikePeople(NlpDocument doc, List<List<Item>> groups) {
        boolean[] out = new boolean[groups.size()];
        boolean[] person = personTokens(doc, groups);
        boolean[] named = new boolean[doc.tokens().size()];
        for (List<Item> g : groups) for (Item it : g) mark(doc, it, named, true);
        List<String>[] words = lowerWords(groups);
        for (int g = 0; g < groups.size(); g++) {
            if (words[g].size() != 1 || majority(groups.get(g)) != EntityType.ORGANIZATION) continue;
            for (int l = 0; l < groups.size() && !out[g]; l++) {
                List<String> w = words[l];
                int from = w.get(0).equals("the") ? 1 : 0;
                out[g] = w.size() > from + 1 && w.get(from).equals(words[g].get(0))
                        && majority(groups.get(l)) == EntityType.ORGANIZATION;
            }
            for (Item it : groups.get(g)) {
                int first = tokenStartingAt(doc, it.span().start());
                if (first < 0) continue;
                int end = tokenAfter(doc, first, it.span().end());
                out[g] |= PersonEvidence.thingPronounAfter(doc, first, end, person)
                        || PersonEvidence.thingSign(doc, first, end, named);
            }
        }
        return out;
    }

    /**
     * Whether a person's name that a company bears is written as a person's: it opens with a listed given name, or
     * the article names it the company's founder ({@link OtherBodies#founder}: "Enzo Ferrari founded the company",
     * a given name no list knows).
     */
    private static boolean founderNamed(NlpDocument doc, List<Item> person) {
        if (GivenNames.contains(person.get(0).form().words().get(0))) return true;
        for (Item it : person) {
            int first = tokenStartingAt(doc, it.span().start());
            if (first >= 0 && OtherBodies.founder(doc.tokens(), first, tokenAfter(doc, first, it.span().end()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] personTokens(NlpDocument doc, List<List<Item>> groups) {
        boolean[] person = new boolean[doc.tokens().size()];
        for (List<Item> g : groups) {
            if (majority(g) == EntityType.PERSON) for (Item it : g) mark(doc, it, person, true);
        }
        return person;
    }

    private static void mark(NlpDocument doc, Item it, boolean[] tokens, boolean value) {
        int first = tokenStartingAt(doc, it.span().start());
        if (first < 0) return;
        for (int t = first; t < tokens.length && doc.tokens().get(t).start() < it.span().end(); t++) tokens[t] = value;
    }

    /** Capitalised words, none an organisation's head word or legal form, nor a word in capitals ("GE Capital"). */
    private static boolean namedLikePerson(List<String> words) {
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || OrganisationNames.isHeadWord(w)
                    || LegalForms.is(w) || NameForm.isPossessive(w) || w.length() > 1 && isCapitalWord(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Coastlink" alone beside "Coastlink Terminals": a one-word name the tagger read as a person that begins the
     * name of one organisation of the article, and is no word of a person's full name there ("Ford" beside "Henry
     * Ford" and "Ford Motor Company" stays the surname the tagger read), is that organisation: a company's short
     * name reads like a surname to the tagger. Its mentions take the organisation's type, so the majority vote does
     * not make the company a person. A name the tagger read as a place ("Perth" beside "Perth Mint") keeps its
     * reading.
     */
    private static void companiesReadAsPeople(List<List<Item>> groups, int[] parent, boolean[] products,
                                              boolean[] separate) {
        List<String>[] words = lowerWords(groups);
        Set<String> personWords = new HashSet<>();
        for (int g = 0; g < groups.size(); g++) {
            if (words[g].size() > 1 && majority(groups.get(g)) == EntityType.PERSON) personWords.addAll(words[g]);
        }
        for (int g = 0; g < groups.size(); g++) {
            if (words[g].size() != 1 || find(parent, g) != g || majority(groups.get(g)) != EntityType.PERSON
                    || personWords.contains(words[g].get(0)) || isAllCapitals(groups.get(g).get(0).form().words())) {
                continue;
            }
            int target = -1;
            boolean ambiguous = false, anotherBody = false;
            for (int l = 0; l < groups.size(); l++) {
                List<String> w = words[l];
                int from = !w.isEmpty() && w.get(0).equals("the") ? 1 : 0;
                if (w.size() <= from + 1 || !w.get(from).equals(words[g].get(0))
                        || majority(groups.get(l)) != EntityType.ORGANIZATION) continue;
                int root = find(parent, l);
                anotherBody |= OtherBodies.another(words[g], w, from, products[l], separate[g]);
                if (target == -1) target = root;
                else if (target != root) ambiguous = true;
            }
            if (target == -1 || target == g || ambiguous && !anotherBody) continue;
            // a short name kept apart from a longer organisation's is still an organisation ("Meta" beside "Meta
            // Superintelligence Labs"): the tagger's person there is the same misreading (review26r item 3)
            if (!ambiguous && !anotherBody) parent[g] = target;
            groups.get(g).replaceAll(it -> new Item(it.form(), EntityType.ORGANIZATION, it.span()));
        }
    }

    /**
     * Whether a family name written first ("Kim" of "Kim Yong Chol") is another holder of it: the article gives it
     * an office it does not give the full name ({@link PersonRoles}). A surname written last ("Vázquez" of "Wanda
     * Vázquez Garced") joins whatever its office: people named that way are fewer to a surname in one article, and
     * news follows them from one office to the next ("Secretary of Justice ... Governor Vázquez").
     */
    private static boolean isAnotherHolder(List<String> shortWords, List<String> longWords, EntityType longType,
                                           Set<String> shortOffices, Set<String> longOffices) {
        return longType == EntityType.PERSON && shortWords.size() == 1 && longWords.get(0).equals(shortWords.get(0))
                && PersonRoles.anotherOffice(shortOffices, longOffices);
    }

    /** Per group of people, the offices the article gives its mentions ({@link PersonRoles}); empty for others. */
    private static List<Set<String>> offices(NlpDocument doc, List<List<Item>> groups) {
        List<Set<String>> out = new ArrayList<>(groups.size());
        for (List<Item> g : groups) {
            Set<String> offices = new HashSet<>();
            if (majority(g) == EntityType.PERSON) {
                for (Item it : g) {
                    int first = tokenStartingAt(doc, it.span().start());
                    // a name alone takes its office only from a title before it ("Chairman Kim"): an apposition
                    // after it ("Kim, the former spy chief,") as often adds another office of the same person
                    if (first >= 0) offices.addAll(PersonRoles.of(doc.tokens(), first, tokenAfter(doc, first,
                            it.span().end()), it.form().words().size() > 1));
                }
            }
            out.add(offices);
        }
        return out;
    }

    /** The first token from {@code first} on that starts at or after an offset: the token after a name. */
    private static int tokenAfter(NlpDocument doc, int first, int offset) {
        int t = first;
        while (t < doc.tokens().size() && doc.tokens().get(t).start() < offset) t++;
        return t;
    }

    /**
     * Whether the article calls an acronym a news agency ({@link AcronymSenses}) and the longer name it spells is no
     * such thing: neither called one nor named like one ("Air Products" beside the credit line "HOUSTON (AP) —").
     */
    private static boolean isAnotherAgency(AcronymSenses senses, List<Item> shortItems, List<Item> longItems) {
        List<String> longWords = longItems.get(0).form().words();
        return senses.agencies().contains(shortItems.get(0).form().key()) && shortItems.get(0).form().words().size() == 1
                && !senses.agencies().contains(longItems.get(0).form().key()) && !AcronymSenses.soundsLikeNews(longWords)
                && isAcronymOf(shortItems.get(0).form().words().get(0), longWords);
    }

    /**
     * Whether a one-word short form is the acronym of a longer name, of a compatible type: no person on either side
     * (but an organisation's acronym the tagger read as one), and no country's short name ("US", "UK"), which only
     * ever joins that country's other names ({@link #mergeCountryNames}); the tagger types acronyms loosely, so
     * places, organisations and MISC mix ("ISS" as an organisation beside the "International Space Station" as a
     * place). "US" stays apart from a company "Ultimate Sports".
     */
    private static boolean spellsOut(List<Item> shortItems, EntityType shortType, List<Item> longItems,
                                     EntityType longType) {
        List<String> shortWords = shortItems.get(0).form().words();
        List<String> longWords = longItems.get(0).form().words();
        if (shortWords.size() != 1 || longType == EntityType.PERSON
                || CountryNames.countryOf(shortWords.get(0)) != null) return false;
        if (shortType != EntityType.PERSON && isAcronymOf(shortWords.get(0), longWords)) return true;
        // Only an organisation's acronym spells its joining words ("ALOR", the Australian League of Rights), and the
        // tagger reads one it does not know as a person; no person's name is written in capitals of three letters
        // or more inside ordinary prose. An event's or a work's name does not lend its type so: a festival "of"
        // something keeps the acronym the tagger typed an organisation.
        boolean capitals = isAllCapitals(shortWords) && shortWords.get(0).replace(".", "").length() >= 3;
        return longType == EntityType.ORGANIZATION && (shortType != EntityType.PERSON || capitals)
                && (isAcronymOf(shortWords.get(0), longWords)
                    || shortWords.get(0).replace(".", "").equals(initialsWithJoiners(longWords)));
    }

    private static boolean joins(List<Item> shortItems, List<String> shortWords, EntityType shortType,
                                 List<String> longWords, EntityType longType, List<Item> longItems) {
        if (longType == EntityType.PERSON) {
            // A surname (or first name) alone, unless the article consistently calls it a place; a short form in
            // capitals ("KIM", "UN") only for a capitalised word of the name ("UN" is not the "un" of "Kim Jong-un")
            return shortType != EntityType.LOCATION && longWords.containsAll(shortWords)
                    && (!isAllCapitals(shortItems.get(0).form().words())
                    || capitalisedWord(longItems.get(0).form().words(), shortItems.get(0).form().words().get(0)));
        }
        // a country is no short form of a place or body in it ("United States District", "America's Virgin Islands",
        // "Mexico City"), whether or not the lists give it other names
        String country = CountryNames.keyOf(String.join(" ", shortWords));
        if (country != null && !country.equals(CountryNames.keyOf(String.join(" ", longWords)))) return false;
        // "The Walt Disney Co." written without its article is the same name
        int from = longWords.get(0).equals("the") ? 1 : 0;
        if (shortType == longType && (longWords.subList(0, shortWords.size()).equals(shortWords)
                || longWords.subList(from, from + shortWords.size()).equals(shortWords))
                && (!isAllCapitals(shortItems.get(0).form().words())
                || capitalsIn(longItems.get(0).form().words(), shortItems.get(0).form().words().get(0)))) return true;
        return spellsOut(shortItems, shortType, longItems, longType);
    }

    /**
     * Whether a name writes a word in capitals as an acronym is written: "BBC" is not the "Bbc" of a "Bbc Trust",
     * which the article spells as a word.
     */
    private static boolean capitalsIn(List<String> words, String acronym) {
        for (String w : words) if (w.equals(acronym)) return true;
        return false;
    }

    /**
     * "EADS" for "European Aeronautic Defence and Space Company"; only all-capital short forms qualify. An acronym
     * inside the long name stands for all its letters: "UN Security Council" spells "UNSC", not "USC", so "U.S."
     * is not one of its short forms.
     */
    static boolean isAcronymOf(String acronym, List<String> longWords) {
        String a = acronym.replace(".", "");
        if (a.length() < 2 || a.length() > 6 || !isCapitalWord(acronym)) return false;
        // a name written all in capitals ("WORLD HEALTH ORGANIZATION") holds no acronyms of its own
        boolean shouted = longWords.stream()
                .allMatch(w -> INITIAL_SKIP.contains(w.toLowerCase(Locale.ROOT)) || NameForm.isPossessive(w)
                        || isCapitalWord(w));
        StringBuilder initials = new StringBuilder();
        boolean spellsAcronym = false;
        for (String w : longWords) {
            // a possessive inside a name ("Workers' Alliance", "Children's Hospital") has no letter in the acronym
            if (INITIAL_SKIP.contains(w.toLowerCase(Locale.ROOT)) || w.isEmpty() || NameForm.isPossessive(w)) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) return false;
            if (!shouted && w.length() > 1 && isCapitalWord(w)) {
                initials.append(w.replace(".", ""));
                spellsAcronym = true;
            } else {
                initials.append(w.charAt(0));
            }
        }
        String s = initials.toString();
        // one initial to spare covers a dropped generic last word ("EADS" of "... Space Company"); with an acronym
        // inside the name it would make "US" the short form of "US Senate", the country of its own body
        return s.equals(a) || (!spellsAcronym && s.length() == a.length() + 1 && s.startsWith(a));
    }

    /**
     * The initials with those of the joining words inside the name too: some bodies spell their "of" and "for"
     * ("ALOR" for the Australian League of Rights, "BOE" for the Bank of England); not a leading "the".
     */
    private static String initialsWithJoiners(List<String> longWords) {
        if (longWords.stream().anyMatch(w -> w.length() > 1 && isCapitalWord(w))) return "";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < longWords.size(); i++) {
            String w = longWords.get(i);
            if (w.isEmpty() || NameForm.isPossessive(w) || !Character.isLetter(w.charAt(0))
                    || i == 0 && w.equalsIgnoreCase("the")) continue;
            out.append(Character.toUpperCase(w.charAt(0)));
        }
        return out.toString();
    }

    private static boolean capitalisedWord(List<String> words, String word) {
        for (String w : words) if (w.equalsIgnoreCase(word) && Character.isUpperCase(w.charAt(0))) return true;
        return false;
    }

    private static boolean isAllCapitals(List<String> words) {
        return words.size() == 1 && words.get(0).replace(".", "").length() >= 2 && isCapitalWord(words.get(0));
    }

    /** Capital letters, with or without full stops ("UN", "U.S."). */
    private static boolean isCapitalWord(String w) {
        String letters = w.replace(".", "");
        return !letters.isEmpty() && letters.chars().allMatch(Character::isUpperCase);
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] lowerWords(List<List<Item>> groups) {
        List<String>[] out = new List[groups.size()];
        for (int g = 0; g < out.length; g++) {
            List<String> w = new ArrayList<>();
            // as in the keys, full stops do not count: "Co." at a sentence's end loses its stop to the sentence
            for (String s : groups.get(g).get(0).form().words()) w.add(NameForm.keyOf(s));
            out[g] = w;
        }
        return out;
    }

    private static EntityType majority(List<Item> items) {
        return majorityPreferring(items, items.get(0).type());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static ResolvedEntities build(NlpDocument doc, java.util.Collection<List<Item>> clusters,
                                          Map<Integer, Span> qualified, int dateline) {
        String text = doc.text();
        List<Entity> entities = new ArrayList<>();
        List<int[]> marks = new ArrayList<>();
        Set<String> places = new HashSet<>();
        for (List<Item> c : clusters) {
            if (majority(c) == EntityType.LOCATION) for (Item it : c) places.add(it.form().joined());
        }
        boolean[] person = personTokens(doc, new ArrayList<>(clusters));
        for (List<Item> c : clusters) {
            c.sort(Comparator.comparingInt(i -> i.span().start()));
            Map<String, Integer> written = new HashMap<>();
            for (Item it : c) written.merge(it.span().of(text), 1, Integer::sum);
            Item best = c.get(0);
            boolean place = majority(c) == EntityType.LOCATION;
            for (Item it : c) {
                if (fuller(it, best, written.get(it.span().of(text)), written.get(best.span().of(text)), place)) {
                    best = it;
                }
            }
            String name = qualifiedName(text, c, best, qualified).replaceAll("\\s+", " ");
            EntityType type = majorityPreferring(c, best.type());
            if (type == EntityType.LOCATION && best.span().end() <= dateline && DatelinePlaces.isSetInCapitals(name)) {
                name = DatelinePlaces.placeCase(name);
            }
            if (type == EntityType.LOCATION) name = StatesNamedLikeCountries.name(name, places);
            List<Span> spans = new ArrayList<>(c.size());
            for (Item it : c) {
                if (!spans.isEmpty() && spans.get(spans.size() - 1).end() > it.span().start()) continue;
                spans.add(it.span());
                marks.add(new int[]{it.span().start(), it.span().end(), entities.size()});
            }
            String gender = type == EntityType.PERSON ? personGender(doc, c, best.form().words()) : null;
            if (type == EntityType.PERSON && gender == null) gender = pronounGender(doc, c, person);
            entities.add(new Entity(id(type, name), name, type, spans, gender));
        }
        marks.sort(Comparator.comparingInt(m -> m[0]));
        int[] starts = new int[marks.size()], ends = new int[marks.size()], owners = new int[marks.size()];
        int n = 0;
        for (int[] m : marks) {
            if (n > 0 && ends[n - 1] > m[0]) continue;
            starts[n] = m[0];
            ends[n] = m[1];
            owners[n++] = m[2];
        }
        return new ResolvedEntities(entities, java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n),
                java.util.Arrays.copyOf(owners, n));
    }

    /**
     * A place named like a country that the article puts in another place is named with its qualifier ("Holland,
     * Michigan"), so that the knowledge base, which joins the names of one country across articles, keeps it apart
     * from the country; other places keep their own name ("Atlanta").
     */
    private static String qualifiedName(String text, List<Item> cluster, Item best, Map<Integer, Span> qualified) {
        String name = best.span().of(text);
        if (!CountryNames.isCountry(name)) return name;
        for (Item it : cluster) {
            Span whole = qualified.get(it.span().start());
            if (whole != null) return whole.of(text);
        }
        return name;
    }

    /**
     * Whether a mention names its entity more fully than another: more words, else written in mixed case where the
     * other is in capitals ("Montréal", not the dateline's "MONTREAL") unless the capitals are the article's usual
     * spelling, written more often (an acronym of four letters or more: "NASA" twice beside one "Nasa"; a place
     * is never spelled so: "OSLO" in a shouted line is the "Oslo" of the text), else longer.
     */
    private static boolean fuller(Item it, Item best, int itWritten, int bestWritten, boolean place) {
        int w = it.form().words().size(), bw = best.form().words().size();
        if (w != bw) return w > bw;
        boolean shouted = isShouted(it.form().words()), bestShouted = isShouted(best.form().words());
        if (shouted != bestShouted && place) return !shouted;
        if (shouted != bestShouted) return shouted ? itWritten > bestWritten : itWritten >= bestWritten;
        return it.span().end() - it.span().start() > best.span().end() - best.span().start();
    }

    /** Every word in capitals, and at least one of them a word rather than initials ("MONTREAL", not "U.S."). */
    private static boolean isShouted(List<String> words) {
        boolean word = false;
        for (String w : words) {
            if (!isCapitalWord(w)) return false;
            word |= w.replace(".", "").length() > 3;
        }
        return word;
    }

    /** Majority type; on a tie the type of the fullest name wins. */
    private static EntityType majorityPreferring(List<Item> items, EntityType tieBreak) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (Item it : items) votes.merge(it.type(), 1, Integer::sum);
        EntityType best = tieBreak;
        for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
            if (e.getValue() > votes.get(best)) best = e.getKey();
        }
        return best;
    }

    static String id(EntityType type, String name) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] d = sha.digest((type.name() + ":" + name.toLowerCase(Locale.ROOT))
                    .getBytes(StandardCharsets.UTF_8));
            return "e" + HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
