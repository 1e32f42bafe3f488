package io.github.imprint.markdown;

import io.github.imprint.model.Block;
import io.github.imprint.model.Chapter;
import io.github.imprint.model.Footnote;
import io.github.imprint.model.Inline;
import io.github.imprint.model.LinkTarget;
import io.github.imprint.model.Publication;
import java.util.List;

/**
 * The model as indented text, one node per line with its position, so examples can show what a
 * Markdown input becomes.
 */
final class ModelPrinter {

    private final StringBuilder out = new StringBuilder();

    static String print(Publication publication) {
        ModelPrinter printer = new ModelPrinter();
        for (Chapter chapter : publication.chapters()) {
            printer.line(
                    0,
                    "chapter " + chapter.id()
                            + chapter.title().map(t -> " \"" + t + "\"").orElse(""));
            printer.blocks(1, chapter.blocks());
            for (Footnote note : chapter.notes()) {
                printer.line(
                        1,
                        "note " + note.id() + " " + note.number() + " @"
                                + note.pos().line() + ":" + note.pos().column());
                printer.blocks(2, note.blocks());
            }
        }
        return printer.out.toString();
    }

    private void blocks(int depth, List<? extends Block> blocks) {
        for (Block block : blocks) {
            block(depth, block);
        }
    }

    private void block(int depth, Block block) {
        String at = " @" + block.pos().line() + ":" + block.pos().column();
        if (block instanceof Block.Heading h) {
            line(depth, "heading " + h.level() + " #" + h.id() + at);
        } else if (block instanceof Block.ListBlock l) {
            line(
                    depth,
                    (l.ordered() ? "ordered-list start=" + l.start() : "bullet-list")
                            + (l.tight() ? " tight" : "")
                            + at);
        } else if (block instanceof Block.ListItem i) {
            line(depth, "item" + i.task().map(t -> t ? " [x]" : " [ ]").orElse("") + at);
        } else if (block instanceof Block.CodeBlock c) {
            line(depth, "code" + c.language().map(l -> " " + l).orElse("") + at);
            line(depth + 1, quote(c.text()));
        } else if (block instanceof Block.Figure f) {
            line(
                    depth,
                    "figure " + f.image().file().getFileName() + " "
                            + f.image().format().mediaType() + " " + f.image().width() + "x"
                            + f.image().height() + " alt=" + quote(f.alt()) + at);
        } else if (block instanceof Block.Table t) {
            line(
                    depth,
                    "table " + t.alignments() + " header=" + t.header().size() + " body="
                            + t.body().size() + at);
        } else if (block instanceof Block.Division d) {
            line(depth, "division " + d.kind() + " " + d.classes() + at);
        } else if (block instanceof Block.DefinitionList list) {
            line(depth, "definitionlist" + at);
            for (Block.DefinitionList.Definition item : list.items()) {
                line(
                        depth + 1,
                        "definition @" + item.pos().line() + ":" + item.pos().column());
                for (List<Inline> term : item.terms()) {
                    line(depth + 2, "term");
                    inlines(depth + 3, term);
                }
                blocks(depth + 2, item.details());
            }
            return;
        } else {
            line(depth, block.getClass().getSimpleName().toLowerCase() + at);
        }
        inlines(depth + 1, block.inlines());
        if (!(block instanceof Block.ListBlock l)) {
            blocks(depth + 1, block.childBlocks());
        } else {
            blocks(depth + 1, l.items());
        }
    }

    private void inlines(int depth, List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                line(depth, "text " + quote(t.text()));
            } else if (inline instanceof Inline.Code c) {
                line(depth, "code " + quote(c.text()));
            } else if (inline instanceof Inline.Styled s) {
                line(depth, s.style().name().toLowerCase());
            } else if (inline instanceof Inline.Span s) {
                line(depth, "span lang=" + s.language());
            } else if (inline instanceof Inline.Abbreviation a) {
                line(depth, "abbr" + a.expansion().map(e -> " " + quote(e)).orElse(""));
            } else if (inline instanceof Inline.Link l) {
                String target = l.target() instanceof LinkTarget.External e
                        ? e.uri()
                        : ((LinkTarget.Internal) l.target()).chapterId()
                                + ((LinkTarget.Internal) l.target())
                                        .anchor()
                                        .map(a -> "#" + a)
                                        .orElse("");
                line(depth, "link " + target);
            } else if (inline instanceof Inline.Image i) {
                line(depth, "image " + i.image().file().getFileName() + " alt=" + quote(i.alt()));
            } else if (inline instanceof Inline.NoteRef n) {
                line(depth, "note-ref " + n.noteId() + " " + n.number());
            } else if (inline instanceof Inline.Anchor anchor) {
                line(depth, "anchor #" + anchor.id());
            } else if (inline instanceof Inline.LineBreak) {
                line(depth, "line-break");
            }
            inlines(depth + 1, inline.children());
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + "\"";
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
