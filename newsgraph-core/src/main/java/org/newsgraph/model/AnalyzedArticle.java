package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** An article with what the understanding stages found in it; serialises as one flat JSON object. */
public record AnalyzedArticle(@JsonUnwrapped Article article, @JsonUnwrapped Analysis analysis) {
}
