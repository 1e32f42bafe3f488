package io.github.imprint.typeset.front;

import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.Placed;
import io.github.imprint.layout.Role;
import io.github.imprint.layout.StructureNode;
import io.github.imprint.model.ImageFormat;
import io.github.imprint.model.ImageRef;
import io.github.imprint.model.Labels;
import io.github.imprint.model.Metadata;
import io.github.imprint.model.Numbering;
import io.github.imprint.model.Publication;
import io.github.imprint.theme.Theme;
import io.github.imprint.typeset.flow.Cursor;
import io.github.imprint.typeset.flow.References;
import io.github.imprint.typeset.flow.SetChapter;
import io.github.imprint.typeset.hyphen.Hyphenator;
import io.github.imprint.typeset.paginate.Flow;
import io.github.imprint.typeset.paginate.PageFrame;
import io.github.imprint.typeset.shape.Shaper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A book's front matter, set after its body is paginated so the contents can give the body's folios:
 * the cover when there is one, the title page (a recto), the imprint page (its verso), and the table
 * of contents from a recto. Its blocks are numbered as the part after the last chapter.
 */
public final class FrontMatter {

    private FrontMatter() {}

    /**
     * @param contents the contents' entries, with the folios of the body's pages
     * @param lists    the lists of figures, tables and listings the theme asks for, by title
     * @param built    which Imprint set the book and when, for the imprint page
     */
    public static SetChapter set(
            Theme theme,
            PageFrame frame,
            Publication publication,
            Shaper shaper,
            Function<String, Optional<Hyphenator>> hyphenators,
            List<ContentsEntry> contents,
            Map<String, List<ContentsEntry>> lists,
            String built,
            References references) {
        Cursor c =
                new Cursor(theme, frame, publication, publication.chapters().size(), shaper, hyphenators, references);
        Metadata metadata = publication.metadata();
        Labels labels = Labels.of(metadata.language());
        metadata.cover().ifPresent(cover -> coverPage(c, cover, labels.cover() + ": " + metadata.title()));
        c.flow().add(new Flow.NewPage(null, true, true));
        TitlePage.set(c, metadata);
        c.flow().add(new Flow.NewPage(null, false, true));
        ImprintPage.set(c, metadata, labels, built);
        if (!contents.isEmpty()) {
            c.flow().add(new Flow.NewPage(labels.contents(), true));
            Contents.set(c, labels.contents(), contents);
        }
        lists.forEach((title, entries) -> {
            c.flow().add(new Flow.NewPage(title, true));
            Contents.set(c, title, entries);
        });
        return c.result();
    }

    /** The entries of the table of contents, with the folios of the body's {@code pages}. */
    public static List<ContentsEntry> contents(
            Publication publication, int depth, Map<Destination, BlockId> anchors, List<Page> pages) {
        return Contents.entries(publication, depth, anchors, pages);
    }

    /** The lists of figures, tables and listings the theme asks for and the book has, by title, in that order. */
    public static Map<String, List<ContentsEntry>> lists(
            Theme theme, References references, Map<Destination, BlockId> anchors, List<Page> pages) {
        Map<String, List<ContentsEntry>> lists = new LinkedHashMap<>();
        for (Numbering.Kind kind : List.of(Numbering.Kind.FIGURE, Numbering.Kind.TABLE, Numbering.Kind.LISTING)) {
            List<ContentsEntry> entries = theme.captions().lists().contains(kind)
                    ? Contents.list(references.numbering(), kind, anchors, pages)
                    : List.of();
            if (!entries.isEmpty()) {
                lists.put(references.words().listTitle(kind), entries);
            }
        }
        return lists;
    }

    /** The cover image, as large as the page allows, centred on it. */
    private static void coverPage(Cursor c, ImageRef cover, String alt) {
        if (cover.width() <= 0
                || cover.height() <= 0
                || cover.format() == ImageFormat.SVG
                || cover.format() == ImageFormat.WEBP) {
            return;
        }
        PageFrame frame = c.frame();
        double scale = Math.min(frame.width() / (double) cover.width(), frame.height() / (double) cover.height());
        long w = Math.round(cover.width() * scale);
        long h = Math.round(cover.height() * scale);
        BlockId id = c.structure().leaf(StructureNode.Kind.FIGURE, alt, c.at());
        Placed.Image image = new Placed.Image(
                cover,
                (frame.width() - w) / 2 - frame.left(1),
                (frame.height() - h) / 2 - frame.top(),
                w,
                h,
                alt,
                Role.FIGURE,
                id);
        c.flow().add(new Flow.NewPage(null, false, true));
        c.flow().add(new Flow.Unit(List.of(image), frame.textHeight(), true, List.of(), false));
    }
}
