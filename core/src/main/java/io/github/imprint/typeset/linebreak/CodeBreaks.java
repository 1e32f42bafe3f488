package io.github.imprint.typeset.linebreak;

/**
 * Where code, paths and URLs may break: the places a reader expects, and no others.
 *
 * <p><b>Paths, URLs and inline code</b> ({@link TextRun.Breaks#PATH}) break after {@code / . _ ? & = ,
 * #} and after {@code ::}, as LaTeX's url package and Typst do, with no hyphen set, and before a dash,
 * as the Chicago Manual of Style asks: a line that ends in a dash would read as a hyphenated word, so
 * {@code --all-targets} breaks as {@code --all} and {@code -targets}. Never inside {@code //} or
 * {@code ..}, never inside a number ({@code 2.85}, {@code 1,000}, {@code 1e-9}), never before a dash
 * that does not follow a letter or digit (so {@code --release} keeps its dashes), and never so that
 * fewer than three letters or digits stay on either side. A file's extension stays with its name:
 * after a dot, five must follow, so {@code Cargo.toml}, {@code crates.io} and {@code lib.rs} are
 * never cut at their last dot.
 *
 * <p><b>A code block's tokens</b> ({@link TextRun.Breaks#CODE}) break at spaces and at token
 * boundaries only: after {@code , ( [ { ;}, after {@code ->}, {@code =>} and {@code ::}, and after a
 * dot that starts a field or a method ({@code builder.build()}). A name ({@code hello_cargo},
 * {@code default-features}) and a number are never cut. A string ({@link TextRun.Breaks#STRING})
 * is cut nowhere while anything else fits; where it alone is longer than the line, it breaks after its
 * separators as a last resort ({@link #LAST_RESORT}), rather than run into the margin.
 */
final class CodeBreaks {

    /** The cost of a break that ragged setting takes only when no other fits the line. */
    static final int LAST_RESORT = 9_000;

    private static final String PATH_SEPARATORS = "/.-_?&=,#";
    private static final String CODE_OPENERS = ",([{;";
    private static final int MIN_SIDE = 3;
    private static final int MIN_EXTENSION_FOLLOWS = 5;

    private CodeBreaks() {}

    /**
     * Whether a word of running text is a path, a file name, an identifier or a URL, which readers expect
     * whole or broken after a separator, never hyphenated: it has a slash or a backslash between
     * characters, {@code ::}, an underscore between letters, or a dot between two letters on each side
     * ({@code Cargo.toml}, not {@code e.g.}).
     */
    static boolean pathLike(String word) {
        int n = word.length();
        for (int i = 1; i + 1 < n; i++) {
            char c = word.charAt(i);
            if (c == '/' || c == '\\' || c == ':' && word.charAt(i + 1) == ':') {
                return true;
            }
            if (c == '_'
                    && Character.isLetterOrDigit(word.charAt(i - 1))
                    && Character.isLetterOrDigit(word.charAt(i + 1))) {
                return true;
            }
            if (c == '.' && i >= 2 && i + 2 < n && letters(word, i - 2, i) && letters(word, i + 1, i + 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a path, a URL or inline code may break after its character {@code i}. (The dash stays
     * in {@link #PATH_SEPARATORS} for {@link #separatorIn}: {@code crates.io-index} has more after
     * its dot than an extension.)
     */
    static boolean afterInPath(String word, int i) {
        int n = word.length();
        if (i < 1 || i + 1 >= n) {
            return false;
        }
        char c = word.charAt(i);
        char before = word.charAt(i - 1);
        char next = word.charAt(i + 1);
        if (next == '-') { // before a dash that follows a letter, a digit or a closing bracket
            return (Character.isLetterOrDigit(c) || c == '>' || c == ')' || c == ']')
                    && !inNumber(word, i + 1)
                    && alphanumerics(word, 0, i + 1) >= MIN_SIDE
                    && alphanumerics(word, i + 2, n) >= MIN_SIDE;
        }
        boolean separator = c != '-' && PATH_SEPARATORS.indexOf(c) >= 0 || c == ':' && before == ':';
        if (!separator || next == c && (c == '/' || c == '.') || inNumber(word, i)) {
            return false;
        }
        int follows = alphanumerics(word, i + 1, n);
        return alphanumerics(word, 0, i) >= MIN_SIDE
                && follows >= (c == '.' && !separatorIn(word, i + 1) ? MIN_EXTENSION_FOLLOWS : MIN_SIDE);
    }

    /** Whether a code block's token may break after its character {@code i}. */
    static boolean afterInCode(String word, int i) {
        if (inNumber(word, i)) {
            return false;
        }
        char c = word.charAt(i);
        char before = i > 0 ? word.charAt(i - 1) : ' ';
        if (CODE_OPENERS.indexOf(c) >= 0) {
            return true; // also at a token's end: the next token starts after it
        }
        if (c == '>' && (before == '-' || before == '=') || c == ':' && before == ':') {
            return true;
        }
        char next = i + 1 < word.length() ? word.charAt(i + 1) : ' ';
        return c == '.'
                && (Character.isLetterOrDigit(before) || before == ')' || before == '_')
                && (Character.isLetter(next) || next == '_');
    }

    /** Whether the separator at {@code i} stands inside a number ({@code 2.85}, {@code 1,000}, {@code 1e-9}). */
    static boolean inNumber(String word, int i) {
        return i > 0
                && i + 1 < word.length()
                && Character.isDigit(word.charAt(i + 1))
                && (Character.isDigit(word.charAt(i - 1)) || word.charAt(i - 1) == 'e' && word.charAt(i) == '-');
    }

    private static boolean letters(String word, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int alphanumerics(String word, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static boolean separatorIn(String word, int from) {
        for (int i = from; i < word.length() - 1; i++) {
            if (PATH_SEPARATORS.indexOf(word.charAt(i)) >= 0 && Character.isLetterOrDigit(word.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
