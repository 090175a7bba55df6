package org.newsgraph.model;

import java.util.List;

/**
 * What someone said, direct ("...", he said) or reported ("X said that ...", "according to X").
 *
 * @param text        the quoted content without its quote marks
 * @param start       offset of the content in the article text
 * @param end         end offset of the content, exclusive
 * @param speaker     id of the speaking entity, or null when the speaker is not a resolved entity
 * @param speakerName the speaker as named in the article, or null when unknown
 * @param cue         the verb or phrase that attributes the quote ("said", "according to"), or null
 * @param direct      true for verbatim quotes in quote marks
 * @param speakerSpan offsets of the words that attribute the quote to its speaker ("he", "Mr. Smith"), or null;
 *                    lets a reader check the attribution where a pronoun was resolved to {@code speaker}
 * @param cueSpan     offsets of {@code cue} in the text, or null without a cue
 * @param via         for words one source reports another said ("CNN reported the governor said ..."), the reporting
 *                    source as named in the article ("CNN"), or null; the speaker is the one who said them
 * @param viaSpan     offsets of the words naming {@code via}, or null
 * @param parts       for one statement quoted in pieces (interrupted: "“…,” she said, “…”"), the offsets of each
 *                    piece in text order, {@code start} the first's and {@code end} the last's,
 *                    and {@code text} the pieces joined by one space; empty for a quote in one piece
 */
public record Quote(String text, int start, int end, String speaker, String speakerName, String cue,
                    boolean direct, Span speakerSpan, Span cueSpan, String via, Span viaSpan, List<Span> parts) {

    public Quote {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** A quote in one piece. */
    public Quote(String text, int start, int end, String speaker, String speakerName, String cue, boolean direct,
                 Span speakerSpan, Span cueSpan, String via, Span viaSpan) {
        this(text, start, end, speaker, speakerName, cue, direct, speakerSpan, cueSpan, via, viaSpan, List.of());
    }

    /** The same quote attributed to another id of its speaker (e.g. the knowledge base's id for the entity). */
    public Quote withSpeaker(String speakerId) {
        return new Quote(text, start, end, speakerId, speakerName, cue, direct, speakerSpan, cueSpan, via, viaSpan,
                parts);
    }

    /** The same quote, passed on by {@code via} (its words at {@code viaSpan}). */
    public Quote withVia(String via, Span viaSpan) {
        return new Quote(text, start, end, speaker, speakerName, cue, direct, speakerSpan, cueSpan, via, viaSpan,
                parts);
    }

    /** The same quote in the pieces {@code parts}, where words not quoted stand between them. */
    public Quote withParts(List<Span> parts) {
        return new Quote(text, start, end, speaker, speakerName, cue, direct, speakerSpan, cueSpan, via, viaSpan,
                parts);
    }

    /** The offsets of the quoted words: its parts, or its one span. */
    public List<Span> pieces() {
        return parts.isEmpty() ? List.of(new Span(start, end)) : parts;
    }

    /** Whether the words at {@code span} are quoted here, not in the attribution between two parts. */
    public boolean quotes(Span span) {
        for (Span p : pieces()) if (p.start() <= span.start() && span.end() <= p.end()) return true;
        return false;
    }
}
