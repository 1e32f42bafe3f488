package io.github.imprint.epub;

import io.github.imprint.model.Block;
import io.github.imprint.model.Chapter;
import io.github.imprint.model.Direction;
import io.github.imprint.model.Footnote;
import io.github.imprint.model.ImageRef;
import io.github.imprint.model.Inline;
import io.github.imprint.model.Labels;
import io.github.imprint.model.LinkTarget;
import io.github.imprint.model.Metadata;
import io.github.imprint.model.Numbering;
import io.github.imprint.model.Publication;
import io.github.imprint.model.ReferenceWords;
import io.github.imprint.model.SourcePos;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One chapter as an XHTML5 content document. Semantics go where reading systems and assistive
 * technology look for them: {@code epub:type} and DPUB-ARIA roles on the chapter, note calls and
 * notes (so notes open as pop-ups and lead back), asides and figures; {@code lang} wherever the
 * language changes. An article opens with its header: headline, standfirst, byline and date.
 */
final class ChapterDocument {

    private final Publication publication;
    private final Chapter chapter;
    private final ImageFolder images;
    private final Labels labels;
    private final StringBuilder out = new StringBuilder(16 * 1024);
    private final Map<String, Integer> noteCalls = new HashMap<>();
    private int boxes;
    private final PageMarks marks;

    ChapterDocument(Publication publication, Chapter chapter, ImageFolder images, Labels labels) {
        this(
                publication,
                chapter,
                images,
                labels,
                PageMarks.none(),
                CrossReferences.of(publication, Numbering.Mode.CHAPTER, ReferenceWords.of("en"), Map.of()));
    }

    private final CrossReferences references;

    /** Whether the chapter's language is written right to left. */
    private boolean rightToLeft;

    /**
     * @param marks      where the print edition's pages begin in this chapter
     * @param references the publication's numbers, and the print edition's pages of their targets
     */
    ChapterDocument(
            Publication publication,
            Chapter chapter,
            ImageFolder images,
            Labels labels,
            PageMarks marks,
            CrossReferences references) {
        this.marks = marks;
        this.references = references;
        this.publication = publication;
        this.chapter = chapter;
        this.images = images;
        this.labels = labels;
    }

    static String fileName(Chapter chapter) {
        return chapter.id() + ".xhtml";
    }

    String render() {
        Metadata metadata = publication.metadata();
        String language = chapter.language().orElse(metadata.language());
        rightToLeft = Direction.of(language).rightToLeft();
        DocumentFrame.open(out, language, chapter.title().orElse(metadata.title()), "bodymatter");
        boolean article = publication.kind() == Publication.Kind.ARTICLE;
        out.append("<section epub:type=\"chapter\" role=\"doc-chapter\"");
        firstHeadingId()
                .ifPresent(id -> out.append(" aria-labelledby=\"").append(id).append('"'));
        out.append(">\n");
        int start = out.length();
        if (article
                && !(chapter.blocks().stream().findFirst().orElse(null) instanceof Block.Heading h && h.level() == 1)) {
            articleHeader(metadata);
        }
        blocks(chapter.blocks());
        if (!chapter.notes().isEmpty()) {
            out.append("<section class=\"footnotes\" aria-label=\"")
                    .append(Xml.attribute(labels.notes()))
                    .append("\">\n");
            for (Footnote note : chapter.notes()) {
                out.append("<aside epub:type=\"footnote\" role=\"doc-footnote\" id=\"")
                        .append(note.id())
                        .append("\">\n");
                out.append("<p class=\"note-number\"><a href=\"#fnref-")
                        .append(note.number())
                        .append("\" role=\"doc-backlink\" title=\"")
                        .append(Xml.attribute(labels.backToText()))
                        .append("\">")
                        .append(note.number())
                        .append(".</a></p>\n");
                blocks(note.blocks());
                out.append("</aside>\n");
            }
            out.append("</section>\n");
        }
        out.append("</section>\n");
        out.insert(start, marks.rest());
        DocumentFrame.close(out);
        return out.toString();
    }

    private Optional<String> firstHeadingId() {
        if (publication.kind() == Publication.Kind.ARTICLE) {
            return Optional.of("headline");
        }
        return chapter.blocks().stream()
                .filter(Block.Heading.class::isInstance)
                .map(b -> ((Block.Heading) b).id())
                .findFirst();
    }

    private void articleHeader(Metadata metadata) {
        out.append("<header>\n<h1 id=\"headline\" class=\"headline\">")
                .append(Xml.text(metadata.title()))
                .append("</h1>\n");
        metadata.subtitle()
                .or(metadata::description)
                .ifPresent(s -> out.append("<p class=\"standfirst\">")
                        .append(Xml.text(s))
                        .append("</p>\n"));
        List<String> authors = metadata.authors().stream().map(a -> a.name()).toList();
        if (!authors.isEmpty() || metadata.date().isPresent()) {
            out.append("<p class=\"byline\">");
            if (!authors.isEmpty()) {
                String by = labels.by().isEmpty() ? "" : capitalize(labels.by()) + " ";
                out.append(Xml.text(by + String.join(", ", authors)));
            }
            metadata.date().ifPresent(d -> {
                if (!authors.isEmpty()) {
                    out.append(" · ");
                }
                out.append("<time datetime=\"")
                        .append(Xml.attribute(d))
                        .append("\">")
                        .append(Xml.text(metadata.longDate().orElse(d)))
                        .append("</time>");
            });
            out.append("</p>\n");
        }
        out.append("</header>\n");
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            block(block);
        }
    }

    private void block(Block block) {
        if (block instanceof Block.Heading h) {
            int level = h.level();
            out.append("<h").append(level).append(" id=\"").append(h.id()).append("\">");
            running(h.pos(), h.content());
            out.append("</h").append(level).append(">\n");
        } else if (block instanceof Block.Paragraph p) {
            out.append("<p>");
            running(p.pos(), p.content());
            out.append("</p>\n");
        } else if (block instanceof Block.BlockQuote q) {
            out.append("<blockquote>\n");
            blocks(q.blocks());
            out.append("</blockquote>\n");
        } else if (block instanceof Block.ListBlock list) {
            if (list.ordered()) {
                out.append("<ol");
                if (list.start() != 1) {
                    out.append(" start=\"").append(list.start()).append('"');
                }
            } else {
                out.append("<ul");
            }
            out.append(list.tight() ? " class=\"tight\">\n" : ">\n");
            for (Block.ListItem item : list.items()) {
                block(item);
            }
            out.append(list.ordered() ? "</ol>\n" : "</ul>\n");
        } else if (block instanceof Block.ListItem item) {
            out.append(item.task().isPresent() ? "<li class=\"task\">" : "<li>");
            item.task().ifPresent(done -> out.append(done ? "☑ " : "☐ "));
            if (item.blocks().size() == 1 && item.blocks().get(0) instanceof Block.Paragraph p) {
                running(p.pos(), p.content());
            } else {
                out.append('\n');
                blocks(item.blocks());
            }
            out.append("</li>\n");
        } else if (block instanceof Block.CodeBlock code) {
            // code reads left to right, whatever the book's direction
            Optional<String> listing = references.id(code);
            listing.ifPresent(id -> {
                out.append("<figure class=\"listing\" id=\"")
                        .append(Xml.attribute(id))
                        .append("\">\n<figcaption>");
                running(code.pos(), references.caption(code, code.caption()));
                out.append("</figcaption>\n");
            });
            out.append(rightToLeft ? "<pre dir=\"ltr\"><code" : "<pre><code");
            code.language()
                    .ifPresent(l -> out.append(" class=\"language-")
                            .append(Xml.attribute(l.replaceAll("[^A-Za-z0-9_+-]", "")))
                            .append('"'));
            out.append('>');
            marks.begin(code.pos(), out);
            marks.text(code.text(), out);
            marks.end(out);
            out.append(listing.isPresent() ? "</code></pre>\n</figure>\n" : "</code></pre>\n");
        } else if (block instanceof Block.ThematicBreak) {
            out.append("<hr/>\n");
        } else if (block instanceof Block.Figure figure) {
            out.append("<figure");
            references
                    .id(figure)
                    .ifPresent(
                            id -> out.append(" id=\"").append(Xml.attribute(id)).append('"'));
            out.append(">\n");
            image(figure.image(), figure.alt());
            List<Inline> caption = references.caption(figure, figure.caption());
            if (!caption.isEmpty()) {
                out.append("\n<figcaption>");
                running(figure.pos(), caption);
                out.append("</figcaption>");
            }
            out.append("\n</figure>\n");
        } else if (block instanceof Block.Table table) {
            table(table);
        } else if (block instanceof Block.Division division) {
            division(division);
        } else if (block instanceof Block.DefinitionList list) {
            out.append("<dl>\n");
            for (Block.DefinitionList.Definition item : list.items()) {
                for (List<Inline> term : item.terms()) {
                    out.append("<dt>");
                    // a term is a label, as in the PDF's structure: page marks count the definitions only
                    inlines(term);
                    out.append("</dt>\n");
                }
                out.append("<dd>\n");
                blocks(item.details());
                out.append("</dd>\n");
            }
            out.append("</dl>\n");
        }
    }

    private void division(Block.Division division) {
        String classes = String.join(
                " ",
                division.classes().stream()
                        .map(c -> c.replaceAll("[^A-Za-z0-9_-]", ""))
                        .toList());
        String titleId = null;
        switch (division.kind()) {
            case ASIDE ->
                out.append("<aside epub:type=\"sidebar\" class=\"")
                        .append(classes)
                        .append('"');
            case PULL_QUOTE ->
                out.append("<aside epub:type=\"pullquote\" role=\"doc-pullquote\" class=\"")
                        .append(classes)
                        .append('"');
            case NOTE ->
                out.append("<aside role=\"note\" class=\"").append(classes).append('"');
            default -> out.append("<div class=\"").append(classes).append('"');
        }
        if (!division.title().isEmpty() && division.kind() != Block.Division.Kind.GENERIC) {
            titleId = "box-" + ++boxes;
            out.append(" aria-labelledby=\"").append(titleId).append('"');
        }
        out.append(">\n");
        if (!division.title().isEmpty()) {
            out.append("<p class=\"box-title\"");
            if (titleId != null) {
                out.append(" id=\"").append(titleId).append('"');
            }
            out.append('>');
            running(division.pos(), division.title());
            out.append("</p>\n");
        }
        blocks(division.blocks());
        out.append(division.kind() == Block.Division.Kind.GENERIC ? "</div>\n" : "</aside>\n");
    }

    private void table(Block.Table table) {
        out.append("<table");
        references
                .id(table)
                .ifPresent(id -> out.append(" id=\"").append(Xml.attribute(id)).append('"'));
        out.append(">\n");
        List<Inline> caption = references.caption(table, table.caption());
        if (!caption.isEmpty()) {
            out.append("<caption>");
            running(table.pos(), caption);
            out.append("</caption>\n");
        }
        if (!table.header().isEmpty()) {
            out.append("<thead>\n");
            for (List<Block.Table.Cell> row : table.header()) {
                row(table, row, true);
            }
            out.append("</thead>\n");
        }
        out.append("<tbody>\n");
        for (List<Block.Table.Cell> row : table.body()) {
            row(table, row, false);
        }
        out.append("</tbody>\n</table>\n");
    }

    private void row(Block.Table table, List<Block.Table.Cell> row, boolean header) {
        out.append("<tr>");
        for (int i = 0; i < row.size(); i++) {
            out.append(header ? "<th scope=\"col\"" : "<td");
            Block.Table.Alignment alignment =
                    i < table.alignments().size() ? table.alignments().get(i) : Block.Table.Alignment.NONE;
            if (alignment != Block.Table.Alignment.NONE) {
                out.append(" class=\"align-")
                        .append(alignment.name().toLowerCase(Locale.ROOT))
                        .append('"');
            }
            out.append('>');
            running(row.get(i).pos(), row.get(i).content());
            out.append(header ? "</th>" : "</td>");
        }
        out.append("</tr>\n");
    }

    /** A block's running text, with the print edition's page breaks that fall in it. */
    private void running(SourcePos pos, List<Inline> content) {
        marks.begin(pos, out);
        inlines(content);
        marks.end(out);
    }

    private void inlines(List<Inline> inlines) {
        for (Inline inline : inlines) {
            inline(inline);
        }
    }

    private void inline(Inline inline) {
        if (inline instanceof Inline.Text t) {
            marks.text(t.text(), out);
        } else if (inline instanceof Inline.Code c) {
            out.append("<code>");
            StringBuilder code = new StringBuilder();
            marks.text(c.text(), code);
            out.append(BreakOpportunities.after(code));
            out.append("</code>");
        } else if (inline instanceof Inline.Anchor anchor) {
            out.append("<span id=\"").append(Xml.attribute(anchor.id())).append("\"></span>");
        } else if (inline instanceof Inline.IndexMark mark) {
            out.append("<span id=\"").append(Xml.attribute(mark.id())).append("\"></span>");
        } else if (inline instanceof Inline.LineBreak) {
            out.append("<br/>");
        } else if (inline instanceof Inline.Styled s) {
            String tag = switch (s.style()) {
                case EMPHASIS -> "em";
                case STRONG -> "strong";
                case STRIKETHROUGH -> "del";
                case INSERTED -> "ins";
                case SUPERSCRIPT -> "sup";
                case SUBSCRIPT -> "sub";
                case KEYBOARD -> "kbd";
            };
            out.append('<').append(tag).append('>');
            inlines(s.content());
            out.append("</").append(tag).append('>');
        } else if (inline instanceof Inline.Span span) {
            out.append("<span lang=\"")
                    .append(Xml.attribute(span.language()))
                    .append("\" xml:lang=\"")
                    .append(Xml.attribute(span.language()));
            // where the direction changes with the language, the span says so, and the reading system
            // isolates it from the text around it
            boolean spanRightToLeft = Direction.of(span.language()).rightToLeft();
            if (spanRightToLeft != rightToLeft) {
                out.append("\" dir=\"").append(spanRightToLeft ? "rtl" : "ltr");
            }
            out.append("\">");
            inlines(span.content());
            out.append("</span>");
        } else if (inline instanceof Inline.Abbreviation abbr) {
            out.append("<abbr");
            abbr.expansion()
                    .ifPresent(e ->
                            out.append(" title=\"").append(Xml.attribute(e)).append('"'));
            out.append('>');
            inlines(abbr.content());
            out.append("</abbr>");
        } else if (inline instanceof Inline.Link link) {
            out.append("<a href=\"").append(Xml.attribute(href(link.target()))).append('"');
            link.title()
                    .ifPresent(t ->
                            out.append(" title=\"").append(Xml.attribute(t)).append('"'));
            out.append('>');
            inlines(link.content());
            out.append("</a>");
        } else if (inline instanceof Inline.Reference ref) {
            references.reference(ref, chapter.id()).ifPresent(link -> {
                out.append("<a href=\"").append(Xml.attribute(link[0])).append("\">");
                marks.text(link[1], out);
                out.append("</a>");
            });
        } else if (inline instanceof Inline.Image image) {
            image(image.image(), image.alt());
        } else if (inline instanceof Inline.NoteRef ref) {
            int call = noteCalls.merge(ref.noteId(), 1, Integer::sum);
            String id = "fnref-" + ref.number() + (call == 1 ? "" : "-" + call);
            out.append("<sup><a href=\"#")
                    .append(ref.noteId())
                    .append("\" id=\"")
                    .append(id)
                    .append("\" epub:type=\"noteref\" role=\"doc-noteref\">")
                    .append(ref.number())
                    .append("</a></sup>");
        }
    }

    private void image(ImageRef image, String alt) {
        out.append("<img src=\"")
                .append(Xml.attribute(images.href(image)))
                .append("\" alt=\"")
                .append(Xml.attribute(alt))
                .append('"');
        image.widthHint()
                .filter(w -> w.matches("\\d{1,3}%|\\d{1,5}(px)?"))
                .ifPresent(w -> out.append(" style=\"width: ")
                        .append(w.endsWith("%") ? w : w.replace("px", "") + "px")
                        .append("; max-width: 100%\""));
        out.append("/>");
    }

    private String href(LinkTarget target) {
        if (target instanceof LinkTarget.External external) {
            return external.uri();
        }
        LinkTarget.Internal internal = (LinkTarget.Internal) target;
        boolean here = internal.chapterId().equals(chapter.id());
        String file = internal.chapterId() + ".xhtml";
        return internal.anchor().map(a -> (here ? "" : file) + "#" + a).orElse(file);
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
