package org.newsgraph.nlp.quote;

import org.newsgraph.model.Span;
import org.newsgraph.pipeline.NlpDocument;
import org.newsgraph.pipeline.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publisher's note on its own text: "An earlier version of this article said the bridge would reopen on Thursday",
 * "This story has been corrected to show that ...", "Correction: ...". What "an earlier version" said is no one's
 * speech, and a report the note restates ("... to show that the company said profits had halved") repeats the
 * article's own with the correction's words run on ("..., not that they had fallen by a third"): neither is a quote.
 * A note opens a line, and its earlier version is of the text itself ("The original version of the bill, the senator
 * said, ..." is news). After a "Correction:" or "Clarification:" label it runs to the paragraph's end (the corrected
 * fact follows: "He was given a suspended sentence"); opened by the earlier version or the amended text it is that one
 * sentence, so a line like "This story has been updated. Police said ..." keeps the news after it. "Editor's note:"
 * and "Update:" alone open no note: they introduce commentary and news as often ("Editor's note: Donald Trump has
 * repeatedly pledged to ...").
 */
final class CorrectionNotes {
    private static final Pattern NOTE = Pattern.compile("(?im)^[\\s\\u00a0]*(?:(?<label>corrections?|clarification)"
            + "\\s*:|(?:editor['’]s\\s+note|update)\\s*:)?[\\s\\u00a0]*(?<own>(?:an?|the)\\s+(?:earlier|previous|prior"
            + "|original|older)\\s+(?:version|edition|headline|caption|draft)\\b(?!\\s+of\\s+(?!this\\b|the\\s+"
            + "(?:article|story|report|piece|post)\\b))|this\\s+(?:article|story|report|piece"
            + "|post|item|headline|caption|page)\\s+(?:has\\s+been|had\\s+been|was|is)\\s+(?:corrected|amended|updated"
            + "|clarified|revised|changed|edited)\\b)?");

    private CorrectionNotes() {
    }

    /** The spans of the text the publisher's notes take. */
    static List<Span> find(NlpDocument doc) {
        String text = doc.text();
        List<Span> out = new ArrayList<>();
        Matcher m = NOTE.matcher(text);
        while (m.find()) {
            if (m.end() == m.start()) {
                if (m.end() >= text.length()) break;
                continue;
            }
            if (m.group("label") != null) {
                int nl = text.indexOf('\n', m.end());
                out.add(new Span(m.start(), nl < 0 ? text.length() : nl));
            } else if (m.group("own") != null) {
                out.add(new Span(m.start(), sentenceEnd(doc, m.start("own"))));
            }
        }
        return out;
    }

    private static int sentenceEnd(NlpDocument doc, int at) {
        for (Sentence s : doc.sentences()) {
            if (s.span().start() <= at && at < s.span().end()) return s.span().end();
        }
        return doc.text().length();
    }
}
