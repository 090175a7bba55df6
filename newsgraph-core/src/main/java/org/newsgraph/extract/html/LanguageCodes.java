package org.newsgraph.extract.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/** Declared language tags ("en-US", "en_GB", "eng", "fr") to ISO 639-1 two-letter codes. */
final class LanguageCodes {

    private static final Map<String, String> FROM_ISO3 = iso3();

    private LanguageCodes() {
    }

    /** The two-letter code for a tag, or null when the tag names no known language. */
    static String iso6391(String tag) {
        if (tag == null) return null;
        String primary = tag.strip().split("[-_\\s,;]", 2)[0].toLowerCase(Locale.ROOT);
        if (primary.length() == 2 && FROM_ISO3.containsValue(primary)) return primary;
        if (primary.length() == 3) return FROM_ISO3.get(primary);
        return null;
    }

    private static Map<String, String> iso3() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                map.put(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (MissingResourceException e) {
                map.put(two + "?", two); // no three-letter code known: still a valid two-letter one
            }
        }
        // Bibliographic ISO 639-2 codes that differ from the terminology ones Java uses.
        map.put("fre", "fr");
        map.put("ger", "de");
        map.put("dut", "nl");
        map.put("chi", "zh");
        map.put("cze", "cs");
        map.put("gre", "el");
        map.put("per", "fa");
        return Map.copyOf(map);
    }
}
