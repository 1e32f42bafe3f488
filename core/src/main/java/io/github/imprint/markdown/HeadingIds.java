package io.github.imprint.markdown;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Gives every heading of the book an id unique across all chapters, before any chapter is converted,
 * so links can be resolved wherever they point. An explicit {@code {#id}} at the end of a heading is
 * taken as written (and removed from the text); otherwise the GitHub-style slug of the text, with
 * {@code -1}, {@code -2} added on repeats. What the author would write after {@code #} is recorded in
 * {@link Links} with the id it became.
 */
final class HeadingIds {

    /**
     * Heading attributes at the end of a heading, as pandoc and mdBook write them: {@code {#id}},
     * {@code {#id .class}}, {@code {.class}}; the id is taken, the classes have no effect on the editions.
     */
    private static final Pattern EXPLICIT =
            Pattern.compile("\\s*\\{\\s*(?:#([A-Za-z_][\\w.:-]*))?(?:\\s*\\.[A-Za-z_][\\w-]*)*\\s*}\\s*$");

    private static final Pattern RESERVED = Pattern.compile("(fn|fnref)-\\d.*");

    private final Map<Heading, String> ids = new IdentityHashMap<>();
    private final Set<String> used = new HashSet<>();
    private final Links links;

    HeadingIds(Links links) {
        this.links = links;
    }

    Map<Heading, String> ids() {
        return ids;
    }

    private static final Pattern HTML_ID =
            Pattern.compile("<[A-Za-z][\\w-]*[^>]*?\\s(?:id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    /** Assigns ids to the headings of one chapter's document, in order, and to its raw HTML's ids. */
    void assign(String chapterId, Node document) {
        Map<String, Integer> writtenCounts = new HashMap<>();
        visit(document, 0, heading -> {
            String explicit = takeExplicitId(heading);
            String slug = Slugs.slug(text(heading));
            String written;
            if (explicit != null) {
                written = explicit;
            } else {
                int seen = writtenCounts.merge(slug, 1, Integer::sum) - 1;
                written = seen == 0 ? slug : slug + "-" + seen;
            }
            String base = explicit != null ? explicit : Slugs.xmlId(slug, "h");
            if (RESERVED.matcher(base).matches()) {
                base = "h-" + base;
            }
            String id = base;
            for (int n = 1; !used.add(id); n++) {
                id = base + "-" + n;
            }
            ids.put(heading, id);
            links.addAnchor(chapterId, written, id);
            links.addAnchor(chapterId, id, id);
        });
        htmlIds(chapterId, document, 0);
    }

    /**
     * The {@code id} and {@code name} attributes of the chapter's raw HTML ({@code <a id="…">},
     * {@code <dt id="…">}), as places links can point to, each kept unique in the book.
     */
    private void htmlIds(String chapterId, Node node, int depth) {
        if (depth > BlockBuilder.MAX_DEPTH) {
            return;
        }
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            String literal =
                    n instanceof HtmlBlock b ? b.getLiteral() : n instanceof HtmlInline i ? i.getLiteral() : null;
            if (literal != null) {
                Matcher m = HTML_ID.matcher(literal);
                while (m.find()) {
                    String written = m.group(1) != null ? m.group(1) : m.group(2);
                    if (written.isBlank()
                            || links.internal(chapterId, written).isPresent()
                                    && !links.internal(chapterId, written)
                                            .get()
                                            .anchor()
                                            .isEmpty()) {
                        continue;
                    }
                    String base = Slugs.xmlId(written.replaceAll("[^\\p{L}\\p{N}_.-]", "-"), "h");
                    if (RESERVED.matcher(base).matches()) {
                        base = "h-" + base;
                    }
                    String id = base;
                    for (int k = 1; !used.add(id); k++) {
                        id = base + "-" + k;
                    }
                    links.addAnchor(chapterId, written, id);
                    links.addAnchor(chapterId, id, id);
                }
            } else if (n.getFirstChild() != null) {
                htmlIds(chapterId, n, depth + 1);
            }
        }
    }

    static void visit(Node node, int depth, Consumer<Heading> action) {
        if (depth > BlockBuilder.MAX_DEPTH) {
            return;
        }
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading heading) {
                action.accept(heading);
            } else if (n.getFirstChild() != null && n instanceof Block) {
                visit(n, depth + 1, action);
            }
        }
    }

    private static String takeExplicitId(Heading heading) {
        if (heading.getLastChild() instanceof Text last) {
            Matcher m = EXPLICIT.matcher(last.getLiteral());
            if (m.find() && !m.group().replaceAll("[\\s{}]", "").isEmpty()) {
                last.setLiteral(last.getLiteral().substring(0, m.start()));
                return m.group(1);
            }
        }
        return null;
    }

    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.append(t.getLiteral());
            } else if (n instanceof Code c) {
                out.append(c.getLiteral());
            } else {
                out.append(text(n));
            }
        }
        return out.toString();
    }
}
