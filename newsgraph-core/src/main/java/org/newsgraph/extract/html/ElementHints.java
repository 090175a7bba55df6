package org.newsgraph.extract.html;

import java.util.Locale;
import java.util.List;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, ARIA role, visibility, itemprop, class and id say about its content. Names are matched
 * word by word ('-', '_' and spaces separate words) so that, say, "ad" does not match "header" or "read".
 */
final class ElementHints {

    /** The role an element's markup suggests for the text inside it. */
    enum Role {
        NONE,
        /** Navigation, footers, forms: boilerplate by tag or ARIA role. */
        BOILERPLATE,
        /** Hidden by attribute or style: menus and dialogs, or content a script will reveal. */
        HIDDEN,
        /** Related links, share bars, comments, ads and the like, by class or id. */
        NAMED_BOILERPLATE,
        /** Reader comments, by class or id. */
        COMMENTS,
        /** Boilerplate by one name, content by another ("content-with-sidebar", "article-share"). */
        MIXED,
        FIGURE, CAPTION, CREDIT,
        /** The article body by name ("article-body", itemprop=articleBody). */
        CONTENT
    }

    private static final NameMatcher BOILERPLATE = new NameMatcher(List.of(
            "share", "shares", "sharing", "share-tools", "social", "socials", "sharebar", "share-bar", "related",
            "relatedposts", "recommended", "recommendations", "recirc", "recirculation", "more-stories",
            "morestories", "read-more", "readmore", "read-next", "up-next", "newsletter", "newsletters", "subscribe",
            "subscription", "signup", "sign-up", "promo", "promos", "promotion", "sponsor", "sponsored", "advert",
            "adverts", "advertisement", "advertising", "ad", "ads", "adslot", "ad-slot", "ad-container", "dfp",
            "gpt", "outbrain", "taboola", "zergnet", "revcontent", "breadcrumb", "breadcrumbs", "sidebar",
            "side-bar", "cookie", "cookies", "consent", "gdpr", "popup", "navbar", "navigation", "nav", "menu",
            "footer", "masthead", "byline", "bylines", "author", "authors", "dateline", "timestamp", "published",
            "date", "tags", "tag-list", "taglist", "keywords", "toolbar", "tools", "print", "skip", "sr-only",
            "visually-hidden", "screen-reader-text", "screenreader", "pagination", "pager", "trending",
            "most-popular", "mostpopular", "popular", "most-read", "mostread", "meta", "rating", "disclaimer",
            "copyright", "login", "account", "alert", "banner", "callout", "subnav", "jump-link", "feedback",
            "shoutbox", "pullquote", "pull-quote"), true);

    /** Reader comments: prose, so only their names give them away. */
    private static final NameMatcher COMMENTS = new NameMatcher(List.of(
            "comment", "comments", "comment-list", "commentlist", "disqus", "respond", "replies", "reactions"),
            true);

    private static final NameMatcher CAPTION = new NameMatcher(List.of(
            "caption", "captions", "figcaption", "cutline"), false);

    private static final NameMatcher CREDIT = new NameMatcher(List.of(
            "credit", "credits", "copyright", "attribution", "photographer"), false);

    /** Generic box names page builders give to every block, text included ("elementor-widget"). */
    private static final NameMatcher GENERIC_BOX = new NameMatcher(List.of("widget", "widgets"), false);

    private static final NameMatcher CONTENT = new NameMatcher(List.of(
            "articlebody", "article-body", "article-content", "article-text", "articletext", "story-body",
            "storybody", "story-content", "entry-content", "post-content", "post-body", "postbody", "post-entry",
            "main-content", "body-text", "bodytext", "content-body", "rich-text", "richtext"), false);

    /**
     * Words that also name the main column (readability's "ok maybe it's a candidate" list) or content embedded in
     * it ("social-media-embed"), as substrings.
     */
    private static final String[] MAIN_WORDS = {"article", "body", "content", "main", "column", "story", "entry",
        "post", "embed"};

    /** Class soups longer than this say nothing more about the box. */
    private static final int MAX_NAME_WORDS = 48;

    private ElementHints() {
    }

    static Role roleOf(Element el) {
        String tag = el.normalName();
        switch (tag) {
            case "nav", "aside", "footer", "form", "menu" -> {
                return Role.BOILERPLATE;
            }
            case "figcaption" -> {
                return Role.CAPTION;
            }
            case "figure" -> {
                return Role.FIGURE;
            }
            default -> {
            }
        }
        Attributes attrs = el.attributes();
        if (attrs.size() == 0) return Role.NONE;
        if (isHidden(attrs)) return Role.HIDDEN;
        String itemprop = attrs.getIgnoreCase("itemprop");
        if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")) return Role.CONTENT;
        String role = attrs.getIgnoreCase("role");
        if (!role.isEmpty()) {
            switch (role.toLowerCase(Locale.ROOT)) {
                case "navigation", "contentinfo", "complementary", "banner", "menu", "menubar", "dialog",
                     "alertdialog", "search" -> {
                    return Role.BOILERPLATE;
                }
                default -> {
                }
            }
        }
        String[] words = new String[MAX_NAME_WORDS];
        int n = NameMatcher.words(attrs.getIgnoreCase("class"), attrs.getIgnoreCase("id"), words);
        if (n == 0) return Role.NONE;
        if (CONTENT.matches(words, n)) return Role.CONTENT;
        // publishing systems put post classes like "author-jane" or "comments-open" on the article itself
        if (isSectioning(tag)) return Role.NONE;
        if (CAPTION.matches(words, n)) return Role.CAPTION;
        if (CREDIT.matches(words, n)) return Role.CREDIT;
        if (COMMENTS.matches(words, n)) return Role.COMMENTS;
        if (BOILERPLATE.matches(words, n)) return namesMainColumn(words, n) ? Role.MIXED : Role.NAMED_BOILERPLATE;
        if (GENERIC_BOX.matches(words, n)) return Role.MIXED;
        return Role.NONE;
    }

    private static boolean namesMainColumn(String[] words, int n) {
        for (int i = 0; i < n; i++) {
            for (String main : MAIN_WORDS) {
                if (words[i].contains(main)) return true;
            }
        }
        return false;
    }

    private static boolean isSectioning(String tag) {
        return switch (tag) {
            case "article", "main", "body", "html" -> true;
            default -> false;
        };
    }

    /** Elements that never show text: scripts, styles, media, form controls. */
    static boolean isInvisible(Element el) {
        return switch (el.normalName()) {
            case "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
                 "select", "option", "button", "input", "textarea", "head", "title", "meta", "link", "audio",
                 "video", "map", "dialog", "picture", "source" -> true;
            default -> false;
        };
    }

    private static boolean isHidden(Attributes attrs) {
        if (attrs.hasKeyIgnoreCase("hidden")) return true;
        String style = attrs.getIgnoreCase("style");
        if (style.isEmpty()) return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
