package org.newsgraph.model;

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
 */
public record Quote(String text, int start, int end, String speaker, String speakerName, String cue,
                    boolean direct, Span speakerSpan, Span cueSpan, String via, Span viaSpan) {

    /** The same quote attributed to another id of its speaker (e.g. the knowledge base's id for the entity). */
    public Quote withSpeaker(String speakerId) {
        return new Quote(text, start, end, speakerId, speakerName, cue, direct, speakerSpan, cueSpan, via, viaSpan);
    }
}
