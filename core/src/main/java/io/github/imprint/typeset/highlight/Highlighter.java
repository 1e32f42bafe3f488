package io.github.imprint.typeset.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits code into tokens for colouring. Each language is one regular expression whose alternatives,
 * tried left to right at each position, are its comments, strings, numbers and keywords (for XML:
 * comments, tag names, attribute names, strings); what none of them matches is plain. The whole block
 * is lexed at once, so a comment or string may run over several lines; callers split the tokens at
 * line ends. Unknown languages come back as one plain token.
 */
public final class Highlighter {

    /** What a token is, which decides its colour. */
    public enum Kind {
        PLAIN,
        COMMENT,
        STRING,
        NUMBER,
        KEYWORD,
        TAG,
        ATTRIBUTE
    }

    /** A piece of code and its kind. */
    public record Token(Kind kind, String text) {}

    private static final String C_COMMENTS = "(?<comment>//[^\\n]*|/\\*[\\s\\S]*?(?:\\*/|$))";
    private static final String HASH_COMMENTS = "(?<comment>#[^\\n]*)";
    private static final String STRINGS =
            "(?<string>\"\"\"[\\s\\S]*?(?:\"\"\"|$)|\"(?:[^\"\\\\\\n]|\\\\.)*\"?|'(?:[^'\\\\\\n]|\\\\.)*'?)";
    private static final String NUMBERS =
            "(?<number>\\b(?:0[xX][0-9a-fA-F_]+|\\d[\\d_]*(?:\\.\\d[\\d_]*)?(?:[eE][+-]?\\d+)?)[fFdDlLuUi0-9]*\\b)";

    private static final Map<String, Pattern> LANGUAGES = Map.ofEntries(
            Map.entry(
                    "java",
                    code(
                            C_COMMENTS,
                            "abstract assert boolean break byte case catch char class const continue "
                                    + "default do double else enum extends final finally float for goto if implements import instanceof int "
                                    + "interface long native new package private protected public return short static strictfp super switch "
                                    + "synchronized this throw throws transient try void volatile while var record sealed permits yield true "
                                    + "false null")),
            Map.entry(
                    "kotlin",
                    code(
                            C_COMMENTS,
                            "as break class continue do else false for fun if in interface is null "
                                    + "object package return super this throw true try typealias val var when while by catch constructor "
                                    + "data enum finally get import init internal lateinit open override private protected public sealed set "
                                    + "companion suspend")),
            Map.entry(
                    "javascript",
                    code(
                            C_COMMENTS,
                            "async await break case catch class const continue debugger default "
                                    + "delete do else export extends false finally for function if import in instanceof let new null of "
                                    + "return super switch this throw true try typeof undefined var void while with yield")),
            Map.entry(
                    "rust",
                    code(
                            C_COMMENTS,
                            "as async await break const continue crate dyn else enum extern false fn for "
                                    + "if impl in let loop match mod move mut pub ref return self Self static struct super trait true type "
                                    + "unsafe use where while")),
            Map.entry(
                    "python",
                    code(
                            HASH_COMMENTS,
                            "False None True and as assert async await break class continue def del "
                                    + "elif else except finally for from global if import in is lambda nonlocal not or pass raise return "
                                    + "try while with yield")),
            Map.entry(
                    "shell",
                    code(
                            HASH_COMMENTS,
                            "if then else elif fi for while until do done case esac in function "
                                    + "return local export exit echo set unset cd")),
            Map.entry(
                    "yaml",
                    Pattern.compile(HASH_COMMENTS + "|" + STRINGS
                            + "|(?<keyword>(?m)^\\s*-?\\s*[\\w.-]+(?=\\s*:(?:\\s|$)))|" + NUMBERS
                            + "|(?<tag>\\b(?:true|false|null|yes|no)\\b)")),
            Map.entry(
                    "toml",
                    Pattern.compile(HASH_COMMENTS + "|" + STRINGS
                            + "|(?<tag>(?m)^[ \\t]*\\[\\[?[^\\]\\n]*\\]\\]?)"
                            + "|(?<attribute>[\\w.-]+(?=[ \\t]*=(?!=)))|" + NUMBERS
                            + "|(?<keyword>\\b(?:true|false)\\b)")),
            Map.entry(
                    "json",
                    Pattern.compile("(?<keyword>\"(?:[^\"\\\\]|\\\\.)*\"(?=\\s*:))|" + STRINGS + "|" + NUMBERS
                            + "|(?<tag>\\b(?:true|false|null)\\b)")),
            Map.entry(
                    "xml",
                    Pattern.compile("(?<comment><!--[\\s\\S]*?(?:-->|$))|(?<tag></?[\\w:.-]+|/?>|<\\?[\\w]+|\\?>)"
                            + "|(?<attribute>\\b[\\w:.-]+(?==))|" + STRINGS)));

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("kt", "kotlin"),
            Map.entry("kts", "kotlin"),
            Map.entry("js", "javascript"),
            Map.entry("ts", "javascript"),
            Map.entry("typescript", "javascript"),
            Map.entry("rs", "rust"),
            Map.entry("py", "python"),
            Map.entry("sh", "shell"),
            Map.entry("bash", "shell"),
            Map.entry("zsh", "shell"),
            Map.entry("console", "shell"),
            Map.entry("yml", "yaml"),
            Map.entry("json5", "json"),
            Map.entry("html", "xml"),
            Map.entry("xhtml", "xml"),
            Map.entry("svg", "xml"),
            Map.entry("pom", "xml"));

    private Highlighter() {}

    private static Pattern code(String comments, String keywords) {
        return Pattern.compile(comments + "|" + STRINGS + "|" + NUMBERS + "|(?<keyword>\\b(?:"
                + String.join("|", keywords.split(" ")) + ")\\b)");
    }

    /**
     * The language a code block's info string names, if Imprint can colour it: its first word, up to a
     * comma, so mdBook's {@code rust,ignore} is Rust.
     */
    public static Optional<String> language(String info) {
        String name = info.toLowerCase(Locale.ROOT).split(",", 2)[0];
        name = ALIASES.getOrDefault(name, name);
        return LANGUAGES.containsKey(name) ? Optional.of(name) : Optional.empty();
    }

    public static List<Token> tokens(String code, Optional<String> language) {
        Pattern pattern =
                language.flatMap(Highlighter::language).map(LANGUAGES::get).orElse(null);
        List<Token> tokens = new ArrayList<>();
        if (pattern == null) {
            tokens.add(new Token(Kind.PLAIN, code));
            return tokens;
        }
        Matcher m = pattern.matcher(code);
        int at = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            if (m.start() > at) {
                tokens.add(new Token(Kind.PLAIN, code.substring(at, m.start())));
            }
            tokens.add(new Token(kind(m), m.group()));
            at = m.end();
        }
        if (at < code.length()) {
            tokens.add(new Token(Kind.PLAIN, code.substring(at)));
        }
        return tokens;
    }

    private static Kind kind(Matcher m) {
        String pattern = m.pattern().pattern();
        for (Kind kind : Kind.values()) {
            String group = kind.name().toLowerCase(Locale.ROOT);
            if (kind != Kind.PLAIN && pattern.contains("(?<" + group + ">") && m.group(group) != null) {
                return kind;
            }
        }
        return Kind.PLAIN;
    }
}
