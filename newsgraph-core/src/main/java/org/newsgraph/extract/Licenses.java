package org.newsgraph.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises Creative Commons licences in URLs, badges and footer text, and GNU licences written out or by id,
 * and names them by SPDX id ({@code CC-BY-NC-ND-4.0}, {@code CC0-1.0}, {@code GFDL-1.3-or-later}). A licence named without a version ("Some rights reserved") has no
 * SPDX id, so it is not guessed.
 */
public final class Licenses {

    private static final Pattern URL = Pattern.compile(
            "(?:creativecommons\\.org/licenses|(?:i\\.creativecommons\\.org|licensebuttons\\.net)/l)"
                    + "/((?:by|nc|sa|nd)(?:-(?:nc|sa|nd)){0,2})/(\\d\\.\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CC0_URL = Pattern.compile(
            "creativecommons\\.org/publicdomain/zero/1\\.0|(?:i\\.creativecommons\\.org|licensebuttons\\.net)/p/zero/1\\.0",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT = Pattern.compile(
            "\\bCC[ -]?(BY(?:[ -](?:NC|SA|ND)){0,2})(?:[ -]|\\s+)v?(\\d\\.\\d)\\b");
    private static final Pattern LONG = Pattern.compile(
            "Creative\\s+Commons\\s+Attribution((?:[\\s-]+(?:Non-?Commercial|Share-?Alike|No-?Deriv(?:ative)?s))*)"
                    + "(?:\\s+License)?,?\\s+(?:version\\s+)?(\\d\\.\\d)",
            Pattern.CASE_INSENSITIVE);
    /** A GNU licence written out: "GNU Free Documentation License, Version 1.3 or any later version". */
    private static final Pattern GNU = Pattern.compile("GNU\\s+(Free\\s+Documentation|Lesser\\s+General\\s+Public"
            + "|Library\\s+General\\s+Public|Affero\\s+General\\s+Public|General\\s+Public)\\s+Licen[cs]e"
            + "(?:\\s*\\(\\w+\\))?,?\\s+(?:version\\s+|v)?(\\d(?:\\.\\d)?)\\b(\\s*,?\\s*or\\s+(?:\\(at your option\\)\\s+)?"
            + "(?:any\\s+)?later)?", Pattern.CASE_INSENSITIVE);
    /** A GNU licence by its SPDX id, as licence notices of software and wikis write it. */
    private static final Pattern GNU_ID = Pattern.compile("\\b(?:A|L)?GPL-\\d\\.\\d-(?:only|or-later)\\b|\\bGFDL-1\\.[123]-(?:only"
            + "|or-later)\\b");
    private static final Pattern CC0_TEXT = Pattern.compile("\\bCC0(?:[ -]1\\.0)?\\b|Public\\s+Domain\\s+Dedication",
            Pattern.CASE_INSENSITIVE);

    private Licenses() {
    }

    /**
     * The SPDX id of the licence a link points to, or null when it is not one recognised. Badge images
     * ({@code i.creativecommons.org/l/by/4.0/88x31.png}, {@code licensebuttons.net/l/by-sa/3.0/...}) count too.
     */
    public static String fromUrl(String url) {
        if (url == null) return null;
        Matcher m = URL.matcher(url);
        if (m.find()) return spdx(m.group(1).split("-"), m.group(2));
        return CC0_URL.matcher(url).find() ? "CC0-1.0" : null;
    }

    /** The SPDX id of the first licence named in free text, or null when none with a version is named. */
    public static String fromText(String text) {
        if (text == null) return null;
        Matcher m = SHORT.matcher(text);
        if (m.find()) return spdx(m.group(1).split("[ -]"), m.group(2));
        m = LONG.matcher(text);
        if (m.find()) {
            String terms = m.group(1).toLowerCase(Locale.ROOT).replace("-", "");
            StringBuilder parts = new StringBuilder("by");
            if (terms.contains("noncommercial")) parts.append(" nc");
            if (terms.contains("sharealike")) parts.append(" sa");
            if (terms.contains("noderiv")) parts.append(" nd");
            return spdx(parts.toString().split(" "), m.group(2));
        }
        if (CC0_TEXT.matcher(text).find()) return "CC0-1.0";
        return gnu(text);
    }

    private static String gnu(String text) {
        Matcher m = GNU_ID.matcher(text);
        if (m.find()) return m.group();
        m = GNU.matcher(text);
        if (!m.find()) return null;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        String family = name.startsWith("free") ? "GFDL" : name.startsWith("lesser") || name.startsWith("library")
                ? "LGPL" : name.startsWith("affero") ? "AGPL" : "GPL";
        String version = m.group(2).contains(".") ? m.group(2) : m.group(2) + ".0";
        return family + "-" + version + (m.group(3) != null ? "-or-later" : "-only");
    }

    private static String spdx(String[] parts, String version) {
        StringBuilder sb = new StringBuilder("CC");
        for (String p : parts) sb.append('-').append(p.toUpperCase(Locale.ROOT));
        return sb.append('-').append(version).toString();
    }
}
