package org.newsgraph.extract.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication day many sites write into their article URLs ({@code /2023/09/21/slug}, {@code /2023-09-21/},
 * {@code /news/20230921-slug}), as htmldate and trafilatura read it when a page says nothing else. Only the path is
 * read, only a whole day counts (a year and month alone name an archive), and the day must be a real one from 1995,
 * the first year of news on the web, to the next year.
 */
final class UrlDates {
    private static final Pattern DAY = Pattern.compile(
            "/((?:19|20)\\d{2})([/_-])(\\d{1,2})\\2(\\d{1,2})(?=[/_.-]|$)"
                    + "|/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.-]|$)");
    private static final int FIRST_YEAR = 1995;

    private UrlDates() {
    }

    /** The ISO day the URL's path names, or null. */
    static String of(String url) {
        if (url == null) return null;
        String path = path(url);
        Matcher m = DAY.matcher(path);
        while (m.find()) {
            String day = m.group(1) != null ? day(m.group(1), m.group(3), m.group(4))
                    : day(m.group(5), m.group(6), m.group(7));
            if (day != null) return day;
        }
        return null;
    }

    private static String path(String url) {
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
        if (start < 0) return "";
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c, start);
            if (at >= 0 && at < end) end = at;
        }
        return url.substring(start, end);
    }

    private static String day(String year, String month, String day) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (d.getYear() < FIRST_YEAR || d.getYear() > Year.now().getValue() + 1) return null;
            return d.toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
