package io.github.imprint.typeset.flow;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Spot;
import io.github.imprint.model.Chapter;
import io.github.imprint.model.Direction;
import io.github.imprint.model.Publication;
import io.github.imprint.model.SourcePos;
import io.github.imprint.theme.Element;
import io.github.imprint.theme.Theme;
import io.github.imprint.typeset.hyphen.Hyphenator;
import io.github.imprint.typeset.linebreak.BreakTrace;
import io.github.imprint.typeset.paginate.Flow;
import io.github.imprint.typeset.paginate.NoteLines;
import io.github.imprint.typeset.paginate.PageFrame;
import io.github.imprint.typeset.shape.Shaper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the walk through one chapter stands, and what it has set so far: the flow, the footnotes, the
 * anchors, the characters no font has, the structure. It also holds what every block needs to be set:
 * the theme, the frame, the shaper and the chapter's hyphenation. One cursor serves one chapter on one
 * thread.
 */
public final class Cursor {

    final Theme theme;
    final PageFrame frame;
    final Publication publication;
    final Chapter chapter;
    final int chapterIndex;
    final Shaper shaper;
    final InlineRuns runs;
    /** The publication's numbers and cross-references, with the pages of the pass before, if any. */
    final References references;

    final Optional<Hyphenator> hyphenator;
    final Function<String, Optional<Hyphenator>> hyphenators;
    /** The body's leading: the pitch of the baseline grid. */
    final long leading;
    /** Whether the chapter's language is written right to left, as its paragraphs then are. */
    final boolean rightToLeft;

    final Diagnostics diagnostics = new Diagnostics();
    final Statistics statistics = new Statistics();
    final List<Flow> flow = new ArrayList<>();
    final Map<Destination.Note, NoteLines> notes = new LinkedHashMap<>();
    final Map<Integer, SourcePos> missing = new LinkedHashMap<>();
    final Map<Destination, BlockId> anchors = new LinkedHashMap<>();
    final Map<Destination, Spot> spots = new LinkedHashMap<>();
    final StructureRecorder structure;
    final LineSetter lines;
    /** The source position of the block being set, for messages and the structure. */
    SourcePos at;
    /** The paragraphs an earlier pass set, to take again where their words did not change; or null. */
    ParagraphMemo memo;
    /** The paragraphs' trace, when one is asked for; else null. */
    StringBuilder trace;

    /**
     * @param chapterIndex the chapter to set; the front matter of a book is set as the part after the
     *                     last chapter, with the last chapter's language
     */
    public Cursor(
            Theme theme,
            PageFrame frame,
            Publication publication,
            int chapterIndex,
            Shaper shaper,
            Function<String, Optional<Hyphenator>> hyphenators,
            References references) {
        this.theme = theme;
        this.references = references;
        this.frame = frame;
        this.publication = publication;
        this.chapter = publication
                .chapters()
                .get(Math.min(chapterIndex, publication.chapters().size() - 1));
        this.chapterIndex = chapterIndex;
        this.shaper = shaper;
        this.runs = new InlineRuns(theme, chapterIndex, chapter.id(), anchors, spots, hyphenators, references);
        this.leading = theme.style(Element.BODY).leading().millipoints();
        this.hyphenators = hyphenators;
        String language = chapter.language().orElse(publication.metadata().language());
        this.hyphenator = hyphenators.apply(language);
        this.rightToLeft = Direction.of(language).rightToLeft();
        this.at = chapter.pos();
        this.structure = new StructureRecorder(chapterIndex);
        this.lines = new LineSetter(this);
    }

    public Theme theme() {
        return theme;
    }

    public PageFrame frame() {
        return frame;
    }

    public Publication publication() {
        return publication;
    }

    public Shaper shaper() {
        return shaper;
    }

    /** Whether the chapter's paragraphs run right to left. */
    public boolean rightToLeft() {
        return rightToLeft;
    }

    public long leading() {
        return leading;
    }

    /** The flow set so far. */
    public List<Flow> flow() {
        return flow;
    }

    public LineSetter lines() {
        return lines;
    }

    public StructureRecorder structure() {
        return structure;
    }

    /** The source position blocks set now are reported at. */
    public SourcePos at() {
        return at;
    }

    /** Notes a character that no font has, at the block being set. */
    public void missing(int codePoint) {
        missing.putIfAbsent(codePoint, at);
    }

    /** Keeps a trace of how each paragraph is broken (see {@link BreakTrace}). */
    public Cursor traced() {
        trace = new StringBuilder();
        return this;
    }

    /** What the chapter came to, once its blocks are set. */
    public SetChapter result() {
        return new SetChapter(
                chapterIndex,
                flow,
                notes,
                missing,
                anchors,
                spots,
                statistics,
                structure.nodes(),
                diagnostics,
                trace == null ? "" : trace.toString());
    }
}
