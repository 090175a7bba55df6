package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One document of clustering-ecbplus ({@code ecbplus_docs.train_dev.jsonl}) with its gold story (sub-topic). */
public record EcbPlusDoc(String docId, int topic, String goldCluster, String split, String text) {

    public static final String FILE = "ecbplus_docs.train_dev.jsonl";

    /** The documents of one split, in file order. */
    public static List<EcbPlusDoc> load(Path dataDir, String split) {
        Path file = Files.isDirectory(dataDir) ? dataDir.resolve(FILE) : dataDir;
        ObjectMapper json = new ObjectMapper();
        List<EcbPlusDoc> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                JsonNode r = json.readTree(line);
                if (!r.hasNonNull("doc_id") || !r.hasNonNull("gold_cluster") || !r.hasNonNull("text")) {
                    throw new IOException("record without doc_id, gold_cluster or text at " + file + ":" + n);
                }
                if (split.equals(r.path("split").asText())) {
                    out.add(new EcbPlusDoc(r.get("doc_id").asText(), r.path("topic").asInt(),
                            r.get("gold_cluster").asText(), split, r.get("text").asText()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ECB+ documents from " + file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
