package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.CopyrightNotices;
import org.newsgraph.extract.LicenceNotices;
import org.newsgraph.extract.ReaderPrompts;
import org.newsgraph.extract.RightsNotices;
import org.newsgraph.extract.SubscriptionPrompts;
import org.newsgraph.extract.text.LineFact.Kind;

/**
 * Recognises the boilerplate lines scrapes carry around an article: interface words, list headers, bylines, credits,
 * copyright, syndication and licence notices, section and date stamps, bullets. Each test is anchored and only runs
 * on short lines, so a line costs time proportional to its length however long the scrape is.
 */
final class LineClassifier {

    /** Boilerplate is short; longer lines are prose and skip the patterns entirely. */
    private static final int MAX_BOILERPLATE = 400;
    /** ASCII case folding only: Unicode folding costs a table lookup per character and the words are ASCII-led. */
    private static final int I = Pattern.CASE_INSENSITIVE;

    private static final Pattern INTERFACE = Pattern.compile("(?:advertisement|advertisment|sponsored(?: content)?"
            + "|close|view licen[cs]e details?|share(?: this(?: article| story| page| post)?)?(?: on \\w+)?|tweet"
            + "|e-?mail|print|comments?|\\d+ comments?|subscribe(?: now)?|sign (?:up|in)|log ?in|skip to (?:main )?content"
            + "|continue reading|show more|load more|back to top|menu|search|follow us(?: on \\w+)?|copy link"
            + "|link copied|facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|flipboard"
            + "|listen(?: to (?:this )?(?:article|story))?|\\d+\\s*min(?:ute)?s?(?: read)?|story continues below"
            + "(?: advertisement)?|scroll to continue(?: with content)?|image|photo|video|enlarge this image"
            + "|(?:toggle|hide|show) caption|werbung|anzeige|publicité|publicidad|pubblicità)[\\s.:!»›>]*", I);
    private static final Pattern TOPIC_HEADER = Pattern.compile("(?:more on|tags?|topics?|filed under|keywords"
            + "|schlagworte|themen|mots-clés|étiquettes|etiquetas|temas|argomenti)\\s*(?::\\s*(?<rest>.*))?", I);
    private static final Pattern LINK_HEADER = Pattern.compile("(?:related(?: (?:articles?|stories|content|coverage"
            + "|posts|reading|links))?|read (?:more|also|next)|also read|see also|recommended(?: for you)?"
            + "|most (?:read|popular|viewed)(?: (?:on|at|in) \\p{Lu}.{0,60})?|trending(?: now)?"
            + "|you (?:may|might) also like|further reading|more stories"
            + "|more from \\p{Lu}.{0,60}|mehr zum thema|lesen sie auch|siehe auch|lire aussi|à lire aussi|voir aussi|leer más|lea también"
            + "|ver también|leggi anche)\\s*(?::\\s*(?<rest>.*))?", I);
    private static final Pattern BYLINE = Pattern.compile(
            "(?:(?:written |words |story |text )?by|von|por|par|di|door|av|af|author|autor|auteur)\\s*:?\\s+(?<names>.+)", I);
    private static final Pattern CREDITS = Pattern.compile(
            "\\(?(?:additional )?(?:reporting|writing|editing|compiled|research|graphics) by\\b.*", I);
    private static final Pattern AUTHORED_CREDIT = Pattern.compile(
            "(?<!additional )\\b(?:reporting|writing) by (?<names>[^;)]+)", I);
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?:\\(?(?:photo|photograph|image|picture|foto|bild"
            + "|credit|photo credit|image credit|top image|main image)\\s*(?:credit)?\\s*:\\s*(?<credit>.{2,80}?)\\)?"
            + "|\\(?(?<credit2>(?:AP|AFP|EPA|Reuters|Getty) (?:Photo|Images?)/.{2,60}?|Photo by .{2,80}?)\\)?)", I);
    private static final List<Pattern> SYNDICATION = List.of(
            Pattern.compile("(?:this|the) (?:post|article|story|piece|essay|column|commentary|op-ed|interview|report)"
                    + "(?: was| is| has been)?(?: originally| first)? (?:appeared|appears|published|posted|ran|written)"
                    + "(?: originally| first)? (?:on|in|at|by|for) (?<who>.+)", I),
            Pattern.compile("(?:originally|first) (?:appeared|published|posted)(?: on| in| at| by)? (?<who>.+)", I),
            Pattern.compile("(?:this (?:post|article|story|piece) is )?republished (?:with permission )?(?:from|by)"
                    + " (?<who>.+)", I),
            Pattern.compile("(?:source|quelle|fuente|fonte)\\s*:\\s*(?<who>.{2,60})", I));
    private static final Pattern WHO_TAIL = Pattern.compile(
            "(?:\\s+under\\b.*|\\s+with permission.*|(?:,\\s*|\\s+on\\s+)(?:on\\s+)?(?:\\p{Lu}\\p{Ll}+\\.? )?\\d.*"
                    + "|\\.\\s.*|[.\\s]+)$");
    private static final Pattern SECTION = Pattern.compile(
            "(?:from (?<blog>\\p{Lu}[\\p{L}'’&-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’&-]*|of|the|and|&|on|for|in)){0,6})"
                    + "|(?:section|category|kategorie|rubrik|rubrique|sección|categoría)\\s*:\\s*(?<named>.{2,60}))");
    private static final Pattern LIST_ITEM = Pattern.compile("(?:[•·▪◦●■►*]|[-–—]|\\d{1,2}[.)])\\s+\\S.*");
    private static final Pattern MARKED_QUOTE = Pattern.compile(">\\s?\\S.*");

    private LineClassifier() {
    }

    static LineFact classify(String line) {
        if (line.length() > MAX_BOILERPLATE) return LineFact.PROSE;
        if (INTERFACE.matcher(line).matches() || ReaderPrompts.isPrompt(line) || SubscriptionPrompts.isPrompt(line)) {
            return LineFact.of(Kind.INTERFACE, null);
        }
        Matcher m = TOPIC_HEADER.matcher(line);
        if (m.matches()) return LineFact.of(Kind.TOPIC_HEADER, items(m.group("rest")));
        m = LINK_HEADER.matcher(line);
        if (m.matches()) return LineFact.of(Kind.LINK_HEADER, items(m.group("rest")));
        LineFact fact = HeadLines.read(line);
        if (fact != null) return fact;
        fact = credits(line);
        if (fact != null) return fact;
        fact = notice(line);
        if (fact != null) return fact;
        fact = DateLines.read(line);
        if (fact != null) return fact;
        m = SECTION.matcher(line);
        if (m.matches()) return LineFact.of(Kind.SECTION, m.group("blog") != null ? m.group("blog") : m.group("named").strip());
        if (LIST_ITEM.matcher(line).matches()) return LineFact.of(Kind.LIST_ITEM, null);
        if (MARKED_QUOTE.matcher(line).matches()) return LineFact.of(Kind.MARKED_QUOTE, null);
        return LineFact.PROSE;
    }

    /** What follows a list header's colon, or null when the items are on the lines below it. */
    private static String items(String rest) {
        return rest == null || rest.isBlank() ? null : rest.strip();
    }

    /** Bylines, reporting credits and photo credits: lines that name people rather than say something. */
    private static LineFact credits(String line) {
        if (line.length() <= 150) {
            Matcher m = BYLINE.matcher(line);
            if (m.matches()) {
                List<String> names = PersonNames.fromList(m.group("names"));
                if (!names.isEmpty()) return new LineFact(Kind.BYLINE, null, names);
            }
        }
        if (CREDITS.matcher(line).matches()) {
            List<String> names = new ArrayList<>();
            Matcher m = AUTHORED_CREDIT.matcher(line);
            while (m.find()) names.addAll(PersonNames.fromList(m.group("names")));
            return new LineFact(Kind.CREDITS, null, names);
        }
        Matcher m = PHOTO_CREDIT.matcher(line);
        if (m.matches()) return LineFact.of(Kind.PHOTO_CREDIT, m.group("credit") != null ? m.group("credit") : m.group("credit2"));
        return null;
    }

    /** Copyright, syndication and licence notices: the lines that close an article. */
    private static LineFact notice(String line) {
        CopyrightNotices.Notice copyright = CopyrightNotices.read(line);
        if (copyright != null) {
            return LineFact.of(copyright.dated() ? Kind.COPYRIGHT : Kind.SYNDICATION, copyright.holder());
        }
        for (Pattern p : SYNDICATION) {
            Matcher m = p.matcher(line);
            if (m.matches()) {
                String who = WHO_TAIL.matcher(m.group("who")).replaceFirst("");
                if (!who.isEmpty() && who.length() <= 80) return LineFact.of(Kind.SYNDICATION, who);
            }
        }
        if (RightsNotices.isNotice(line) || LicenceNotices.isNotice(line)) {
            return LineFact.of(Kind.LICENSE, LicenceNotices.licence(line));
        }
        return null;
    }
}
