package org.newsgraph.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web addresses as an article's {@code url} may hold them: absolute http(s) URLs with a host. Anything else a page
 * or an input's hints offer ({@code javascript:}, {@code data:}, {@code file:}, a relative path with nothing to
 * resolve it against) is no address a reader or a downstream tool should follow.
 */
public final class WebUrls {

    /** A scheme, unless what follows the colon is a port ("example.org:8080/story" names no scheme). */
    private static final Pattern SCHEME = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9+.-]*):(?!\\d)");

    private WebUrls() {
    }

    /**
     * The URL an input names for a page, unless it names another scheme than http(s). Unlike a link in a page, an
     * input's own URL is kept when it has no scheme at all ("www.example.org/story"): data sets write them so, and
     * the article's id and its copies are found by it.
     */
    public static String given(String url) {
        if (url == null) return null;
        Matcher scheme = SCHEME.matcher(url);
        if (!scheme.find()) return url;
        String name = scheme.group(1);
        return name.equalsIgnoreCase("http") || name.equalsIgnoreCase("https") ? url : null;
    }

    /** An absolute http(s) URL for {@code href}, resolved against {@code base} when relative; else null. */
    public static String resolve(String base, String href) {
        if (href == null || href.isBlank()) return null;
        try {
            URI ref = new URI(href.strip().replace(" ", "%20"));
            URI abs = ref.isAbsolute() || base == null ? ref : new URI(base.strip()).resolve(ref);
            String scheme = abs.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) return null;
            return abs.getHost() == null ? null : abs.toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null; // a malformed link is no address
        }
    }
}
