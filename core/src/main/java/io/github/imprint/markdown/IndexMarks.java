package io.github.imprint.markdown;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.model.Inline;
import io.github.imprint.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Index marks, written as HTML comments so that GitHub and every other Markdown renderer show nothing
 * of them. The syntax is makeindex's, which most indexers know:
 *
 * <pre>
 * &lt;!-- index: ownership --&gt;                 the term is spoken of here
 * &lt;!-- index: ownership!moving --&gt;          a sub-entry (and !sub-sub-entry)
 * &lt;!-- index: Ångström@Angstrom --&gt;         how the term sorts, then how it prints
 * &lt;!-- index: lifetimes|( --&gt; … &lt;!-- index: lifetimes|) --&gt;   a passage
 * &lt;!-- index: references|see borrowing --&gt;   see another term instead
 * &lt;!-- index: traits|see also generics --&gt;   see a related term as well
 * &lt;!-- index: ownership; borrowing!rules --&gt; several terms at one place
 * </pre>
 *
 * makeindex writes {@code sort@shown}; so does Imprint, and a term without {@code @} sorts as it is.
 */
final class IndexMarks {

    private static final Pattern MARK = Pattern.compile("(?s)<!--\\s*index:(.*?)-->");

    private IndexMarks() {}

    /** Whether an HTML comment is an index mark. */
    static boolean is(String html) {
        return MARK.matcher(html.strip()).matches();
    }

    /** The marks an index comment holds; what is wrong in it is reported at its place. */
    static List<Inline.IndexMark> read(String html, SourcePos pos, ChapterContext context) {
        Matcher m = MARK.matcher(html.strip());
        if (!m.matches()) {
            return List.of();
        }
        List<Inline.IndexMark> marks = new ArrayList<>();
        String body = m.group(1);
        int offset = m.start(1) + html.indexOf(html.strip());
        for (String part : body.split(";", -1)) {
            SourcePos at = at(pos, html, offset + leading(part));
            offset += part.length() + 1;
            if (part.isBlank()) {
                if (body.isBlank()) {
                    error(context.diagnostics, at, "this index mark names no term");
                }
                continue;
            }
            mark(part.strip(), at, context).ifPresent(marks::add);
        }
        return marks;
    }

    private static Optional<Inline.IndexMark> mark(String text, SourcePos at, ChapterContext context) {
        int bar = text.indexOf('|');
        String path = bar < 0 ? text : text.substring(0, bar);
        String encap = bar < 0 ? "" : text.substring(bar + 1).strip();
        List<String> term = new ArrayList<>();
        List<String> sortAs = new ArrayList<>();
        if (!levels(path, term, sortAs)) {
            error(context.diagnostics, at, "the index term '" + text + "' has an empty level");
            return Optional.empty();
        }
        Inline.IndexMark.Kind kind;
        List<String> target = new ArrayList<>();
        if (encap.isEmpty()) {
            kind = Inline.IndexMark.Kind.PLACE;
        } else if (encap.equals("(")) {
            kind = Inline.IndexMark.Kind.BEGIN;
        } else if (encap.equals(")")) {
            kind = Inline.IndexMark.Kind.END;
        } else if (encap.matches("(?s)see\\s+also\\s+\\S.*")) {
            kind = Inline.IndexMark.Kind.SEE_ALSO;
            levels(encap.replaceFirst("(?s)see\\s+also\\s+", ""), target, new ArrayList<>());
        } else if (encap.matches("(?s)see\\s+\\S.*")) {
            kind = Inline.IndexMark.Kind.SEE;
            levels(encap.replaceFirst("(?s)see\\s+", ""), target, new ArrayList<>());
        } else {
            error(
                    context.diagnostics,
                    at,
                    "the index mark '" + text + "' ends in '|" + encap + "', which Imprint does not know");
            return Optional.empty();
        }
        if (target.stream().anyMatch(String::isEmpty)) {
            error(context.diagnostics, at, "the cross-reference in '" + text + "' has an empty level");
            return Optional.empty();
        }
        // a slug never holds a full stop, so no heading can take the id
        String id = "index." + ++context.indexMarks;
        return Optional.of(new Inline.IndexMark(id, term, sortAs, kind, target, at));
    }

    /** Splits {@code a@A!b} into its printed levels and their sort keys; false when a level is empty. */
    private static boolean levels(String path, List<String> term, List<String> sortAs) {
        for (String level : path.split("!", -1)) {
            int at = level.indexOf('@');
            String shown = (at < 0 ? level : level.substring(at + 1)).strip().replaceAll("\\s+", " ");
            String sort = (at < 0 ? level : level.substring(0, at)).strip().replaceAll("\\s+", " ");
            if (shown.isEmpty() || sort.isEmpty()) {
                return false;
            }
            term.add(shown);
            sortAs.add(sort);
        }
        return true;
    }

    private static int leading(String part) {
        int i = 0;
        while (i < part.length() && Character.isWhitespace(part.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The position of character {@code offset} of a comment that starts at {@code pos}. */
    private static SourcePos at(SourcePos pos, String html, int offset) {
        int line = pos.line();
        int column = pos.column();
        for (int i = 0; i < offset && i < html.length(); i++) {
            if (html.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourcePos(pos.file(), line, column);
    }

    private static void error(Diagnostics diagnostics, SourcePos at, String message) {
        diagnostics.error(
                at,
                message,
                "an index mark reads <!-- index: term -->, <!-- index: term!sub-entry -->, term|( … term|) for a"
                        + " passage, term|see other or term|see also other (README, \"An index\")");
    }
}
