package io.github.imprint.epub;

import io.github.imprint.model.Block;
import io.github.imprint.model.Chapter;
import io.github.imprint.model.Inline;
import io.github.imprint.model.Publication;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of contents as a tree, built once and written twice: as the EPUB 3 navigation document's
 * {@code toc} and as the NCX's {@code navMap}. Entries are the headings down to the theme's depth, in
 * reading order; a chapter without headings is entered under its title; an article's headline heads
 * its own list. A chapter nested deeper in the book's outline than the depth shows is entered under
 * its title at its depth, so every chapter can be reached; a part's title stands among them. Levels
 * that skip (h1 to h3) nest one step, as both formats need.
 */
final class Contents {

    /** One entry and the entries under it. */
    record Entry(String label, String href, List<Entry> children) {}

    private Contents() {}

    static List<Entry> of(Publication publication, int depth) {
        List<int[]> levels = new ArrayList<>();
        List<Entry> flat = new ArrayList<>();
        for (Chapter chapter : publication.chapters()) {
            String file = ChapterDocument.fileName(chapter);
            if (chapter.part().isPresent()) {
                // a part's title stands among the chapters, as a heading over those that follow
                flat.add(new Entry(chapter.part().get(), file, new ArrayList<>()));
                levels.add(new int[] {1});
            }
            if (publication.kind() == Publication.Kind.ARTICLE) {
                flat.add(new Entry(publication.metadata().title(), file, new ArrayList<>()));
                levels.add(new int[] {0});
            }
            boolean any = false;
            for (Block block : chapter.blocks()) {
                if (block instanceof Block.Heading h && h.level() <= depth) {
                    String label = Inline.plainText(h.content());
                    flat.add(new Entry(label.isEmpty() ? "…" : label, file + "#" + h.id(), new ArrayList<>()));
                    levels.add(new int[] {h.level()});
                    any = true;
                }
            }
            if (!any && publication.kind() == Publication.Kind.BOOK) {
                flat.add(new Entry(chapter.title().orElse(publication.metadata().title()), file, new ArrayList<>()));
                levels.add(new int[] {chapter.depth()});
            }
        }
        return nest(flat, levels);
    }

    private static List<Entry> nest(List<Entry> flat, List<int[]> levels) {
        List<Entry> roots = new ArrayList<>();
        List<Entry> stack = new ArrayList<>();
        List<Integer> stackLevels = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            int level = levels.get(i)[0];
            while (!stackLevels.isEmpty() && stackLevels.get(stackLevels.size() - 1) >= level) {
                stack.remove(stack.size() - 1);
                stackLevels.remove(stackLevels.size() - 1);
            }
            Entry entry = flat.get(i);
            (stack.isEmpty() ? roots : stack.get(stack.size() - 1).children()).add(entry);
            stack.add(entry);
            stackLevels.add(level);
        }
        return roots;
    }
}
