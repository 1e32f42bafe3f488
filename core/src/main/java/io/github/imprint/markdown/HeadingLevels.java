package io.github.imprint.markdown;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.model.SourcePos;
import java.util.IdentityHashMap;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The level each heading of the book is set at, so that levels never skip in reading order, as PDF/UA
 * and the EPUB accessibility rules require whatever the author's habits. A chapter nested in the
 * book's outline sets its headings as many levels down as it stands deep (a section's {@code #} is a
 * level-2 heading); any heading, inside quotations, asides and lists too, may then go at most one level
 * below the heading before it, in this chapter or the ones before. A jump (level 1, then 4) is set at
 * the next level down (2), and said once per file: at the first such heading, with how many more
 * there are. Runs over the parsed chapters in reading order, before they are converted.
 */
final class HeadingLevels {

    private final Map<Heading, Integer> levels = new IdentityHashMap<>();
    private int previous;

    /** @param before the level of the heading above the first chapter: 1 under an article's title, else 0 */
    HeadingLevels(int before) {
        this.previous = before;
    }

    Map<Heading, Integer> levels() {
        return levels;
    }

    /** Gives the headings of one chapter, at {@code depth} in the outline, their levels. */
    void assign(SourceFile source, Node document, int depth, Diagnostics diagnostics) {
        int[] jumps = {0};
        SourcePos[] first = {null};
        int[] firstLevels = {0, 0, 0};
        HeadingIds.visit(document, 0, heading -> {
            int wanted = Math.min(6, heading.getLevel() + depth - 1);
            int level = Math.min(wanted, previous + 1);
            if (level < wanted && jumps[0]++ == 0) {
                first[0] = source.pos(heading);
                firstLevels[0] = wanted;
                firstLevels[1] = previous;
                firstLevels[2] = level;
            }
            levels.put(heading, level);
            previous = level;
        });
        if (jumps[0] > 0) {
            diagnostics.warning(
                    first[0],
                    "a level-" + firstLevels[0] + " heading after a level-" + firstLevels[1] + " one is set at level "
                            + firstLevels[2] + ", so heading levels never skip"
                            + (jumps[0] > 1 ? "; " + (jumps[0] - 1) + " more in this file" : ""),
                    "use the next level down (## under #), or leave it: the editions set it so either way");
        }
    }
}
