package org.newsgraph.nlp.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Sentence;
import org.newsgraph.pipeline.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SUTime over the sentences that can hold a time expression, with values resolved against a reference date.
 * SUTime's TokensRegex rules cost about as much as the whole tagger, and most sentences name no time, so a cheap
 * word filter decides which sentences it sees (docs/nlp.md gives the saving).
 */
public final class TimeTagger {

    /** Any word SUTime's rules start from: digits, calendar names, deictic and unit words. */
    private static final Pattern CANDIDATE = Pattern.compile("(?i).*\\d.*|jan.*|feb.*|mar.*|apr.*|may|jun.*|jul.*"
            + "|aug.*|sep.*|oct.*|nov.*|dec.*|mon.*|tue.*|wed.*|thu.*|fri.*|sat.*|sun.*|today|tonight|yesterday"
            + "|tomorrow|now|ago|current.*|recent.*|past|future|former.*|earlier|later|soon|once|since|until"
            + "|(mid)?(day|week|weekend|fortnight|month|year|decade|century|centuries|millennium|hour|minute|second"
            + "|quarter|season|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|noon|midnight)s?"
            + "|daily|weekly|monthly|yearly|annual(ly)?|hourly|nightly|christmas|easter|thanksgiving|halloween"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred"
            + "|several|few|couple|dozen");

    private final edu.stanford.nlp.time.TimeAnnotator sutime;
    private final boolean filter;

    /** @param filter false runs SUTime on every sentence (to measure what the filter costs in recall) */
    public TimeTagger(edu.stanford.nlp.time.TimeAnnotator sutime, boolean filter) {
        this.sutime = sutime;
        this.filter = filter;
    }

    /** The tagger on the shared SUTime instance, with the sentence filter. */
    public static TimeTagger shared() {
        return new TimeTagger(org.newsgraph.nlp.CoreNlpModels.sutime(), true);
    }

    /**
     * @param referenceDate ISO date relative expressions are resolved against, or null to leave them unresolved
     */
    public List<TimeExpression> tag(NlpDocument doc, String referenceDate) {
        List<Sentence> candidates = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (!filter || mayHoldTime(doc.tokens(), s)) candidates.add(s);
        }
        if (candidates.isEmpty()) return List.of();
        Annotation a = org.newsgraph.nlp.CoreLabels.document(doc, candidates);
        if (referenceDate != null) a.set(CoreAnnotations.DocDateAnnotation.class, referenceDate);
        sutime.annotate(a);
        List<TimeExpression> out = new ArrayList<>();
        List<CoreMap> timexes = a.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes == null) return out;
        String text = doc.text();
        for (CoreMap cm : timexes) {
            Timex t = cm.get(TimeAnnotations.TimexAnnotation.class);
            int b = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int e = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            out.add(new TimeExpression(text.substring(b, e), b, e, t.timexType(), value(cm, t)));
        }
        return TenseAnchoring.apply(doc, DayRanges.extend(text, out), referenceDate);
    }

    private static boolean mayHoldTime(List<Token> tokens, Sentence s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (CANDIDATE.matcher(tokens.get(i).word()).matches()) return true;
        }
        return false;
    }

    /** SUTime's value; for a range of two resolved points, "begin/end" as TIMEX3 intervals are written. */
    private static String value(CoreMap cm, Timex t) {
        if (t.value() != null && !(cm.get(edu.stanford.nlp.time.TimeExpression.Annotation.class)
                .getTemporal() instanceof SUTime.Range)) {
            return t.value();
        }
        SUTime.Temporal temporal = cm.get(edu.stanford.nlp.time.TimeExpression.Annotation.class).getTemporal();
        if (temporal instanceof SUTime.Range r && r.begin() != null && r.end() != null) {
            String b = trimUnknown(r.begin().getTimexValue()), e = trimUnknown(r.end().getTimexValue());
            if (b != null && e != null && !b.contains("X") && !e.contains("X")) return b + "/" + e;
        }
        return t.value();
    }

    /** "2001-XX-XX" is the year 2001: trailing unknown fields carry no information. */
    private static String trimUnknown(String v) {
        if (v == null) return null;
        while (v.endsWith("-XX")) v = v.substring(0, v.length() - 3);
        return v;
    }
}
