package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code \w+} tokens of a text, as Python's {@code re.findall(r'\w+', text)} finds them. The published
 * benchmark figures were computed with Python, so a word character follows Python's definition (letters, digits and
 * other numerics, underscore), not Java's {@code UNICODE_CHARACTER_CLASS} one (which adds combining marks).
 */
public final class WordTokens {

    private WordTokens() {
    }

    public static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) return tokens;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            do {
                i += Character.charCount(cp);
            } while (i < n && isWordChar(cp = text.codePointAt(i)));
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }

    static boolean isWordChar(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
