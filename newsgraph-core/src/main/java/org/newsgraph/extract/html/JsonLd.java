package org.newsgraph.extract.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What the page's schema.org JSON-LD says about its article. Every {@code application/ld+json} script is read
 * leniently (comments, trailing commas, raw newlines in strings, HTML comment wrappers); a script that still does
 * not parse is skipped. {@code @graph} containers, arrays and {@code mainEntity} nesting are flattened and
 * {@code {"@id": ...}} references are followed, so an article whose author is a reference to a Person node elsewhere
 * in the graph still yields the name. Dates are returned as written, for {@code DateNormalizer}.
 */
record JsonLd(String headline, String alternativeHeadline, List<String> persons, List<String> organizations,
              String publisher, String siteName, String datePublished, String dateModified, List<String> sections,
              List<String> keywords, String language, String url, String license, String basedOn,
              List<String> breadcrumbs) {

    static final JsonLd EMPTY = new JsonLd(null, null, List.of(), List.of(), null, null, null, null, List.of(),
            List.of(), null, null, null, null, List.of());

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Pattern WRAPPER = Pattern.compile("^\\s*(?:<!--|//\\s*<!\\[CDATA\\[|<!\\[CDATA\\[)|"
            + "(?://\\s*]]>|]]>|-->)\\s*$");
    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            ".*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report");
    /** Creative works that stand in for the article on pages that declare no article type. */
    private static final Pattern OTHER_WORK_TYPE = Pattern.compile("Review|Blog|Recipe|HowTo|PodcastEpisode|VideoObject");
    private static final Pattern PAGE_TYPE = Pattern.compile(".*Page");
    private static final Pattern ORGANIZATION_TYPE = Pattern.compile(".*Organization|Corporation|NewsMediaOrganization"
            + "|EducationalOrganization|GovernmentOrganization|LocalBusiness|Brand");

    static JsonLd of(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            JsonNode root = parse(script.data());
            if (root != null) flatten(root, nodes, 0);
        }
        if (nodes.isEmpty()) return EMPTY;
        return new Reader(nodes).read();
    }

    private static JsonNode parse(String json) {
        String body = WRAPPER.matcher(json).replaceAll("").strip();
        if (body.isEmpty()) return null;
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (depth > 8) return;
        if (node.isArray()) {
            for (JsonNode child : node) flatten(child, out, depth + 1);
        } else if (node.isObject()) {
            out.add(node);
            for (String key : new String[] {"@graph", "mainEntity"}) {
                JsonNode child = node.get(key);
                if (child != null) flatten(child, out, depth + 1);
            }
        }
    }

    /** Reads one page's flattened nodes; holds the {@code @id} index for reference lookups. */
    private static final class Reader {
        private final List<JsonNode> nodes;
        private final Map<String, JsonNode> byId = new HashMap<>();

        Reader(List<JsonNode> nodes) {
            this.nodes = nodes;
            for (JsonNode n : nodes) {
                String id = n.path("@id").asText("");
                if (!id.isEmpty() && n.size() > 1) byId.putIfAbsent(id, n);
            }
        }

        JsonLd read() {
            JsonNode article = firstOfType(ARTICLE_TYPE);
            if (article == null) article = firstOfType(OTHER_WORK_TYPE);
            JsonNode page = firstOfType(PAGE_TYPE);
            JsonNode main = article != null ? article : page;
            if (main == null) main = MAPPER.createObjectNode();
            List<String> persons = new ArrayList<>();
            List<String> organizations = new ArrayList<>();
            collectAuthors(main.get("author"), persons, organizations, 0);
            if (persons.isEmpty() && organizations.isEmpty()) collectAuthors(main.get("creator"), persons, organizations, 0);
            if (persons.isEmpty() && organizations.isEmpty() && page != null && page != main) {
                collectAuthors(page.get("author"), persons, organizations, 0);
            }
            JsonNode website = firstOfType(Pattern.compile("WebSite"));
            String publisher = name(main.get("publisher"));
            if (publisher == null && page != null) publisher = name(page.get("publisher"));
            if (publisher == null) publisher = name(firstOfType(ORGANIZATION_TYPE));
            return new JsonLd(
                    text(main.get("headline")),
                    text(main.get("alternativeHeadline")),
                    persons, organizations, publisher,
                    website == null ? null : text(website.get("name")),
                    firstText(main, page, "datePublished", "dateCreated", "uploadDate"),
                    firstText(main, page, "dateModified"),
                    texts(main.get("articleSection")),
                    keywords(main.get("keywords")),
                    language(main.get("inLanguage"), page),
                    url(main),
                    link(main.get("license")),
                    basedOn(main),
                    breadcrumbs());
        }

        private JsonNode firstOfType(Pattern type) {
            for (JsonNode n : nodes) {
                for (String t : types(n)) {
                    if (type.matcher(t).matches()) return n;
                }
            }
            return null;
        }

        private JsonNode resolve(JsonNode n) {
            if (n != null && n.isObject() && n.size() == 1 && n.has("@id")) {
                JsonNode target = byId.get(n.get("@id").asText());
                if (target != null) return target;
            }
            return n;
        }

        private void collectAuthors(JsonNode value, List<String> persons, List<String> organizations, int depth) {
            if (value == null || depth > 4) return;
            if (value.isArray()) {
                for (JsonNode v : value) collectAuthors(v, persons, organizations, depth + 1);
                return;
            }
            if (value.isTextual()) {
                String s = clean(value.asText());
                if (s != null && !s.contains("://")) persons.add(s);
                return;
            }
            JsonNode n = resolve(value);
            String name = name(n);
            if (name == null || name.contains("://")) return;
            boolean organization = types(n).stream().anyMatch(t -> ORGANIZATION_TYPE.matcher(t).matches());
            (organization ? organizations : persons).add(name);
        }

        private String name(JsonNode value) {
            if (value == null) return null;
            if (value.isArray()) return value.isEmpty() ? null : name(value.get(0));
            if (value.isTextual()) return clean(value.asText());
            JsonNode n = resolve(value);
            String name = text(n.get("name"));
            if (name == null) name = text(n.get("legalName"));
            if (name == null && n.has("givenName")) {
                name = clean(n.path("givenName").asText("") + " " + n.path("familyName").asText(""));
            }
            return name;
        }

        private String firstText(JsonNode main, JsonNode page, String... keys) {
            for (JsonNode n : new JsonNode[] {main, page}) {
                if (n == null) continue;
                for (String key : keys) {
                    String t = text(n.get(key));
                    if (t != null) return t;
                }
            }
            return null;
        }

        private String language(JsonNode value, JsonNode page) {
            if (value == null && page != null) value = page.get("inLanguage");
            if (value == null) return null;
            if (value.isObject()) {
                String code = text(value.get("alternateName"));
                return code != null ? code : text(value.get("name"));
            }
            return text(value);
        }

        private String url(JsonNode main) {
            String url = text(main.get("url"));
            if (url != null) return url;
            JsonNode page = main.get("mainEntityOfPage");
            if (page == null) return null;
            if (page.isTextual()) return clean(page.asText());
            return text(page.get("@id"));
        }

        private String link(JsonNode value) {
            if (value == null) return null;
            if (value.isObject()) {
                String url = text(value.get("url"));
                return url != null ? url : text(value.get("@id"));
            }
            return text(value);
        }

        private String basedOn(JsonNode main) {
            String source = name(main.get("sourceOrganization"));
            if (source != null) return source;
            JsonNode based = main.get("isBasedOn");
            if (based == null) based = main.get("isBasedOnUrl");
            if (based == null) return null;
            JsonNode resolved = resolve(based.isArray() && !based.isEmpty() ? based.get(0) : based);
            if (resolved.isObject()) {
                String publisher = name(resolved.get("publisher"));
                if (publisher != null) return publisher;
                String name = text(resolved.get("name"));
                if (name != null) return name;
                return text(resolved.get("url"));
            }
            return text(resolved);
        }

        private List<String> breadcrumbs() {
            JsonNode list = firstOfType(Pattern.compile("BreadcrumbList"));
            if (list == null || !list.path("itemListElement").isArray()) return List.of();
            List<JsonNode> items = new ArrayList<>();
            list.get("itemListElement").forEach(items::add);
            items.sort(Comparator.comparingInt(i -> i.path("position").asInt(0)));
            List<String> names = new ArrayList<>();
            for (JsonNode item : items) {
                String name = text(item.get("name"));
                if (name == null) name = name(item.get("item"));
                if (name != null) names.add(name);
            }
            return names;
        }
    }

    private static List<String> types(JsonNode n) {
        JsonNode type = n == null ? null : n.get("@type");
        if (type == null) return List.of();
        if (type.isTextual()) return List.of(stripVocabulary(type.asText()));
        List<String> out = new ArrayList<>();
        for (JsonNode t : type) out.add(stripVocabulary(t.asText()));
        return out;
    }

    private static String stripVocabulary(String type) {
        int slash = type.lastIndexOf('/');
        return slash >= 0 ? type.substring(slash + 1) : type;
    }

    /** A scalar's text, the first of an array, or an object's {@code @value}; HTML entities decoded. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) return null;
        if (value.isArray()) return value.isEmpty() ? null : text(value.get(0));
        if (value.isObject()) return text(value.get("@value"));
        return clean(value.asText());
    }

    private static List<String> texts(JsonNode value) {
        if (value == null) return List.of();
        List<String> out = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode v : value) {
                String t = text(v);
                if (t != null) out.add(t);
            }
        } else {
            String t = text(value);
            if (t != null) out.add(t);
        }
        return out;
    }

    private static List<String> keywords(JsonNode value) {
        List<String> out = new ArrayList<>();
        for (String k : texts(value)) {
            for (String part : k.split("[,;]")) {
                String p = part.strip();
                if (!p.isEmpty()) out.add(p);
            }
        }
        return out;
    }

    private static String clean(String s) {
        if (s == null) return null;
        if (s.indexOf('&') >= 0) s = Parser.unescapeEntities(s, false);
        if (s.indexOf('<') >= 0) s = Jsoup.parseBodyFragment(s).text();
        s = s.replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }
}
