package org.newsgraph.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a noun phrase ("North Korean leader Kim Jong-un", "US Secretary of State Mike Pompeo", "Hungarian
 * officials", "police") or an entity name into an {@link ActorCode}. Named actors in the phrase give the country
 * (and, for a person with a dated role, the sector); generic agent nouns give the sector. A person's role is taken
 * at the event date when one is known.
 */
public final class ActorResolver {

    private final ActorDictionary dict;

    ActorResolver(ActorDictionary dict) {
        this.dict = dict;
    }

    /** The actor named by an entity name or short phrase; {@link ActorCode#UNKNOWN} when nothing is known. */
    public ActorCode resolve(String phrase, LocalDate day) {
        String[] tokens = phrase.strip().split("\\s+");
        return resolve(tokens, null, 0, tokens.length, day).code();
    }

    /** What the phrase resolved to, and which tokens (end exclusive) named the actor that gave the country. */
    public record Resolution(ActorCode code, int start, int end) {
        static final Resolution NONE = new Resolution(ActorCode.UNKNOWN, -1, -1);
    }

    /**
     * Resolves the tokens {@code [from, to)} of a phrase; {@code lemmas} may be null. The first capitalised named
     * actor wins the country. An agent noun in the phrase gives the sector, the one closest to the end (the head
     * in English noun phrases) first: the text's own title ("Prime Minister Robert Mugabe") says the role at the
     * time better than a dictionary's dated roles; without one, a named person's or organisation's sector, and
     * without either the kind of body the phrase names ("the agency").
     */
    public Resolution resolve(String[] forms, String[] lemmas, int from, int to, LocalDate day) {
        Words w = Words.of(forms, lemmas, from, to);
        ActorCode named = null, agent = null, kind = null;
        int nameStart = -1, nameEnd = -1;
        for (int i = 0; i < w.size(); ) {
            PhraseIndex.Match<List<DatedCode>> name = w.capitalised[i] ? dict.names.longestAt(w.words, w.plurals, i)
                    : null;
            PhraseIndex.Match<String> noun = dict.agents.longestAt(w.words, w.lemmas, i);
            // a capitalised word inside a sentence is a name's ("the Homeland Union"), not the common noun
            if (noun != null && AgentDictionary.commonNounOnly(noun.value()) && w.capitalised[i] && w.token[i] > 0) {
                noun = null;
            }
            if (name != null && (noun == null || name.length() >= noun.length())) {
                ActorCode c = ActorCode.parse(choose(name.value(), day), dict.roles);
                if (c.country() == null && c.organization() == null) c = c.orElse(stateWithin(w, i, name.end(), day));
                if (named == null || (named.sector() == null && c.sector() != null && c.country() != null
                        && c.country().equals(named.country()))) {
                    if (named == null) {
                        nameStart = w.token[i];
                        nameEnd = w.token[name.end() - 1] + 1;
                    }
                    named = named == null ? c : c.orElse(named);
                }
                i = name.end();
            } else if (noun != null) {
                agent = agentCode(noun.value()).orElse(agent);
                i = noun.end();
            } else {
                PhraseIndex.Match<String> body = dict.kinds.longestAt(w.words, w.lemmas, i);
                if (body != null && kind == null) kind = agentCode(body.value());
                i = body == null ? i + 1 : body.end();
            }
        }
        if (agent == null) agent = kind;
        if (named == null && agent == null) return Resolution.NONE;
        ActorCode code = named == null ? agent
                : agent == null || agent.sector() == null ? named
                : new ActorCode(named.country(), agent.sector(), named.organization(), named.home());
        return new Resolution(code, nameStart, nameEnd);
    }

    /**
     * For a name whose code gives neither state nor organisation: a region ("Palestinian Islamic Jihad" is coded
     * MEAREB) or a bare sector. A state's own name or demonym among the words {@code [from, to)} ("Palestinian")
     * says which state; another group's name inside ("Islamic Jihad", LBNREB) does not. Null when none does. Called
     * only for such names, a small share of those matched, so the array copies do not matter.
     */
    private ActorCode stateWithin(Words w, int from, int to, LocalDate day) {
        for (int i = from; i < to; i++) {
            if (!w.capitalised[i]) continue;
            // the whole name is not its own part: look only at shorter phrases
            int end = i == from ? to - 1 : to;
            PhraseIndex.Match<List<DatedCode>> inner = dict.names.longestAt(
                    java.util.Arrays.copyOf(w.words, end), java.util.Arrays.copyOf(w.plurals, end), i);
            if (inner == null) continue;
            ActorCode c = ActorCode.parse(choose(inner.value(), day), dict.roles);
            if (c.country() != null && c.sector() == null && c.organization() == null
                    && !ActorCode.INTERNATIONAL.contains(c.country())) {
                return c;
            }
        }
        return null;
    }

    private ActorCode agentCode(String stored) {
        String code = AgentDictionary.code(stored);
        int tilde = code.indexOf('~');
        String before = tilde < 0 ? code : code.substring(0, tilde);
        String after = tilde < 0 ? "" : code.substring(tilde + 1);
        ActorCode parsed = ActorCode.parse(after, dict.roles);
        return before.isEmpty() ? parsed : new ActorCode(before, parsed.sector(), null);
    }

    /** The code in force on the day; without a day (or none in force), an undated code, else the latest role. */
    private static String choose(List<DatedCode> codes, LocalDate day) {
        DatedCode undated = null, latest = null;
        for (DatedCode c : codes) {
            if (day != null && c.activeOn(day)) return c.code();
            if (c.undated() && undated == null) undated = c;
            if (latest == null || later(c, latest)) latest = c;
        }
        return undated != null ? undated.code() : latest.code();
    }

    private static boolean later(DatedCode a, DatedCode b) {
        if (b.to() == null) return false;
        return a.to() == null || a.to().isAfter(b.to());
    }

    private static String singular(String w) {
        if (w.length() > 4 && w.endsWith("IES")) return w.substring(0, w.length() - 3) + "Y";
        if (w.length() > 3 && w.endsWith("S") && !w.endsWith("SS")) return w.substring(0, w.length() - 1);
        return w;
    }

    /** A phrase's tokens normalised into dictionary words, remembering which token each word came from. */
    /**
     * @param plurals the singular of a capitalised plural ("Nigerians": NIGERIAN), which the name dictionaries list
     *                as demonyms; null elsewhere
     */
    private record Words(String[] words, String[] lemmas, String[] plurals, boolean[] capitalised, int[] token) {

        int size() {
            return words.length;
        }

        static Words of(String[] forms, String[] lemmas, int from, int to) {
            List<String> ws = new ArrayList<>(to - from + 2);
            List<String> ls = new ArrayList<>(to - from + 2);
            List<String> ps = new ArrayList<>(to - from + 2);
            List<Boolean> caps = new ArrayList<>(to - from + 2);
            List<Integer> tok = new ArrayList<>(to - from + 2);
            for (int t = from; t < to; t++) {
                List<String> parts = PhraseWords.of(forms[t]);
                boolean cap = !forms[t].isEmpty() && Character.isUpperCase(forms[t].charAt(0));
                String lemma = null;
                if (lemmas != null && lemmas[t] != null && parts.size() == 1) {
                    List<String> lp = PhraseWords.of(lemmas[t]);
                    lemma = lp.size() == 1 ? lp.get(0) : null;
                }
                // the agent dictionary lists singulars; lemmatisers keep some plurals ("troops", "forces")
                if (parts.size() == 1 && (lemma == null || lemma.equals(parts.get(0))) && !cap) {
                    lemma = singular(parts.get(0));
                }
                for (String p : parts) {
                    ws.add(p);
                    ls.add(parts.size() == 1 ? lemma : null);
                    ps.add(cap && parts.size() == 1 && p.endsWith("S") ? singular(p) : null);
                    // only capitalised words start proper names: "us" is not the US, "turkey" not Turkey
                    caps.add(cap);
                    tok.add(t);
                }
            }
            boolean[] capArr = new boolean[caps.size()];
            int[] tokArr = new int[tok.size()];
            for (int i = 0; i < capArr.length; i++) {
                capArr[i] = caps.get(i);
                tokArr[i] = tok.get(i);
            }
            return new Words(ws.toArray(String[]::new), ls.toArray(String[]::new), ps.toArray(String[]::new), capArr,
                    tokArr);
        }
    }
}
