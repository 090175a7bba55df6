package org.newsgraph.extract;

import java.util.regex.Pattern;

/**
 * Lines a paywall addresses to its reader: "Already have an account? Log in", "Unlock this article", "To read the
 * rest of this story subscribe to STAT+.", "This article is exclusive to subscribers", "You have 2 free articles
 * left". Each is the whole line and opens on the prompt itself (an imperative, "Already", "To read", "This article
 * is", "You have"), so a news sentence about subscriptions, which has a subject of its own ("The paper said readers
 * must log in to continue reading"), is not one.
 */
public final class SubscriptionPrompts {

    private static final int MAX_CHARS = 200;
    private static final String ACCESS = "(?:log ?in|sign ?in|subscribe|register|sign up|create (?:a |an )?(?:free )?"
            + "account|become (?:a )?(?:subscriber|member))";
    private static final String READING = "(?:(?:continue|keep) reading|read (?:the (?:rest|full|whole)|more|this|on)"
            + "\\b[^.!?]{0,40})";
    private static final Pattern PROMPT = Pattern.compile("(?i)(?:"
            // "Already have an account? Log in", "Already a subscriber? Sign in here."
            + "already (?:have an account|a (?:subscriber|member)|subscribed|registered)\\??(?:\\s*(?:please )?"
            + "(?:log ?in|sign ?in)(?: here)?)?"
            // "Unlock this article — plus in-depth analysis, newsletters and more."
            + "|unlock (?:this|the (?:full|rest of (?:the|this))|full|unlimited|all) ?(?:article|story|content|access"
            + "|stories|articles)\\b.{0,120}"
            // "To read the rest of this story subscribe to STAT+.", "To continue reading, please log in."
            + "|to " + READING + ",? (?:please )?" + ACCESS + "\\b[^.!?]{0,60}"
            // "Subscribe to continue reading", "Log in or subscribe to read the full article"
            + "|" + ACCESS + "(?: (?:now|today|for free))?(?: or " + ACCESS + ")?(?: now| today)? to " + READING
            + "[^.!?]{0,40}"
            // "This article is exclusive to STAT+ subscribers", "This content is for subscribers only"
            + "|this (?:article|story|content|post|page) is (?:exclusive to|only (?:available|open) to"
            + "|available (?:only|exclusively) to|for|reserved for) [^.!?]{0,40}?(?:subscribers|members)(?: only)?"
            + "|(?:subscriber|member)s?[- ]only (?:content|article|story)"
            // "You have 2 free articles left this month", "You've reached your limit of free articles."
            + "|you(?:'ve|’ve| have) (?:read|reached|used)\\b[^.!?]{0,40}\\bfree (?:articles?|stories)[^.!?]{0,60}"
            + "|you have \\d+ free (?:articles?|stories) (?:left|remaining)[^.!?]{0,60}"
            + ")\\s*[.!]?");

    private SubscriptionPrompts() {
    }

    public static boolean isPrompt(String line) {
        String t = line.strip();
        return t.length() <= MAX_CHARS && PROMPT.matcher(t).matches();
    }
}
