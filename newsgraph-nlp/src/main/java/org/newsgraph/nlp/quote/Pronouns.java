package org.newsgraph.nlp.quote;

import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.entity.GivenNames;
import org.newsgraph.nlp.entity.PersonEvidence;
import org.newsgraph.nlp.entity.ResolvedEntities;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.PeopleNouns;
import org.newsgraph.pipeline.Sentence;
import org.newsgraph.pipeline.Token;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a speaking pronoun points back at. "I" in an interview turn is the turn's labelled speaker. "He"/"she" with
 * nobody named before it in its own sentence is the subject of the sentence before, as readers take it ("Lee
 * endorsed his rival, Roe. “…,” he said": Lee, not Roe; "One of the victims spoke. She said": the victim, a phrase
 * without entity), following a chain of the same pronoun as subject back a few sentences; otherwise, and when no
 * such subject fits, the last person of the pronoun's gender named.
 * "It"/"they"/"we" are the last organisation; in an interview, "I" and "we" are the one whose turn it is.
 */
final class Pronouns {
    static final Set<String> PERSON = Set.of("he", "she", "i");
    static final Set<String> GROUP = Set.of("it", "they", "we");
    /** How many sentences back a chain of "he ... He ..." is followed to the named subject that began it. */
    private static final int SENTENCES_BACK = 3;
    private static final Pattern EAST_ASIAN_GIVEN = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

    private final Attribution attribution;
    private final NlpDocument doc;
    private final ResolvedEntities entities;
    private final InterviewTurns turns;

    Pronouns(Attribution attribution, ResolvedEntities entities) {
        this.attribution = attribution;
        this.doc = attribution.doc();
        this.entities = entities;
        this.turns = new InterviewTurns(doc.text(), entities);
    }

    /** What a pronoun points back at: a resolved entity, or a common-noun phrase for a person ("the head of ..."). */
    record Referent(Entity entity, String phrase) {
    }

    static boolean isPronoun(String lowerCase) {
        return PERSON.contains(lowerCase) || GROUP.contains(lowerCase);
    }

    /** What pronoun token {@code t} points back at, or null. */
    Referent referent(int t) {
        Token tok = doc.tokens().get(t);
        String w = tok.word().toLowerCase(Locale.ROOT);
        // in an interview, "we" is said by the one whose turn it is, on behalf of a group the answer may not name
        if (w.equals("i") || w.equals("we")) {
            InterviewTurns.Turn turn = turns.at(tok.start());
            if (turn != null && (turn.person() != null || w.equals("i"))) return of(turn.person());
        }
        if (w.equals("they")) {
            String people = peopleSubject(t);
            if (people != null) return new Referent(null, people);
        }
        if (GROUP.contains(w)) return of(entities.lastBefore(tok.start(), EntityType.ORGANIZATION));
        if (!w.equals("i")) {
            Referent subject = previousSubject(t, w);
            if (subject != null) return subject;
        }
        return of(entities.lastBefore(tok.start(), EntityType.PERSON, p -> mayBe(w, p)));
    }

    private static Referent of(Entity e) {
        return e == null ? null : new Referent(e, null);
    }

    private Referent previousSubject(int t, String pronoun) {
        int s = doc.sentenceOf(t);
        if (s < 0) return null;
        for (int k = doc.sentences().get(s).firstToken(); k < t; k++) {
            if (person(k) != null) return null;
        }
        // "the president said the country would stop what he called ...": the one person the article titled so
        Entity titled = titledSubject(doc.sentences().get(s), t);
        if (titled != null) return mayBe(pronoun, titled) ? of(titled) : null;
        for (int k = s - 1; k >= Math.max(0, s - SENTENCES_BACK); k--) {
            Sentence sentence = doc.sentences().get(k);
            // "“Deal will happen!” he wrote.": the splitter ends a sentence at the quote's own mark; the words quoted
            // name no subject of the reporting clause, the sentence before them does
            if (k == s - 1 && quoteOnly(sentence)) continue;
            int subject = subjectToken(sentence);
            if (subject < 0) {
                String phrase = personPhrase(sentence);
                return phrase == null ? null : new Referent(null, phrase);
            }
            Entity e = person(subject);
            if (e != null) return mayBe(pronoun, e) ? of(e) : null;
            if (!doc.tokens().get(subject).word().equalsIgnoreCase(pronoun)) return null;
        }
        return null;
    }

    /** Whether the sentence is nothing but words in quote marks. */
    private boolean quoteOnly(Sentence s) {
        return s.endToken() - s.firstToken() >= 2 && Attribution.isQuoteMark(doc.tokens().get(s.firstToken()).word())
                && Attribution.isQuoteMark(doc.tokens().get(s.endToken() - 1).word());
    }

    /** A definite title ("the president") a finite verb follows in the sentence before token {@code t}, as a person. */
    private Entity titledSubject(Sentence s, int t) {
        for (int k = s.firstToken(); k + 1 < t; k++) {
            if (!doc.tokens().get(k).word().equalsIgnoreCase("the")) continue;
            for (int head = k + 1; head <= Math.min(k + 2, t - 1); head++) {
                Entity e = attribution.titledPerson(k, head);
                if (e != null && attribution.beforeVerb(head + 1)) return e;
            }
        }
        return null;
    }

    /**
     * The common-noun phrase for one person that opens sentence {@code s} as its subject ("One of the victims
     * decided", "The head of the port's inspectors told"), or null: it names nobody, its first noun is a singular
     * people noun (or it opens with "one"), and a finite verb follows it.
     */
    private String personPhrase(Sentence s) {
        int k = s.firstToken();
        Token first = doc.tokens().get(k);
        boolean one = first.word().equalsIgnoreCase("one");
        Boolean onePerson = null;
        for (; k < s.endToken(); k++) {
            Token tok = doc.tokens().get(k);
            String pos = tok.pos() == null ? "" : tok.pos();
            boolean of = tok.word().equalsIgnoreCase("of");
            if (!(of || pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD")
                    || pos.equals("POS") || pos.equals("PRP$")) || person(k) != null) break;
            if (onePerson == null && pos.startsWith("NN")) {
                onePerson = PeopleNouns.contains(tok) && (pos.equals("NN") || one && pos.equals("NNS"));
            }
        }
        if (k == s.firstToken() || !Boolean.TRUE.equals(onePerson) || !attribution.beforeVerb(k)) return null;
        return doc.text().substring(first.start(), doc.tokens().get(k - 1).end());
    }

    /**
     * The plural common-noun phrase for people that opens the sentence of "they" at token {@code t} as its subject
     * ("State prosecutors charged the suspect with murder, they said Sunday"; "Shoppers queued for hours, they
     * said"), or null: "they" is then those people, not the last organisation named.
     */
    private String peopleSubject(int t) {
        int s = doc.sentenceOf(t);
        if (s < 0) return null;
        int first = doc.sentences().get(s).firstToken();
        int k = first;
        boolean plural = false;
        for (; k < t; k++) {
            Token tok = doc.tokens().get(k);
            String pos = tok.pos() == null ? "" : tok.pos();
            if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD"))
                    || entities.at(tok.start(), tok.end()) != null) break;
            plural = pos.equals("NNS") && PeopleNouns.contains(tok);
        }
        if (k == first || k >= t || !plural || !attribution.beforeVerb(k)) return null;
        return doc.text().substring(doc.tokens().get(first).start(), doc.tokens().get(k - 1).end());
    }

    /**
     * The first token of the sentence's subject when that is a person's name or "he"/"she": the first such outside
     * quote marks that a finite verb follows and that opens no embedded clause ("the day that he left, Lee said"
     * has Lee), or a name opening the sentence before an apposition ("Roe, the minister, paid tribute to Lee");
     * -1 if none.
     */
    private int subjectToken(Sentence s) {
        boolean quoted = false;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token tok = doc.tokens().get(k);
            if (Attribution.isQuoteMark(tok.word())) quoted = !quoted;
            String w = tok.word().toLowerCase(Locale.ROOT);
            Entity e = person(k);
            if (quoted || e == null && !w.equals("he") && !w.equals("she")) continue;
            int end = e == null ? k + 1 : attribution.tokenAt(Attribution.mentionAt(e, tok).end());
            boolean apposed = k == s.firstToken() && e != null && end < s.endToken()
                    && doc.tokens().get(end).word().equals(",");
            if (apposed || !(k > s.firstToken() && Attribution.opensClause(doc.tokens().get(k - 1)))
                    && attribution.beforeVerb(end)) return k;
            k = Math.max(k, end - 1);
        }
        return -1;
    }

    /** A family name and a given name of two short syllables: "Kim Jong Un", "Kim Yong Chol", "Moon Jae In". */
    private static boolean eastAsianShape(String[] words) {
        if (words.length != 3 || words[0].length() > 5) return false;
        for (int i = 1; i < 3; i++) {
            if (words[i].length() > 4 || !Character.isUpperCase(words[i].charAt(0))) return false;
        }
        return true;
    }

    private Entity person(int t) {
        Token tok = doc.tokens().get(t);
        Entity e = entities.at(tok.start(), tok.end());
        return e != null && e.type() == EntityType.PERSON ? e : null;
    }

    /**
     * Whether pronoun {@code pronoun} may point back at {@code person}: "she" not at a man, "he" not at a woman. The
     * article's own word comes first: an honorific before one of the person's mentions ("Mr Diallo", "Ms Kane") says
     * the gender of a surname alone and of a name whose given name the list does not know or files otherwise.
     * Else as far as the given name tells ("Hillary Clinton", "Donald Trump"; a surname alone or a name the list files
     * under both genders tells nothing). A name in East Asian order ("Kim Jong-un", "Moon Jae-in": the given name is
     * last, a romanised pair of syllables) opens with the family name, which tells nothing either; nor does a first
     * word of two letters, most often a Chinese family name ("Ma Ngok", "Lu Kang"), which the list files as a woman's.
     * Nor does the first word of a name of that shape written apart ("Kim Jong Un", two short syllables after it)
     * when the article calls the person by it alone ("Kim said"): news names people by their family name, so that
     * word is one, whatever the list files it under; "Mary" of "Mary Barra" called by her first name keeps hers.
     */
    private boolean mayBe(String pronoun, Entity person) {
        String text = doc.text();
        if (!pronoun.equals("i")) {
            for (Span m : person.mentions()) {
                String g = PersonEvidence.honorificGender(doc.tokens(), attribution.tokenAt(m.start()));
                if (g != null) return g.equals(pronoun.equals("she") ? "FEMALE" : "MALE");
            }
        }
        String[] words = person.name().split(" ");
        if (pronoun.equals("i") || words.length < 2 || words[0].length() < 3
                || EAST_ASIAN_GIVEN.matcher(words[words.length - 1]).matches()) {
            return true;
        }
        if (eastAsianShape(words)) {
            for (Span m : person.mentions()) {
                if (m.end() <= text.length() && m.of(text).equals(words[0])) return true;
            }
        }
        String gender = GivenNames.gender(words[0]);
        return gender == null || gender.equals(pronoun.equals("she") ? "FEMALE" : "MALE");
    }
}
