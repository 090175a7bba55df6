package org.newsgraph.index;

import org.newsgraph.model.SourceRef;

/**
 * A processed raw input as recorded in the index: where it came from and what made of it.
 *
 * @param sha256 its name in the {@link RawStore}
 */
public record RawInput(String sha256, SourceRef source, String pipelineVersion, int articles) {
}
