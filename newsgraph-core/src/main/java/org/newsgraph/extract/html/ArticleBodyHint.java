package org.newsgraph.extract.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code articleBody} a page declares in its JSON-LD, kept as a set of word-trigram hashes so that a block of the
 * page can be checked against it cheaply. Publishers' JSON-LD bodies can be truncated, stale or stuffed with
 * markup, so this only vouches for blocks it shares wording with; as a vote it never adds text of its own. The
 * declared text itself is kept for pages whose HTML shows no article at all ({@link DeclaredBody}).
 */
final class ArticleBodyHint {

    /** Shorter declared bodies are teasers and say little about which blocks are the article. */
    private static final int MIN_BODY_CHARS = 300;

    private static final ObjectMapper JSON = JsonMapper.builder(new JsonFactory())
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    static final ArticleBodyHint NONE = new ArticleBodyHint(Set.of(), "");

    private final Set<Long> trigrams;
    private final String declaredBody;

    private ArticleBodyHint(Set<Long> trigrams, String declaredBody) {
        this.trigrams = trigrams;
        this.declaredBody = declaredBody;
    }

    static ArticleBodyHint from(List<String> jsonLdScripts) {
        Set<String> bodies = new LinkedHashSet<>();
        for (String script : jsonLdScripts) {
            try {
                collectArticleBodies(JSON.readTree(script), bodies);
            } catch (IOException | RuntimeException e) {
                // a broken JSON-LD block is common and simply gives no hint
            }
        }
        String best = "";
        for (String body : bodies) {
            if (body.length() > best.length()) best = body;
        }
        if (best.isBlank()) return NONE;
        // A page declaring several articles (its own and related ones) does not say which text is its own.
        String declared = bodies.size() == 1 ? best : "";
        if (best.length() < MIN_BODY_CHARS) return new ArticleBodyHint(Set.of(), declared);
        Set<Long> trigrams = new HashSet<>();
        forEachTrigram(best, trigrams::add);
        return new ArticleBodyHint(trigrams, declared);
    }

    private static void collectArticleBodies(JsonNode node, Set<String> bodies) {
        if (node.isObject()) {
            JsonNode body = node.get("articleBody");
            if (body != null && body.isTextual() && !body.asText().isBlank()) bodies.add(body.asText());
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) collectArticleBodies(child, bodies);
        }
    }

    /** The {@code articleBody} the page declares, as declared (markup and all), or "" when it declares none or several. */
    String declaredBody() {
        return declaredBody;
    }

    boolean present() {
        return !trigrams.isEmpty();
    }

    /** Share of the text's word trigrams found in the declared body; 0 when there is none or the text is short. */
    double coverage(String text) {
        if (trigrams.isEmpty()) return 0;
        int[] counts = new int[2];
        forEachTrigram(text, h -> {
            counts[0]++;
            if (trigrams.contains(h)) counts[1]++;
            return true;
        });
        return counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
    }

    @FunctionalInterface
    private interface HashSink {
        boolean accept(long hash);
    }

    private static void forEachTrigram(String text, HashSink sink) {
        long h1 = 0;
        long h2 = 0;
        int seen = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int h = 0;
            while (i < n && Character.isLetterOrDigit(c = text.charAt(i))) {
                h = 31 * h + Character.toLowerCase(c);
                i++;
            }
            long h3 = h & 0xffffffffL;
            seen++;
            if (seen >= 3) sink.accept((h1 * 0x9E3779B97F4A7C15L) ^ (h2 * 0xC2B2AE3D27D4EB4FL) ^ h3);
            h1 = h2;
            h2 = h3;
        }
    }
}
