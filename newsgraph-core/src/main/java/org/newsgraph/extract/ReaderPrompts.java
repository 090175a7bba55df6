package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines a page addresses to its reader rather than tells the story with: share bars that list where to share
 * ("Share: Facebook | X | Email") and invitations to another medium ("Listen to the full interview on our podcast.").
 * Both are short and say nothing about anyone, so a sentence that merely names a network or a podcast is not one.
 */
public final class ReaderPrompts {

    private static final int MAX_SHARE_BAR = 120;
    private static final int MAX_INVITATION = 120;
    /** Words a share bar is made of: its label and the services it offers. */
    private static final Set<String> SHARE_WORDS = Set.of("share", "this", "article", "story", "post", "page", "on",
            "via", "facebook", "twitter", "x", "email", "e-mail", "mail", "whatsapp", "linkedin", "reddit", "pinterest",
            "telegram", "flipboard", "bluesky", "threads", "messenger", "sms", "print", "copy", "link", "tumblr");
    private static final Set<String> SERVICES = Set.of("facebook", "twitter", "x", "email", "e-mail", "whatsapp",
            "linkedin", "reddit", "pinterest", "telegram", "flipboard", "bluesky", "threads", "messenger", "tumblr");
    private static final Pattern SHARE_SPLIT = Pattern.compile("[\\s|•·,:/]+");
    /**
     * An imperative to hear, watch or read more, aimed at a medium, with at most a few words after it ("on
     * Spotify"): a clause that goes on ("..., he said") is prose.
     */
    private static final Pattern INVITATION = Pattern.compile("(?i)(?:listen|watch|hear|download|subscribe|tune in)\\b"
            + "[^\"“”.!?]{0,80}?\\b(?:podcasts?|episodes?|videos?|audio|newsletter|app|livestream|live stream"
            + "|radio program(?:me)?)(?:\\s+[\\p{L}\\d.'’-]+){0,3}\\s*[.!]?");

    private ReaderPrompts() {
    }

    public static boolean isPrompt(String line) {
        return isShareBar(line) || isInvitation(line);
    }

    /** "Share: Facebook | X | Email", "Share this story: Facebook Twitter Email": share words naming a service. */
    private static boolean isShareBar(String line) {
        if (line.length() > MAX_SHARE_BAR) return false;
        String[] words = SHARE_SPLIT.split(line.strip().toLowerCase(Locale.ROOT));
        int services = 0;
        for (String w : words) {
            if (w.isEmpty()) continue;
            if (!SHARE_WORDS.contains(w)) return false;
            if (SERVICES.contains(w)) services++;
        }
        return services > 0 && (services > 1 || words[0].equals("share"));
    }

    private static boolean isInvitation(String line) {
        return line.length() <= MAX_INVITATION && INVITATION.matcher(line.strip()).matches();
    }
}
