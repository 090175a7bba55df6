package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Published predictions of other extractors ({@code reference-outputs/<system>.json[.gz]}), either a plain
 * {@code {id: {articleBody}}} map or the same map wrapped as {@code {"version": ..., "output": {...}}}.
 */
public final class ReferenceOutputs {

    private ReferenceOutputs() {
    }

    /** Predicted body per page id; a page the system left out is absent. */
    public static Map<String, String> load(Path file) throws IOException {
        JsonNode root = ExtractionDataset.readJson(file);
        JsonNode map = root.has("output") && root.get("output").isObject() ? root.get("output") : root;
        Map<String, String> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = map.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode body = e.getValue().path("articleBody");
            out.put(e.getKey(), body.isTextual() ? body.asText() : "");
        }
        return out;
    }
}
