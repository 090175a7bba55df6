package org.newsgraph.extract.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.extract.Licenses;

/**
 * Finds the licence a page declares: {@code rel=license} links, licence meta tags and JSON-LD, Creative Commons
 * links and badge images, and last a "Creative Commons ..." notice in the text. Only licences with an SPDX id are
 * returned; a page merely linking to creativecommons.org in general gets none.
 */
final class LicenseFinder {

    private LicenseFinder() {
    }

    /**
     * @param bodyText the page's visible text, searched for a notice only when it names Creative Commons
     */
    static String find(Document doc, MetaTags meta, JsonLd ld, String bodyText) {
        for (Element link : doc.select("link[rel~=(?i)\\blicense\\b], a[rel~=(?i)\\blicense\\b]")) {
            String id = fromLinkOrText(link.attr("href"));
            if (id != null) return id;
        }
        String id = fromLinkOrText(ld.license());
        if (id != null) return id;
        for (String value : meta.all("license", "dcterms.license", "dc.rights", "dcterms.rights", "copyright")) {
            id = fromLinkOrText(value);
            if (id != null) return id;
        }
        for (Element e : doc.select("a[href*=creativecommons.org], img[src*=creativecommons.org], "
                + "img[src*=licensebuttons.net]")) {
            id = Licenses.fromUrl(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
            if (id != null) return id;
        }
        if (!bodyText.contains("Creative Commons")) return null;
        for (Element e : doc.getElementsContainingOwnText("Creative Commons")) {
            Element scope = e.parent() != null && e.text().length() < 40 ? e.parent() : e;
            id = Licenses.fromText(scope.text());
            if (id != null) return id;
        }
        return null;
    }

    private static String fromLinkOrText(String value) {
        if (value == null || value.isBlank()) return null;
        String id = Licenses.fromUrl(value);
        return id != null ? id : Licenses.fromText(value);
    }
}
