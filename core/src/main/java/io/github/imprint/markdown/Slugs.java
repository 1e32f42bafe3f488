package io.github.imprint.markdown;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Heading ids as GitHub and most Markdown tools make them, so links written for those work here:
 * lower case, letters and digits kept, spaces become hyphens, other punctuation dropped. An id must
 * also be a valid XML name, so one that would start with a digit gets a prefix.
 */
final class Slugs {

    private Slugs() {}

    static String slug(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
                out.appendCodePoint(cp);
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append('-');
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** A valid XML id (an NCName) for {@code slug}, never empty. */
    static String xmlId(String slug, String fallback) {
        String ascii = Normalizer.normalize(slug, Normalizer.Form.NFKC);
        if (ascii.isEmpty()) {
            return fallback;
        }
        int first = ascii.codePointAt(0);
        return Character.isLetter(first) || first == '_' ? ascii : fallback + "-" + ascii;
    }
}
