package io.github.imprint.epub;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where inline code may break in a reading system, as it may in the PDF: a {@code <wbr/>} after a
 * slash, a dot, an underscore, {@code ::} or an equals sign between two characters of a long run, so a
 * path or a qualified name wraps at a separator rather than overflowing or breaking inside a name.
 * Only text between tags is touched (the page markers inside are elements of their own).
 */
final class BreakOpportunities {

    /** A run of code long enough to need a break: separators between its characters. */
    private static final Pattern SEPARATOR = Pattern.compile("(?<=[^\\s<>/])(::|[/._=])(?=[^\\s<>])");

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private BreakOpportunities() {}

    /** The escaped XHTML of a code span with break opportunities after its separators. */
    static String after(CharSequence escaped) {
        if (escaped.length() < 16) {
            return escaped.toString(); // short code fits any line
        }
        StringBuilder out = new StringBuilder(escaped.length() + 16);
        Matcher tag = TAG.matcher(escaped);
        int at = 0;
        while (tag.find()) {
            text(escaped.subSequence(at, tag.start()), out);
            out.append(tag.group());
            at = tag.end();
        }
        text(escaped.subSequence(at, escaped.length()), out);
        return out.toString();
    }

    private static void text(CharSequence text, StringBuilder out) {
        out.append(SEPARATOR.matcher(text).replaceAll("$1<wbr/>"));
    }
}
