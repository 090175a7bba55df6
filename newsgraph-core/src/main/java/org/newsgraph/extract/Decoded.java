package org.newsgraph.extract;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Bytes turned into text, the charset that was used, and warnings about what went wrong on the way (undecodable
 * bytes replaced, an unknown charset declared).
 */
public record Decoded(String text, Charset charset, List<String> warnings) {

    public Decoded {
        warnings = List.copyOf(warnings);
    }
}
