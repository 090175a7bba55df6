package org.newsgraph.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.model.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the gold layouts the eval commands accept: CoNLL files with IO or BIO labels (WikiGold) and the
 * MEANTIME plain-text JSON Lines ({@code meantime_eval.jsonl}), chosen by what the folder holds.
 */
public final class GoldReaders {
    private static final Set<String> MEANTIME_NER = Set.of("PER", "ORG", "LOC");

    private GoldReaders() {
    }

    public static List<EvalDoc> read(Path dir) {
        try {
            Path meantime = dir.resolve("meantime_eval.jsonl");
            if (Files.exists(meantime)) return meantime(meantime);
            List<Path> conll;
            try (Stream<Path> s = Files.list(dir)) {
                conll = s.filter(p -> p.getFileName().toString().contains("conll")).sorted().toList();
            }
            if (conll.isEmpty()) {
                throw new IllegalArgumentException(dir + ": neither meantime_eval.jsonl nor a *conll* file found");
            }
            List<EvalDoc> out = new ArrayList<>();
            for (Path p : conll) out.addAll(conll(p));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Rebuilds each -DOCSTART- document as text: tokens joined by spaces, sentences separated by a blank line (so a
     * sentence splitter sees the gold sentence breaks); entities are IO/BIO chunks as character spans.
     */
    static List<EvalDoc> conll(Path file) throws IOException {
        List<EvalDoc> docs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Labeled> gold = new ArrayList<>();
        String open = null;
        int openStart = 0, lastEnd = 0;
        boolean newSentence = true;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("-DOCSTART-") || line.isBlank()) {
                if (open != null) gold.add(new Labeled(new Span(openStart, lastEnd), open));
                open = null;
                if (line.startsWith("-DOCSTART-") && !text.isEmpty()) {
                    docs.add(new EvalDoc(file.getFileName() + "#" + docs.size(), text.toString(), null,
                            text.length(), gold, List.of(), null));
                    text.setLength(0);
                    gold = new ArrayList<>();
                }
                newSentence = true;
                continue;
            }
            int sp = line.lastIndexOf(' ');
            String word = line.substring(0, sp), tag = line.substring(sp + 1);
            if (!text.isEmpty()) text.append(newSentence ? "\n\n" : " ");
            newSentence = false;
            int start = text.length();
            text.append(word);
            String type = tag.equals("O") ? null : tag.substring(2);
            boolean begins = tag.startsWith("B-") || type != null && !type.equals(open);
            if (open != null && (type == null || begins)) {
                gold.add(new Labeled(new Span(openStart, lastEnd), open));
                open = null;
            }
            if (type != null && open == null) {
                open = type;
                openStart = start;
            }
            lastEnd = text.length();
        }
        if (open != null) gold.add(new Labeled(new Span(openStart, lastEnd), open));
        if (!text.isEmpty()) {
            docs.add(new EvalDoc(file.getFileName() + "#" + docs.size(), text.toString(), null, text.length(), gold,
                    List.of(), null));
        }
        return docs;
    }

    /** Gold as SOURCE.md of gold-meantime prescribes: exhaustive NAM/PRE.NAM mentions typed PER, ORG or LOC. */
    static List<EvalDoc> meantime(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<EvalDoc> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                List<Labeled> entities = new ArrayList<>();
                for (JsonNode m : n.path("entity_mentions")) {
                    String st = m.path("syntactic_type").asText("");
                    String type = m.path("type").asText("");
                    if (m.path("exhaustive_scope").asBoolean() && (st.equals("NAM") || st.equals("PRE.NAM"))
                            && MEANTIME_NER.contains(type)) {
                        entities.add(new Labeled(new Span(m.get("start").asInt(), m.get("end").asInt()), type));
                    }
                }
                List<EvalDoc.GoldTimex> times = new ArrayList<>();
                for (JsonNode t : n.path("timex3")) {
                    times.add(new EvalDoc.GoldTimex(new Span(t.get("start").asInt(), t.get("end").asInt()),
                            t.path("type").asText(), t.path("value").asText()));
                }
                docs.add(new EvalDoc(n.path("id").asText(), n.path("text").asText(), n.path("date").asText(null),
                        n.path("scope_end").asInt(n.path("text").asText().length()), entities, times,
                        n.hasNonNull("topic") ? n.get("topic").asText().replaceFirst("^corpus_", "") : null));
            }
        }
        return docs;
    }
}
