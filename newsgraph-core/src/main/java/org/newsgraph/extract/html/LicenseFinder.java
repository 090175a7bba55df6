package org.newsgraph.extract.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.extract.LicenceNotices;
import org.newsgraph.extract.Licenses;

/**
 * Finds the licence a page declares: {@code rel=license} links, licence meta tags and JSON-LD, Creative Commons
 * links and badge images, and last a licence notice in the text ("Content licensed under CC BY-NC-ND 4.0"; a
 * sentence that only mentions a licence is not one, {@link LicenceNotices}). Only licences with an SPDX id are
 * returned; a page merely linking to creativecommons.org in general gets none.
 */
final class LicenseFinder {

    /** Words a licence's name starts with; only elements whose own text holds one are read as notices. */
    private static final Pattern MAY_NAME = Pattern.compile(
            "Creative Commons|\\bCC[ -]?(?:BY|0)\\b|\\bGNU\\b|\\b(?:A|L)?GPL-|\\bGFDL-");

    private LicenseFinder() {
    }

    /**
     * @param bodyText the page's visible text, searched for a notice only when it names a licence
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
        if (!mayName(bodyText)) return null;
        for (Element e : doc.getElementsMatchingOwnText(MAY_NAME)) {
            Element scope = e.parent() != null && e.text().length() < 40 ? e.parent() : e;
            id = LicenceNotices.licence(scope.text());
            if (id != null) return id;
        }
        return null;
    }

    /** Plain substring tests first: most pages name no licence, and a regex scan of the whole text costs more. */
    private static boolean mayName(String text) {
        return (text.contains("Creative Commons") || text.contains("CC") || text.contains("GNU")
                || text.contains("GPL-") || text.contains("GFDL-")) && MAY_NAME.matcher(text).find();
    }

    private static String fromLinkOrText(String value) {
        if (value == null || value.isBlank()) return null;
        String id = Licenses.fromUrl(value);
        return id != null ? id : Licenses.fromText(value);
    }
}
