package org.newsgraph.index;

import org.newsgraph.model.AnalyzedArticle;

/**
 * An article as stored, its entity ids (and quote speakers) replaced by knowledge-base ids.
 *
 * @param rawSha256       the raw input it was extracted from, readable with {@link RawStore#read(String)}
 * @param pipelineVersion the extraction and analysis version that produced it
 */
public record StoredArticle(AnalyzedArticle article, String rawSha256, String pipelineVersion) {
}
