package io.github.imprint.markdown;

import java.util.Locale;

/**
 * Typographic punctuation, in the model so both editions agree: straight quotes become the
 * language's curly quotes, {@code --} and {@code ---} become en and em dashes, {@code ...} an
 * ellipsis. Code is never passed through here.
 *
 * <p>A quote opens when what stands before it is the start of the paragraph, a space, an opening
 * bracket or dash, and closes otherwise; a single quote between letters, or before a digit as in
 * {@code '93}, is an apostrophe. The character before is carried from one text node to the next, so
 * {@code "*word*"} gets an opening and a closing quote. French quotes take narrow no-break spaces
 * (U+202F) inside, as the Imprimerie nationale's rules ask.
 *
 * <p>One instance serves one paragraph (or heading, or cell): it remembers the open quotes.
 */
final class Typography {

    /** The quote marks of one language: outer pair, inner pair, and the space set inside French ones. */
    record Quotes(String open, String close, String innerOpen, String innerClose, String inside) {

        static Quotes forLanguage(String languageTag) {
            String primary = languageTag.toLowerCase(Locale.ROOT).split("-", -1)[0];
            return switch (primary) {
                case "de", "cs", "sk", "sl", "hr", "lt", "is", "ka", "bg" -> new Quotes("„", "“", "‚", "‘", "");
                case "fr" -> new Quotes("«", "»", "“", "”", "\u202F");
                case "ru", "uk", "be", "kk", "ky" -> new Quotes("«", "»", "„", "“", "");
                case "pl", "hu", "ro", "nl" -> new Quotes("„", "”", "‚", "’", "");
                default -> new Quotes("“", "”", "‘", "’", "");
            };
        }
    }

    private static final char APOSTROPHE = '’';
    /** What follows the last character of a text node: unknown, so neither space nor letter. */
    private static final char END = '\uFFFF';

    private final Quotes quotes;
    private boolean singleOpen;
    private char previous = ' ';

    Typography(String languageTag) {
        this.quotes = Quotes.forLanguage(languageTag);
    }

    /** Notes text that was not transformed (code), so the next quote sees what stood before it. */
    void skip(String literal) {
        if (!literal.isEmpty()) {
            previous = literal.charAt(literal.length() - 1);
        }
    }

    /** A line break or soft break: what follows starts after a space. */
    void space() {
        previous = ' ';
    }

    String apply(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int n = text.length();
        boolean spaced = !quotes.inside().isEmpty(); // a space beside guillemets becomes a narrow one
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (plain(c, spaced)) { // a run of characters that stay as they are, copied at once
                int end = i + 1;
                while (end < n && plain(text.charAt(end), spaced)) {
                    end++;
                }
                out.append(text, i, end);
                previous = text.charAt(end - 1);
                i = end - 1;
                continue;
            }
            char next = i + 1 < n ? text.charAt(i + 1) : END;
            switch (c) {
                case '"' -> {
                    if (opens(previous) && !Character.isWhitespace(next)) {
                        out.append(quotes.open()).append(quotes.inside());
                    } else {
                        trimSpaceBefore(out);
                        out.append(quotes.inside()).append(quotes.close());
                    }
                }
                case '\'' -> {
                    if (Character.isLetterOrDigit(previous)
                            && (Character.isLetter(next) || !singleOpen || next == END)) {
                        out.append(APOSTROPHE);
                    } else if (opens(previous) && Character.isDigit(next)) {
                        out.append(APOSTROPHE);
                    } else if (opens(previous) && !Character.isWhitespace(next)) {
                        out.append(quotes.innerOpen());
                        singleOpen = true;
                    } else {
                        out.append(singleOpen ? quotes.innerClose() : String.valueOf(APOSTROPHE));
                        singleOpen = false;
                    }
                }
                case '-' -> {
                    if (next == '-') {
                        boolean em = i + 2 < n && text.charAt(i + 2) == '-';
                        out.append(em ? '—' : '–');
                        i += em ? 2 : 1;
                    } else {
                        out.append(c);
                    }
                }
                case '.' -> {
                    if (next == '.' && i + 2 < n && text.charAt(i + 2) == '.') {
                        out.append('…');
                        i += 2;
                    } else {
                        out.append(c);
                    }
                }
                case ' ' -> {
                    if (!quotes.inside().isEmpty() && previous == '«') {
                        out.append(quotes.inside());
                    } else if (!quotes.inside().isEmpty() && next == '»') {
                        out.append(quotes.inside());
                    } else {
                        out.append(c);
                    }
                }
                default -> out.append(c);
            }
            previous = out.length() > 0 ? out.charAt(out.length() - 1) : c;
        }
        return out.toString();
    }

    /** Whether {@link #apply} leaves {@code c} as it is, whatever stands beside it. */
    private static boolean plain(char c, boolean spaced) {
        return c != '"' && c != '\'' && c != '-' && c != '.' && (c != ' ' || !spaced);
    }

    private static boolean opens(char before) {
        return Character.isWhitespace(before) || before == '\u00A0' || "([{‘“«„‚—–-/\u2060".indexOf(before) >= 0;
    }

    private void trimSpaceBefore(StringBuilder out) {
        if (!quotes.inside().isEmpty() && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
