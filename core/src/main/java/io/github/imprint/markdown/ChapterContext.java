package io.github.imprint.markdown;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.model.SourcePos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * What the builders share while one chapter is converted: the file, the book's links and heading ids,
 * the images, and the footnotes, numbered in the order of their first call.
 */
final class ChapterContext {

    final SourceFile source;
    final Diagnostics diagnostics;
    final ImageFiles images;
    final Links links;
    final Map<Heading, String> headingIds;
    final Map<String, FootnoteDefinition> definitions = new LinkedHashMap<>();
    final Map<String, Integer> noteNumbers = new LinkedHashMap<>();
    /** A link to a file that is no chapter of the book (a page of another book on the same site, say). */
    record Outside(String target, SourcePos pos) {}

    /** The chapter's links to files outside the book, said once for the whole book. */
    final List<Outside> outside = new ArrayList<>();

    /** What the chapter's raw HTML lost, said once per kind at the end. */
    final HtmlReport html = new HtmlReport();
    /** Link targets already warned of in this chapter, so a habit is said once, not at every link. */
    final Set<String> warnedTargets = new HashSet<>();
    /** The index marks read so far, for their ids. */
    int indexMarks;
    /** The level each heading of the book is set at (see {@link HeadingLevels}); null to take them as written. */
    Map<Heading, Integer> levels;

    ChapterContext(
            SourceFile source,
            Diagnostics diagnostics,
            ImageFiles images,
            Links links,
            Map<Heading, String> headingIds) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.images = images;
        this.links = links;
        this.headingIds = headingIds;
    }

    /** The number of the note {@code label}, given at its first call. */
    int noteNumber(String label) {
        return noteNumbers.computeIfAbsent(label, l -> noteNumbers.size() + 1);
    }

    static String noteId(int number) {
        return "fn-" + number;
    }

    SourcePos pos(Node node) {
        return source.pos(node);
    }
}
