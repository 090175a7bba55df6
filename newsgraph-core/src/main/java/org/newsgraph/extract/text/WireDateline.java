package org.newsgraph.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The agency credit in a wire story's dateline: "SEOUL (Reuters) - ", "WASHINGTON, March 3 (AP) — ". */
final class WireDateline {

    private static final int HEAD = 120;
    private static final Pattern DATELINE = Pattern.compile(
            "[^()]{0,80}?\\((?<agency>\\p{L}[\\p{L}.&' ]{0,30}?)\\)\\s*[-–—]+\\s");

    private WireDateline() {
    }

    /** The agency named in the paragraph's dateline, or null. */
    static String agency(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph.substring(0, Math.min(HEAD, paragraph.length())));
        return m.lookingAt() ? m.group("agency").strip() : null;
    }
}
