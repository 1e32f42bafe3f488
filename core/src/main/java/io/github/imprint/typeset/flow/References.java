package io.github.imprint.typeset.flow;

import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.Placed;
import io.github.imprint.layout.PrintPages;
import io.github.imprint.model.Chapter;
import io.github.imprint.model.Inline;
import io.github.imprint.model.Numbering;
import io.github.imprint.model.Publication;
import io.github.imprint.model.ReferenceWords;
import io.github.imprint.model.Visitor;
import io.github.imprint.theme.Theme;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cross-references as the PDF prints them.
 *
 * <p>A reference by number ("Figure 3.2") is known before a line is set: the numbering is a function
 * of the sources. A reference by page is not, and this is the old circle of page references: the page
 * a target lands on depends on the lines before it, which may hold the reference's own words. TeX
 * breaks the circle by running twice, reading the pages of the first run from its {@code .aux} file.
 * Imprint does the same inside one build, but only where it must: the first pass sets every reference
 * by page with a placeholder, then the pages are numbered and {@link Placement} records where each
 * target and each reference stands; the chapters that hold references by page (and only those) are
 * set again with those pages, and the pages numbered again. When the second placement equals the
 * first, the words in print are true; a change in one chapter's length can move a later target, so
 * the passes go on while the placement changes, a few times at most. A later pass does not break
 * every line of those chapters again: the paragraphs without a reference by page read as they did, and
 * their lines are taken from the pass before ({@link ParagraphMemo}); only the paragraphs whose words
 * changed are set anew, and the chapters paginated again.
 *
 * <p>Where the target is that close, the words say so, as LaTeX's varioref does: nothing on the same
 * page ("Figure 3.2"), "on the facing page" across a spread, "on the previous page" or "on the next
 * page" over a leaf. A book's body pages run recto from 1, so a spread is an even page and the odd one
 * after it; an article's pages are single.
 */
public final class References {

    /** Where a page is: its number among the body's pages, and its folio. */
    public record PagePlace(int number, String folio) {}

    /** One reference in print: the block it stands in and the anchor it names. */
    public record Occurrence(BlockId block, String anchor) {}

    /** Where targets and references stood in a pass: targets by anchor, references by occurrence. */
    public record Placement(Map<String, PagePlace> targets, Map<Occurrence, Integer> references) {

        public static final Placement UNKNOWN = new Placement(Map.of(), Map.of());

        public Placement {
            targets = Map.copyOf(targets);
            references = Map.copyOf(references);
        }

        /** Where each numbered target and heading, and each reference to one, stands on {@code pages}. */
        public static Placement of(List<Page> pages, Map<Destination, BlockId> anchors, Numbering numbering) {
            Map<BlockId, Page> first = PrintPages.firstPages(pages);
            Map<Occurrence, Integer> references = new HashMap<>();
            for (Page page : pages) {
                for (Placed placed : page.items()) {
                    if (placed instanceof Placed.GlyphRun run
                            && run.link() instanceof Destination.Reference r
                            && r.anchor().anchor() != null) {
                        references.putIfAbsent(
                                new Occurrence(run.block(), r.anchor().anchor()), page.number());
                    }
                }
            }
            Map<String, PagePlace> targets = new HashMap<>();
            for (String label : numbering.anchors()) {
                numbering.anchor(label).ifPresent(t -> {
                    BlockId block = anchors.get(new Destination.Anchor(t.chapterId(), t.anchor()));
                    Page page = block == null ? null : first.get(block);
                    if (page != null) {
                        targets.put(t.anchor(), new PagePlace(page.number(), page.folio()));
                    }
                });
            }
            return new Placement(targets, references);
        }
    }

    private final Numbering numbering;
    private final ReferenceWords words;
    private final boolean twoSided;
    private final Placement placement;
    private final Map<String, Boolean> asking;

    private References(
            Numbering numbering,
            ReferenceWords words,
            boolean twoSided,
            Placement placement,
            Map<String, Boolean> asking) {
        this.numbering = numbering;
        this.words = words;
        this.twoSided = twoSided;
        this.placement = placement;
        this.asking = asking;
    }

    /** The publication's references, numbered as the theme says, before any page is known. */
    public static References of(Publication publication, Theme theme) {
        Map<String, Boolean> asking = new HashMap<>();
        for (Chapter chapter : publication.chapters()) {
            boolean[] pages = {false};
            chapter.accept(new Visitor() {
                @Override
                public void visitInline(Inline inline) {
                    pages[0] |= inline instanceof Inline.Reference r && r.form() != Inline.Reference.Form.NUMBER;
                }
            });
            asking.put(chapter.id(), pages[0]);
        }
        return new References(
                Numbering.of(publication, theme.captions().mode()),
                theme.captions().words(publication.metadata().language()),
                publication.kind() == Publication.Kind.BOOK,
                Placement.UNKNOWN,
                Map.copyOf(asking));
    }

    /** The same references, with the pages a pass found. */
    public References placed(Placement where) {
        return new References(numbering, words, twoSided, where, asking);
    }

    public Placement placement() {
        return placement;
    }

    public Numbering numbering() {
        return numbering;
    }

    public ReferenceWords words() {
        return words;
    }

    /** Whether {@code chapter} holds a reference by page, and so is set again once pages are known. */
    public boolean asksForPages(Chapter chapter) {
        return asking.getOrDefault(chapter.id(), false);
    }

    /** Whether any chapter does. */
    public boolean asksForPages() {
        return asking.containsValue(true);
    }

    /** The words a reference prints, standing in {@code where}. */
    String text(Inline.Reference ref, BlockId where) {
        Optional<Numbering.Target> target = numbering.label(ref.label());
        if (target.isEmpty()) {
            return ref.label(); // reported when the sources were read
        }
        PagePlace at = placement.targets().get(target.get().anchor());
        Optional<String> folio = at == null ? Optional.of("00") : Optional.of(at.folio());
        Integer from =
                placement.references().get(new Occurrence(where, target.get().anchor()));
        return words.reference(target.get(), ref.form(), folio, proximity(at, from));
    }

    /** Where a reference links: its target's anchor, or nowhere when the label names nothing. */
    Destination.Anchor link(Inline.Reference ref) {
        return numbering
                .label(ref.label())
                .map(t -> new Destination.Anchor(t.chapterId(), t.anchor()))
                .orElse(null);
    }

    private ReferenceWords.Proximity proximity(PagePlace target, Integer from) {
        if (target == null || from == null) {
            return ReferenceWords.Proximity.ELSEWHERE;
        }
        int t = target.number();
        if (t == from) {
            return ReferenceWords.Proximity.SAME_PAGE;
        }
        if (twoSided && (from % 2 == 0 ? t == from + 1 : t == from - 1)) {
            return ReferenceWords.Proximity.FACING_PAGE;
        }
        if (t == from - 1) {
            return ReferenceWords.Proximity.PREVIOUS_PAGE;
        }
        return t == from + 1 ? ReferenceWords.Proximity.NEXT_PAGE : ReferenceWords.Proximity.ELSEWHERE;
    }
}
