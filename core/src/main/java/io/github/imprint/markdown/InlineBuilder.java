package io.github.imprint.markdown;

import io.github.imprint.model.Inline;
import io.github.imprint.model.LinkTarget;
import io.github.imprint.model.SourcePos;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.image.attributes.ImageAttributes;
import org.commonmark.ext.ins.Ins;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Turns a run of commonmark inline nodes into model inlines. Typographic punctuation is applied to
 * text as it passes; raw HTML is matched against a safe subset ({@code sup sub br span[lang] abbr
 * kbd}) and paired into model nodes, anything else is reported and dropped; links are resolved to
 * chapters and anchors; a footnote call that commonmark left as text because nothing defines it is
 * an error.
 */
final class InlineBuilder {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*?)(/?)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z:-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern REFERENCE =
            Pattern.compile("(?<![\\w@.+-])@((?:fig|tbl|lst|sec)-[\\w-]*\\w)(?::(page|full)\\b)?");
    private static final Pattern UNDEFINED_NOTE = Pattern.compile("\\[\\^([^\\]\\s]+)]");
    private static final List<String> SAFE = List.of(
            "sup", "sub", "br", "span", "abbr", "kbd", "code", "samp", "em", "i", "cite", "var", "strong", "b", "s",
            "del", "ins", "u", "small", "mark", "nobr", "a", "img", "svg");
    /** Elements whose content is code, not text: dropped with their tags. */
    private static final List<String> UNSAFE_CONTENT = List.of("script", "style", "template", "iframe", "object");

    private final ChapterContext context;

    InlineBuilder(ChapterContext context) {
        this.context = context;
    }

    List<Inline> build(Node parent, Typography typography) {
        List<Node> nodes = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            nodes.add(n);
        }
        return build(nodes, 0, nodes.size(), typography);
    }

    private List<Inline> build(List<Node> nodes, int from, int to, Typography typography) {
        List<Inline> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Node node = nodes.get(i);
            SourcePos pos = context.pos(node);
            if (node instanceof HtmlInline html) {
                i = html(nodes, i, to, html, pos, typography, out);
                continue;
            }
            inline(node, pos, typography, out);
        }
        checkUndefinedNotes(out);
        return mergeText(out);
    }

    private void inline(Node node, SourcePos pos, Typography typography, List<Inline> out) {
        if (node instanceof Text text) {
            text(text.getLiteral(), pos, typography, out);
        } else if (node instanceof Code code) {
            typography.skip(code.getLiteral());
            out.add(new Inline.Code(code.getLiteral(), pos));
        } else if (node instanceof SoftLineBreak) {
            typography.space();
            out.add(new Inline.Text(" ", pos));
        } else if (node instanceof HardLineBreak) {
            typography.space();
            out.add(new Inline.LineBreak(pos));
        } else if (node instanceof Emphasis) {
            out.add(new Inline.Styled(Inline.Style.EMPHASIS, build(node, typography), pos));
        } else if (node instanceof StrongEmphasis) {
            out.add(new Inline.Styled(Inline.Style.STRONG, build(node, typography), pos));
        } else if (node instanceof Strikethrough) {
            out.add(new Inline.Styled(Inline.Style.STRIKETHROUGH, build(node, typography), pos));
        } else if (node instanceof Ins) {
            out.add(new Inline.Styled(Inline.Style.INSERTED, build(node, typography), pos));
        } else if (node instanceof Link link) {
            List<Inline> content = build(node, typography);
            Optional<LinkTarget> target = target(link.getDestination(), pos);
            if (target.isPresent()) {
                out.add(new Inline.Link(
                        target.get(), Optional.ofNullable(link.getTitle()).filter(t -> !t.isBlank()), content, pos));
            } else {
                out.addAll(content);
            }
        } else if (node instanceof Image image) {
            String alt = altText(image);
            if (alt.isBlank()) {
                context.diagnostics.warning(
                        pos,
                        "image has no alt text",
                        "describe the image between the brackets: ![what it shows](" + image.getDestination() + ")");
            }
            context.images
                    .resolve(context.diagnostics, image.getDestination(), context.source.path(), pos, widthHint(image))
                    .ifPresent(ref -> out.add(new Inline.Image(ref, alt, pos)));
        } else if (node instanceof FootnoteReference reference) {
            String label = reference.getLabel();
            if (!context.definitions.containsKey(label)) {
                context.diagnostics.error(
                        pos,
                        "footnote [^" + label + "] has no definition",
                        "add a line '[^" + label + "]: the note's text' to this file");
            } else {
                int number = context.noteNumber(label);
                out.add(new Inline.NoteRef(ChapterContext.noteId(number), number, pos));
            }
        } else if (node instanceof ImageAttributes) {
            return;
        } else {
            out.addAll(build(node, typography));
        }
    }

    /** Handles one raw HTML tag at {@code i}; returns the index of the last node it consumed. */
    private int html(
            List<Node> nodes, int i, int to, HtmlInline html, SourcePos pos, Typography typography, List<Inline> out) {
        String literal = html.getLiteral();
        if (literal.startsWith("<!--")) {
            out.addAll(IndexMarks.read(literal, pos, context));
            return i;
        }
        Matcher tag = TAG.matcher(literal);
        if (!tag.matches() || !SAFE.contains(tag.group(2).toLowerCase(Locale.ROOT))) {
            context.html.note(
                    "raw HTML "
                            + (tag.matches()
                                    ? "<" + tag.group(1) + tag.group(2).toLowerCase(Locale.ROOT) + ">"
                                    : abbreviate(literal))
                            + (tag.matches()
                                            && UNSAFE_CONTENT.contains(
                                                    tag.group(2).toLowerCase(Locale.ROOT))
                                    ? " in running text left out with its content"
                                    : " in running text dropped, its text kept"),
                    pos,
                    "use Markdown, or one of <sup> <sub> <br> <span lang> <abbr> <kbd> <code> <em> <strong> <a> <img>");
            if (tag.matches()
                    && tag.group(1).isEmpty()
                    && UNSAFE_CONTENT.contains(tag.group(2).toLowerCase(Locale.ROOT))) {
                int close = findClosing(nodes, i, to, tag.group(2).toLowerCase(Locale.ROOT));
                return close < 0 ? i : close;
            }
            return i;
        }
        String name = tag.group(2).toLowerCase(Locale.ROOT);
        if (name.equals("br")) {
            typography.space();
            out.add(new Inline.LineBreak(pos));
            return i;
        }
        if (name.equals("svg") && tag.group(1).isEmpty()) {
            int end = findClosing(nodes, i, to, name);
            if (end < 0) {
                context.diagnostics.warning(pos, "<svg> is not closed and was dropped", "add </svg>");
                return i;
            }
            StringBuilder markup = new StringBuilder();
            for (int k = i; k <= end; k++) {
                Node n = nodes.get(k);
                markup.append(
                        n instanceof HtmlInline h
                                ? h.getLiteral()
                                : n instanceof Text t ? t.getLiteral() : n instanceof SoftLineBreak ? "\n" : "");
            }
            Element svg = Jsoup.parseBodyFragment(markup.toString()).body().selectFirst("svg");
            if (svg != null) {
                out.add(HtmlImages.drawing(context, svg, HtmlImages.withNamespace(markup.toString()), pos));
            }
            return end;
        }
        if (name.equals("img")) {
            String attributes = tag.group(3);
            out.add(HtmlImages.image(
                    context,
                    attribute(attributes, "src").orElse(""),
                    attribute(attributes, "alt").orElse(""),
                    attribute(attributes, "width").orElse(""),
                    pos));
            return i;
        }
        if (!tag.group(1).isEmpty()) {
            context.diagnostics.warning(pos, "closing tag </" + name + "> has no opening tag", "remove it");
            return i;
        }
        int close = findClosing(nodes, i, to, name);
        if (close < 0) {
            context.diagnostics.warning(pos, "<" + name + "> is not closed and was dropped", "add </" + name + ">");
            return i;
        }
        String attributes = tag.group(3);
        Optional<String> lang =
                attribute(attributes, "lang").filter(l -> l.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*"));
        List<Inline> content = build(
                nodes, i + 1, close, name.equals("span") && lang.isPresent() ? new Typography(lang.get()) : typography);
        switch (name) {
            case "sup" -> out.add(new Inline.Styled(Inline.Style.SUPERSCRIPT, content, pos));
            case "sub" -> out.add(new Inline.Styled(Inline.Style.SUBSCRIPT, content, pos));
            case "kbd" -> out.add(new Inline.Styled(Inline.Style.KEYBOARD, content, pos));
            case "abbr" -> out.add(new Inline.Abbreviation(attribute(attributes, "title"), content, pos));
            case "code", "samp" -> out.add(new Inline.Code(Inline.plainText(content), pos));
            case "em", "i", "cite", "var" -> out.add(new Inline.Styled(Inline.Style.EMPHASIS, content, pos));
            case "strong", "b" -> out.add(new Inline.Styled(Inline.Style.STRONG, content, pos));
            case "s", "del" -> out.add(new Inline.Styled(Inline.Style.STRIKETHROUGH, content, pos));
            case "ins", "u" -> out.add(new Inline.Styled(Inline.Style.INSERTED, content, pos));
            case "small", "mark", "nobr" -> out.addAll(content);
            case "a" -> {
                Optional<String> named = attribute(attributes, "id").or(() -> attribute(attributes, "name"));
                named.flatMap(n -> context.links.internal(context.source.chapterId(), n))
                        .flatMap(LinkTarget.Internal::anchor)
                        .ifPresent(id -> out.add(new Inline.Anchor(id, pos)));
                Optional<LinkTarget> link = attribute(attributes, "href")
                        .map(String::strip)
                        .filter(h -> !h.isEmpty())
                        .flatMap(h -> target(h, pos));
                if (link.isPresent()) {
                    out.add(new Inline.Link(link.get(), Optional.empty(), content, pos));
                } else {
                    out.addAll(content);
                }
            }
            default -> {
                if (lang.isPresent()) {
                    out.add(new Inline.Span(lang.get(), content, pos));
                } else {
                    context.diagnostics.warning(
                            pos,
                            "<span> without a valid lang attribute was dropped",
                            "write <span lang=\"fr\">…</span> to mark a change of language");
                    out.addAll(content);
                }
            }
        }
        return close;
    }

    private static int findClosing(List<Node> nodes, int open, int to, String name) {
        int depth = 0;
        for (int j = open + 1; j < to; j++) {
            if (nodes.get(j) instanceof HtmlInline h) {
                Matcher m = TAG.matcher(h.getLiteral());
                if (m.matches() && m.group(2).equalsIgnoreCase(name)) {
                    if (m.group(1).isEmpty() && m.group(4).isEmpty()) {
                        depth++;
                    } else if (!m.group(1).isEmpty()) {
                        if (depth == 0) {
                            return j;
                        }
                        depth--;
                    }
                }
            }
        }
        return -1;
    }

    private static Optional<String> attribute(String attributes, String name) {
        Matcher m = ATTRIBUTE.matcher(attributes);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                return Optional.of(m.group(3) != null ? m.group(3) : m.group(4));
            }
        }
        return Optional.empty();
    }

    Optional<LinkTarget> target(String destination, SourcePos pos) {
        if (destination.startsWith("#")) {
            String fragment = destination.substring(1);
            Optional<LinkTarget> found =
                    context.links.internal(context.source.chapterId(), fragment).map(t -> t);
            if (found.isEmpty()) {
                context.diagnostics.warning(
                        pos,
                        "link to '#" + fragment + "' finds no heading in this chapter",
                        "link to a heading's id, such as #getting-started for '## Getting started'");
            }
            return found;
        }
        Optional<String> script = Links.scriptScheme(destination);
        if (script.isPresent()) {
            String scheme = script.get();
            if (context.warnedTargets.add(scheme + ":")) {
                context.diagnostics.warning(
                        pos,
                        "a " + scheme + ": link runs code or carries a file inside the link; "
                                + "its text is kept without the link",
                        "link to a page on the web, or to a chapter");
            }
            return Optional.empty();
        }
        if (destination.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return Optional.of(new LinkTarget.External(Links.uri(destination)));
        }
        int hash = destination.indexOf('#');
        String file = hash < 0 ? destination : destination.substring(0, hash);
        String fragment = hash < 0 ? "" : destination.substring(hash + 1);
        Optional<String> chapter;
        try {
            Path target = context.source
                    .path()
                    .toAbsolutePath()
                    .getParent()
                    .resolve(Links.path(file))
                    .normalize();
            chapter = context.links.chapterOf(target);
        } catch (InvalidPathException e) {
            chapter = Optional.empty(); // no file can have that name: a link to nothing in the book
        }
        if (chapter.isEmpty()) {
            // said once for the whole book, with the others (see Sources)
            context.outside.add(new ChapterContext.Outside(file, pos));
            return Optional.empty();
        }
        Optional<LinkTarget> found =
                context.links.internal(chapter.get(), fragment).map(t -> t);
        if (found.isEmpty()) {
            context.diagnostics.warning(
                    pos,
                    "link to '" + destination + "' finds no heading '#" + fragment + "'",
                    "use the heading's id, such as #getting-started for '## Getting started'");
            return Optional.of(new LinkTarget.Internal(chapter.get(), Optional.empty()));
        }
        return found;
    }

    /**
     * Reports {@code [^label]} left as text (a call of a note never defined) at its own line and column:
     * a paragraph's text comes in pieces, a line or less each, and the match is placed in its piece.
     */
    private void checkUndefinedNotes(List<Inline> inlines) {
        int i = 0;
        while (i < inlines.size()) {
            if (!(inlines.get(i) instanceof Inline.Text)) {
                i++;
                continue;
            }
            List<Inline.Text> pieces = new ArrayList<>();
            StringBuilder joined = new StringBuilder();
            List<Integer> starts = new ArrayList<>();
            while (i < inlines.size() && inlines.get(i) instanceof Inline.Text t) {
                starts.add(joined.length());
                joined.append(t.text());
                pieces.add(t);
                i++;
            }
            if (joined.indexOf("[^") < 0) {
                continue;
            }
            Matcher m = UNDEFINED_NOTE.matcher(joined);
            while (m.find()) {
                int k = 0;
                while (k + 1 < starts.size() && starts.get(k + 1) <= m.start()) {
                    k++;
                }
                Inline.Text piece = pieces.get(k);
                String before = joined.substring(starts.get(k), m.start());
                SourcePos pos = piece.pos();
                if (before.indexOf('\n') < 0) {
                    pos = new SourcePos(
                            pos.file(), pos.line(), pos.column() + before.codePointCount(0, before.length()));
                }
                context.diagnostics.error(
                        pos,
                        "footnote [^" + m.group(1) + "] has no definition",
                        "add a line '[^" + m.group(1) + "]: the note's text' to this file");
            }
        }
    }

    static String altText(Node image) {
        StringBuilder alt = new StringBuilder();
        collectText(image, alt);
        return alt.toString().strip();
    }

    private static void collectText(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.append(t.getLiteral());
            } else if (n instanceof Code c) {
                out.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak) {
                out.append(' ');
            } else if (!(n instanceof ImageAttributes)) {
                collectText(n, out);
            }
        }
    }

    static Optional<String> widthHint(Image image) {
        for (Node n = image.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ImageAttributes attributes) {
                return Optional.ofNullable(attributes.getAttributes().get("width"));
            }
        }
        for (Node n = image.getNext(); n != null; n = n.getNext()) {
            if (n instanceof ImageAttributes attributes) {
                return Optional.ofNullable(attributes.getAttributes().get("width"));
            }
            if (!(n instanceof Text t && t.getLiteral().isBlank())) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Text, with the cross-references in it ({@code @fig-stack}, {@code @tbl-ops:page},
     * {@code @sec-intro:full}) taken out as {@link Inline.Reference}s, each at its own column. An
     * {@code @} inside a word (an e-mail address) starts none.
     */
    private static void text(String literal, SourcePos pos, Typography typography, List<Inline> out) {
        if (literal.indexOf('@') < 0) { // no reference, and no need for the pattern to try every place
            out.add(new Inline.Text(typography.apply(literal), pos));
            return;
        }
        Matcher m = REFERENCE.matcher(literal);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(new Inline.Text(typography.apply(literal.substring(at, m.start())), pos));
            }
            typography.skip(m.group());
            Inline.Reference.Form form = m.group(2) == null
                    ? Inline.Reference.Form.NUMBER
                    : m.group(2).equals("page") ? Inline.Reference.Form.PAGE : Inline.Reference.Form.FULL;
            out.add(new Inline.Reference(
                    m.group(1), form, new SourcePos(pos.file(), pos.line(), pos.column() + m.start())));
            at = m.end();
        }
        if (at == 0 || at < literal.length()) {
            out.add(new Inline.Text(typography.apply(literal.substring(at)), pos));
        }
    }

    private static String abbreviate(String literal) {
        String flat = literal.replaceAll("\\s+", " ");
        return flat.length() > 40 ? flat.substring(0, 40) + "…" : flat;
    }

    /** Joins neighbouring text nodes, which commonmark splits at every bracket and delimiter. */
    private static List<Inline> mergeText(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in.size());
        for (Inline inline : in) {
            if (inline instanceof Inline.Text text
                    && !out.isEmpty()
                    && out.get(out.size() - 1) instanceof Inline.Text previous) {
                out.set(out.size() - 1, new Inline.Text(previous.text() + text.text(), previous.pos()));
            } else {
                out.add(inline);
            }
        }
        return out;
    }
}
