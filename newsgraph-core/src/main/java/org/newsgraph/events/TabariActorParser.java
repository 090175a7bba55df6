package org.newsgraph.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TABARI/PETRARCH actor dictionaries (Phoenix.Countries.actors.txt and its siblings): a primary phrase,
 * {@code +}synonym lines, and codes either inline ({@code NORTH_KOREA_ [PRK]}) or on indented lines with optional
 * date restrictions ({@code [KORGOV 070501-080731]}, {@code [IGOUNO >20070101]}, {@code [USAGOV <010120]}).
 * Every phrase of an entry maps to all the entry's codes.
 */
final class TabariActorParser {

    private static final Pattern CODE = Pattern.compile("\\[\\s*([A-Z~-]+)\\s*([<>]?\\s*[0-9]*)\\s*-?\\s*([0-9]*)\\s*]");

    private TabariActorParser() {
    }

    static void parseInto(List<String> lines, PhraseIndex<List<DatedCode>> index) {
        forEachEntry(lines, (phrases, codes) -> {
            for (String p : phrases) index.put(PhraseWords.of(p), codes, TabariActorParser::concat);
        });
    }

    /** Each entry of a dictionary with codes: its phrases (underscores kept) and all its codes. */
    static void forEachEntry(List<String> lines, BiConsumer<List<String>, List<DatedCode>> entry) {
        List<String> phrases = new ArrayList<>();
        List<DatedCode> codes = new ArrayList<>();
        boolean codesSeen = false;
        for (String raw : lines) {
            String line = stripComment(raw);
            if (line.isBlank()) continue;
            char first = line.charAt(0);
            boolean codeLine = Character.isWhitespace(first) || first == '[';
            boolean synonym = first == '+';
            if (!codeLine && !synonym && codesSeen) {
                flush(phrases, codes, entry);
                codesSeen = false;
            }
            int bracket = line.indexOf('[');
            String phrase = (bracket < 0 ? line : line.substring(0, bracket)).strip();
            if (synonym) phrase = phrase.substring(1);
            if (!codeLine && !phrase.isEmpty()) phrases.add(phrase);
            if (bracket >= 0) {
                Matcher m = CODE.matcher(line);
                while (m.find()) {
                    codesSeen = true;
                    DatedCode c = code(m);
                    if (c != null) codes.add(c);
                }
            }
        }
        flush(phrases, codes, entry);
    }

    private static void flush(List<String> phrases, List<DatedCode> codes,
                              BiConsumer<List<String>, List<DatedCode>> entry) {
        if (!codes.isEmpty()) entry.accept(List.copyOf(phrases), List.copyOf(codes));
        phrases.clear();
        codes.clear();
    }

    private static List<DatedCode> concat(List<DatedCode> a, List<DatedCode> b) {
        List<DatedCode> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static DatedCode code(Matcher m) {
        String code = m.group(1);
        if (code.startsWith("-")) return null; // [---]: explicitly no code
        String a = m.group(2).replace(" ", "");
        String b = m.group(3);
        if (a.startsWith(">")) return new DatedCode(code, date(a.substring(1)), null);
        if (a.startsWith("<")) return new DatedCode(code, null, date(a.substring(1)));
        return new DatedCode(code, date(a), date(b));
    }

    /** yymmdd (pivot: 00-30 are 20xx) or yyyymmdd; anything unreadable means "no limit". */
    private static LocalDate date(String s) {
        try {
            if (s.length() == 6) {
                int yy = Integer.parseInt(s.substring(0, 2));
                return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(s.substring(2, 4)),
                        Integer.parseInt(s.substring(4, 6)));
            }
            if (s.length() == 8) {
                return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                        Integer.parseInt(s.substring(6, 8)));
            }
        } catch (RuntimeException e) {
            return null; // a handful of dictionary dates are malformed ("2004017", month 00)
        }
        return null;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
