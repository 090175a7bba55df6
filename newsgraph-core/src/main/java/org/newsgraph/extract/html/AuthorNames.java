package org.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.newsgraph.extract.DateNormalizer;

/**
 * Turns a byline as written ("By Jane Doe and John Roe, Staff Writers | Updated June 3, 2021") into the names it
 * holds. Strips the lead-in ("By", "Written by", "Author:"), cuts at dates, update notes and reviewer credits, splits
 * on commas, semicolons, ampersands, bullets and "and"/"with", and drops pieces that are credentials ("PhD", "RD"),
 * roles ("Senior Editor"), the affiliation after a role, e-mail addresses, handles and links. An organisation byline
 * ("Podium Staff", "The Investopedia Team") stays a name. Stateless and thread-safe.
 */
final class AuthorNames {

    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?:(?:written|posted|published|words|story|text|article|reporting|report|compiled|created|authored)\\s+)?"
                    + "(?:by\\b[:\\s]*|(?-i:[Bb]y)(?=\\p{Lu}))|^(?:authors?|writers?|byline|posted|written)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STOP = Pattern.compile(
            "\\s*(?:\\||\\n|\\b(?:last\\s+)?updated\\b|\\bpublished\\b|\\bposted\\b|\\b(?:medically\\s+)?reviewed\\s+by\\b"
                    + "|\\bfact[- ]checked\\b|\\bedited\\s+by\\b|\\b(?:photo(?:graph)?s?|illustrations?|video|images?)\\s+by\\b"
                    + "|\\bread\\s+more\\b|\\bfollow\\b|\\b\\d+\\s*min(?:ute)?s?\\b|\\bshare\\b|\\babout\\s+the\\s+author\\b"
                    + "|\\s(?:on|at)\\s+(?=\\S*\\d))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\w+|(?<!\\S)@\\w+");
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:[,;&·•|/]|\\s(?:and|with)\\s)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACED_DASH = Pattern.compile("\\s+[-–—]\\s+.*$");
    private static final Set<String> CREDENTIALS = Set.of(
            "phd", "md", "ms", "msc", "ma", "ba", "bs", "bsc", "rd", "rdn", "ld", "ldn", "cdn", "cde", "cdces", "cssd",
            "fand", "mph", "mba", "cpa", "cfa", "cfp", "jd", "esq", "rn", "np", "do", "dds", "dmd", "dvm", "pharmd",
            "lcsw", "lmft", "psyd", "edd", "cpt", "cscs", "nasm", "mfa", "med", "facp", "facs", "mpa", "mpp", "llm",
            "ryt", "e-ryt", "pa-c", "crna", "ibclc", "faap", "mbbs", "frcp", "cissp", "pmp", "aprn", "fnp", "otr",
            "pt", "dpt", "atc", "ces", "cns", "ches", "cph", "mhs", "msn", "bsn");
    /** Words that never occur in a name but do in the link labels and widgets around bylines. */
    private static final Set<String> NOT_NAME_WORDS = Set.of(
            "posts", "post", "articles", "stories", "view", "all", "more", "profile", "see", "read", "comments",
            "comment", "says", "said", "menu", "search", "home", "login", "subscribe", "newsletter", "about",
            "contact", "privacy", "policy", "terms", "cookie", "cookies", "email", "print", "min", "updated");
    private static final Pattern GLUED_ROLE = Pattern.compile(
            "(?<=\\p{Ll})(?=(?:Founder|Co-Founder|Editor|Writer|Reporter|Contributor|Author|CEO|Director|Manager"
                    + "|Correspondent|Columnist|Journalist|Senior|Staff|Chief)\\b)");
    private static final Pattern MARKUP = Pattern.compile("<[/!?]?[A-Za-z][^>]*>");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Set<String> ROLE_WORDS = Set.of(
            "staff", "writer", "writers", "editor", "editors", "senior", "contributor", "contributors", "contributing",
            "reporter", "reporters", "correspondent", "columnist", "associate", "assistant", "managing", "executive",
            "chief", "deputy", "news", "desk", "freelance", "guest", "author", "journalist", "producer",
            "photographer", "analyst", "director", "manager", "founder", "co-founder", "ceo", "head", "lead",
            "content", "specialist", "expert", "strategist", "editorial", "intern", "fellow", "host", "anchor",
            "at", "for", "of", "the", "in", "and", "a", "an", "special", "to", "contributed", "this", "story",
            "report", "correspondents", "bureau", "team", "member");
    /** A piece ending in one of these is a job title, whatever comes before ("AI Writer", "Sports Editor"). */
    private static final Pattern ROLE_END = Pattern.compile(
            "(?i).*\\b(?:writer|editor|reporter|correspondent|columnist|contributor|journalist|producer|photographer"
                    + "|analyst|strategist|specialist|manager|director|founder|ceo|intern|officer|president"
                    + "|coordinator|consultant|scientist|researcher|professor|lecturer|student|nutritionist"
                    + "|dietitian|trainer|coach|advisor|adviser|expert|marketer|designer|developer|engineer)s?$");

    private AuthorNames() {
    }

    /**
     * The names in one byline string, in order, without duplicates; empty when it holds none.
     *
     * @param declared whether the string was declared as an author (meta tag, JSON-LD, author markup), so that
     *                 user names written in lower case ("jsmith") count; free text needs a capital letter
     */
    static List<String> split(String byline, boolean declared) {
        if (byline == null) return List.of();
        String s = withoutMarkup(byline).replace('\u00a0', ' ').replaceAll("[ \\t\\r\\f]+", " ").strip();
        if (s.isEmpty() || s.contains("://") || s.startsWith("www.")) return List.of();
        s = EMAIL.matcher(s).replaceAll(" ");
        s = GLUED_ROLE.matcher(s).replaceAll(", ");
        s = LEAD_IN.matcher(s).replaceFirst("");
        Matcher stop = STOP.matcher(s);
        if (stop.find()) s = s.substring(0, stop.start());
        DateNormalizer.DateMatch date = DateNormalizer.find(s, DateNormalizer.NumericOrder.MONTH_FIRST);
        if (date != null) s = s.substring(0, date.start());
        s = s.replaceAll("(?i)\\s+(?:on|at)\\s*$", "");
        return pieces(s, declared);
    }

    /**
     * Markup inside a declared author ({@code content="Eve <script>..</script> Hacker"}, entity-escaped in the page)
     * is never part of a name: parsed as HTML, its text keeps "Eve Hacker" and drops scripts and styles whole,
     * where cutting at angle brackets would leave "script> Hacker".
     */
    private static String withoutMarkup(String byline) {
        return MARKUP.matcher(byline).find() ? Jsoup.parseBodyFragment(byline).body().text() : byline;
    }

    private static List<String> pieces(String s, boolean declared) {
        List<String> names = new ArrayList<>();
        Matcher sep = SEPARATOR.matcher(s);
        int from = 0;
        boolean afterRole = false;
        String before = "";
        String lastAddedAfter = "";
        while (from <= s.length()) {
            boolean found = sep.find();
            int end = found ? sep.start() : s.length();
            String separator = found ? sep.group().strip().toLowerCase(Locale.ROOT) : "";
            String piece = tidy(s.substring(from, end));
            if (!piece.isEmpty()) {
                String key = key(piece);
                if (SUFFIXES.contains(key) && !names.isEmpty()) {
                    names.set(names.size() - 1, names.get(names.size() - 1) + " " + piece);
                } else if (isPureRole(piece) || !names.isEmpty() && ROLE_END.matcher(piece).matches()) {
                    // "Jane Doe, Home and Garden Editor": "Home" was the start of the title, not a name
                    if (isConjunction(before) && lastAddedAfter.equals(",") && names.size() > 1) {
                        names.remove(names.size() - 1);
                    }
                    afterRole = true;
                } else if (afterRole) {
                    afterRole = false; // the affiliation after a job title: "Senior Editor, The Atlantic"
                } else if (isName(piece, declared) && names.stream().noneMatch(n -> n.equalsIgnoreCase(piece))) {
                    names.add(piece);
                    lastAddedAfter = before;
                }
            }
            if (!separator.equals(",")) afterRole = false;
            before = separator;
            if (!found) break;
            from = sep.end();
        }
        return names;
    }

    private static String tidy(String piece) {
        String p = SPACED_DASH.matcher(piece).replaceFirst("");
        p = LEAD_IN.matcher(p.strip()).replaceFirst("");
        return p.replaceAll("^[\\s\\p{Punct}&&[^(]]+|[\\s\\p{Punct}&&[^.)]]+$", "").strip();
    }

    private static boolean isConjunction(String separator) {
        return separator.equals("and") || separator.equals("&");
    }

    private static boolean isPureRole(String piece) {
        for (String w : piece.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!ROLE_WORDS.contains(w)) return false;
        }
        return true;
    }

    private static boolean isName(String piece, boolean declared) {
        if (piece.length() < 2 || piece.length() > 60) return false;
        String key = key(piece);
        if (CREDENTIALS.contains(key)) return false;
        String[] words = piece.split("\\s+");
        if (words.length > 5) return false;
        for (String w : words) {
            if (NOT_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT))) return false;
        }
        boolean capital = false;
        for (int i = 0; i < piece.length(); i++) {
            char ch = piece.charAt(i);
            if (Character.isDigit(ch) || ch == '@' || ch == '#' || ch == '=' || ch == '<' || ch == '{') return false;
            if (Character.isUpperCase(ch)) capital = true;
        }
        return capital || declared;
    }

    private static String key(String piece) {
        return piece.toLowerCase(Locale.ROOT).replace(".", "").replace(",", "").strip();
    }
}
