package org.newsgraph.extract.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, role, class and id say about its content. Patterns are matched against lowercased
 * {@code class}, {@code id} and {@code itemprop} values with word-ish boundaries so that, say, "ad" does not match
 * "header" or "read".
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

    private static final String B = "(?:^|[\\s_-])";
    private static final String E = "(?:$|[\\s_-])";

    /** State modifiers such as "has-sidebar" or "no-comments" describe the page, not the box. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            B + "(?<!has-|with-|no-|show-|hide-|without-)(?:share|shares|sharing|share-tools"
                    + "|social|socials|sharebar|share-bar|related|relatedposts|recommended|recommendations|recirc"
                    + "|recirculation|more-stories|morestories|read-more|readmore|read-next|up-next|newsletter"
                    + "|newsletters|subscribe|subscription|signup|sign-up|promo|promos|promotion|sponsor|sponsored"
                    + "|advert|adverts|advertisement|advertising|ad|ads|adslot|ad-slot|ad-container|dfp|gpt"
                    + "|outbrain|taboola|zergnet|revcontent|breadcrumbs?|sidebar|side-bar"
                    + "|cookie|cookies|consent|gdpr|popup|navbar|navigation|nav|menu"
                    + "|footer|masthead|byline|bylines|author|authors|author-info|author-bio|dateline|timestamp"
                    + "|published|date|tags|tag-list|taglist|keywords|toolbar|tools|print|skip-link|skip"
                    + "|sr-only|visually-hidden|screen-reader-text|screenreader|pagination|pager|trending"
                    + "|most-popular|mostpopular|popular|most-read|mostread|post-meta|entry-meta"
                    + "|article-meta|meta|rating|print-only|disclaimer|copyright|login|account|alert"
                    + "|banner|callout|subnav|jump-link|feedback|shoutbox|pullquote|pull-quote)" + E);

    /** Reader comments: prose, so only their names give them away. */
    private static final Pattern COMMENTS = Pattern.compile(
            B + "(?<!has-|with-|no-|show-|hide-|without-)(?:comments?|comment-list|commentlist|comment-respond"
                    + "|disqus|disqus_thread|respond|replies|reactions)" + E);

    private static final Pattern CAPTION = Pattern.compile(
            B + "(?:caption|captions|wp-caption-text|figcaption|image-caption|photo-caption|media-caption"
                    + "|caption-text|cutline)" + E);

    private static final Pattern CREDIT = Pattern.compile(
            B + "(?:credit|credits|image-credit|photo-credit|caption-credit|copyright|attribution"
                    + "|photographer)" + E);

    /**
     * Words that also name the main column (readability's "ok maybe it's a candidate" list), and generic box names
     * page builders give to every block, text included ("elementor-widget").
     */
    private static final Pattern MAIN_WORDS = Pattern.compile("article|body|content|main|column|story|entry|post");
    private static final Pattern GENERIC_BOX = Pattern.compile(B + "widgets?" + E);

    private static final Pattern CONTENT = Pattern.compile(
            B + "(?:articlebody|article-body|article-content|article-text|articletext|story-body|storybody"
                    + "|story-content|entry-content|post-content|post-body|postbody|post-entry|main-content"
                    + "|body-text|bodytext|content-body|article__body|article__content|rich-text|richtext)" + E);

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
        String names = (attrs.getIgnoreCase("class") + ' ' + attrs.getIgnoreCase("id")).toLowerCase(Locale.ROOT);
        if (names.length() == 1) return Role.NONE;
        if (CONTENT.matcher(names).find()) return Role.CONTENT;
        // publishing systems put post classes like "author-jane" or "comments-open" on the article itself
        if (isSectioning(tag)) return Role.NONE;
        if (CAPTION.matcher(names).find()) return Role.CAPTION;
        if (CREDIT.matcher(names).find()) return Role.CREDIT;
        if (COMMENTS.matcher(names).find()) return Role.COMMENTS;
        if (BOILERPLATE.matcher(names).find()) {
            return MAIN_WORDS.matcher(names).find() ? Role.MIXED : Role.NAMED_BOILERPLATE;
        }
        if (GENERIC_BOX.matcher(names).find()) return Role.MIXED;
        return Role.NONE;
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
