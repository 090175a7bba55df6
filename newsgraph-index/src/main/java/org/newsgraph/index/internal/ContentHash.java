package org.newsgraph.index.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.lucene.util.BytesRef;

/**
 * The key of an article's exact-content class: the first {@value #BYTES} bytes of a SHA-256 over its title and
 * text. Articles with the same title and text have the same term frequencies and length norms in both ranked fields,
 * so the same score for any query over them. 128 bits make a collision among even a billion distinct articles a
 * chance of about 10^-21, so equal keys are taken as equal content without comparing the texts.
 */
public final class ContentHash {
    public static final int BYTES = 16;

    private ContentHash() {
    }

    /** The key of a title (null: none, which differs from an empty one) and a text. */
    public static BytesRef of(String title, String text) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        // a marker byte and the length frame each part, so no title/text split of one string collides with another
        sha.update((byte) (title == null ? 0 : 1));
        if (title != null) frame(sha, title);
        frame(sha, text == null ? "" : text);
        byte[] digest = sha.digest();
        return new BytesRef(digest, 0, BYTES);
    }

    private static void frame(MessageDigest sha, String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        int n = utf8.length;
        sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        sha.update(utf8);
    }
}
