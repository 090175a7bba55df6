package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One coded sentence of the PLOVER gold standard records ({@code plover_gsr_normalized.jsonl}): its text, PLOVER
 * event type (current 16-type manual), source and target actors, and whether the actors are reciprocal.
 */
record GsrRecord(String id, String text, String type, List<GoldActor> sources, List<GoldActor> targets,
                 boolean reciprocal) {

    /** A gold actor: ISO3 (or IGO...) code and PLOVER sector, the sector cut to its 3-letter code or null. */
    record GoldActor(String code, String sector) {
    }

    static final String FILE = "plover_gsr_normalized.jsonl";

    static List<GsrRecord> load(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) throw new IOException("no " + FILE + " in " + dir);
        ObjectMapper om = new ObjectMapper();
        List<GsrRecord> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) continue;
                try {
                    JsonNode n = om.readTree(line);
                    out.add(new GsrRecord(n.path("id").asText(), n.path("text").asText(),
                            n.path("event_plover_current").asText(), actors(n.path("actor")),
                            actors(n.path("recipient")), n.path("reciprocal").asBoolean()));
                } catch (IOException e) {
                    throw new IOException(file + " line " + lineNo + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private static List<GoldActor> actors(JsonNode list) {
        List<GoldActor> out = new ArrayList<>();
        if (!list.isArray()) return out;
        for (JsonNode a : list) {
            String code = a.path("code").asText(null);
            String sector = a.path("sector").asText(null);
            if (sector != null && (sector.length() < 3 || sector.startsWith("*"))) sector = null;
            out.add(new GoldActor(code, sector == null ? null : sector.substring(0, 3).toUpperCase(Locale.ROOT)));
        }
        return out;
    }

    /** The evaluation half: "A" (errors inspected during development) or "B" (never looked at). */
    String half() {
        return (id.hashCode() & 1) == 0 ? "A" : "B";
    }
}
