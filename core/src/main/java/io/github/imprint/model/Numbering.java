package io.github.imprint.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers of a publication's figures, tables and listings, and the places a cross-reference can
 * name.
 *
 * <p>A figure, table or code block is numbered when it has a caption or a label; a code block so
 * given is a listing. Each kind is counted on its own, in reading order, either through the whole
 * book ("Figure 12") or per chapter ("Figure 3.2": the third chapter at the top of the outline, its
 * sections counted with it), as the theme's {@code numbering} says; an article, having one chapter, is
 * always counted through. With {@code none} nothing is numbered, and a reference names its target by
 * kind and page.
 *
 * <p>A target has an anchor, the id both editions put on it: its label when the author gave one,
 * otherwise one made from its chapter and number, so lists of figures can link to it too. Headings
 * are targets by their ids ({@code {#sec-…}}). A label given twice is kept at its first place and the
 * second is listed in {@link #duplicates()}, for the reader of the sources to report.
 *
 * <p>The numbering is a pure function of the publication: both editions compute it and agree, and
 * they find a block's number by the block itself (the model's records are shared, not copied).
 */
public final class Numbering {

    /** How figures, tables and listings are counted. */
    public enum Mode {
        CHAPTER,
        BOOK,
        NONE
    }

    public enum Kind {
        FIGURE,
        TABLE,
        LISTING,
        SECTION
    }

    /**
     * What a reference can point to.
     *
     * @param number "3.2", or empty for a heading or when nothing is numbered
     * @param anchor the id both editions give it, unique in the publication
     * @param title  a heading's words, for a reference to it; a block's caption, for the lists
     */
    public record Target(Kind kind, String number, String chapterId, String anchor, List<Inline> title, SourcePos pos) {
        public Target {
            title = List.copyOf(title);
        }
    }

    /** A label given to two places. */
    public record Duplicate(String label, SourcePos first, SourcePos again) {}

    private final Map<Block, Target> byBlock = new IdentityHashMap<>();
    private final Map<String, Target> byLabel = new LinkedHashMap<>();
    private final Map<String, Target> byAnchor = new LinkedHashMap<>();
    private final List<Duplicate> duplicates = new ArrayList<>();

    private Numbering() {}

    public static Numbering of(Publication publication, Mode mode) {
        Numbering numbering = new Numbering();
        boolean perChapter = mode == Mode.CHAPTER && publication.kind() == Publication.Kind.BOOK;
        int chapterNumber = 0;
        int[] counts = new int[Kind.values().length];
        for (Chapter chapter : publication.chapters()) {
            if (chapter.depth() == 1) {
                chapterNumber++;
                if (perChapter) {
                    counts = new int[Kind.values().length];
                }
            }
            String prefix = perChapter ? chapterNumber + "." : "";
            int[] kept = counts;
            chapter.accept(new Visitor() {
                @Override
                public void visitBlock(Block block) {
                    numbering.visit(block, chapter.id(), mode, prefix, kept);
                }
            });
        }
        return numbering;
    }

    private void visit(Block block, String chapterId, Mode mode, String prefix, int[] counts) {
        if (block instanceof Block.Heading heading
                && heading.id() != null
                && heading.id().startsWith("sec-")) {
            Target target = new Target(Kind.SECTION, "", chapterId, heading.id(), heading.content(), heading.pos());
            add(heading.id(), target);
            byAnchor.putIfAbsent(heading.id(), target);
            return;
        }
        Kind kind;
        String label;
        List<Inline> caption;
        if (block instanceof Block.Figure figure) {
            kind = Kind.FIGURE;
            label = figure.label();
            caption = figure.caption();
        } else if (block instanceof Block.Table table) {
            kind = Kind.TABLE;
            label = table.label();
            caption = table.caption();
        } else if (block instanceof Block.CodeBlock code) {
            kind = Kind.LISTING;
            label = code.label();
            caption = code.caption();
        } else {
            return;
        }
        if (caption.isEmpty() && label.isEmpty()) {
            return;
        }
        int n = ++counts[kind.ordinal()];
        String number = mode == Mode.NONE ? "" : prefix + n;
        String anchor = label.isEmpty() ? kind.name().toLowerCase(Locale.ROOT) + "-" + chapterId + "-" + n : label;
        Target target = new Target(kind, number, chapterId, anchor, caption, block.pos());
        byBlock.put(block, target);
        byAnchor.putIfAbsent(anchor, target);
        if (!label.isEmpty()) {
            add(label, target);
        }
    }

    private void add(String label, Target target) {
        Target first = byLabel.putIfAbsent(label, target);
        if (first != null) {
            duplicates.add(new Duplicate(label, first.pos(), target.pos()));
        }
    }

    /** The number and anchor of a figure, table or listing, if it is numbered. */
    public Optional<Target> of(Block block) {
        return Optional.ofNullable(byBlock.get(block));
    }

    /** What a label names, if anything. */
    public Optional<Target> label(String label) {
        return Optional.ofNullable(byLabel.get(label));
    }

    /** What stands at an anchor: a numbered block's, or a heading's that references name. */
    public Optional<Target> anchor(String anchor) {
        return Optional.ofNullable(byAnchor.get(anchor));
    }

    /** The anchors of every numbered block and every heading labelled {@code sec-…}, in reading order. */
    public List<String> anchors() {
        return List.copyOf(byAnchor.keySet());
    }

    /** The numbered blocks of a kind, in reading order. */
    public List<Target> all(Kind kind) {
        return byAnchor.values().stream().filter(t -> t.kind() == kind).toList();
    }

    /** The labels, in reading order. */
    public List<String> labels() {
        return List.copyOf(byLabel.keySet());
    }

    /** Labels given twice or more, each at its second place. */
    public List<Duplicate> duplicates() {
        return List.copyOf(duplicates);
    }
}
