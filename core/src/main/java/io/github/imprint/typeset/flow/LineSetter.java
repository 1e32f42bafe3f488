package io.github.imprint.typeset.flow;

import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Role;
import io.github.imprint.model.Inline;
import io.github.imprint.theme.Element;
import io.github.imprint.theme.Style;
import io.github.imprint.typeset.linebreak.BreakTrace;
import io.github.imprint.typeset.linebreak.FirstFit;
import io.github.imprint.typeset.linebreak.Item;
import io.github.imprint.typeset.linebreak.KnuthPlass;
import io.github.imprint.typeset.linebreak.ParagraphItems;
import io.github.imprint.typeset.linebreak.SetLine;
import io.github.imprint.typeset.paginate.Flow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts set lines into the flow, and is the one place that knows the two vertical rules of running
 * text.
 *
 * <p><b>The grid.</b> Running text (paragraphs, quotations, lists, boxes) keeps the body's leading, so
 * its lines sit on one baseline grid across the page. Blocks with a leading of their own (headings,
 * code, figures, tables) are padded to a whole number of body lines, and spaces between blocks are
 * whole lines too, so the text after them lands on the grid again.
 *
 * <p><b>Widows and orphans.</b> A page may not break inside the first two or the last two lines of a
 * paragraph (or of a code block), nor between a heading and what follows it ({@link #keepNext}); short
 * quotations and list items are kept whole ({@link #keepTogether}).
 */
public final class LineSetter {

    private final Cursor c;
    /** Whether the next line must stay on the page of the last one (after a heading, a caption). */
    boolean keepNext;
    /** Whether the next paragraph of the body is indented (it follows a paragraph). */
    boolean indentNext;
    /**
     * Justified lines in a row that ended with a hyphen, up to the last paragraph's last line. Chapters
     * are set in parallel, so a chapter cannot know how the one before ended: it assumes the limit is
     * reached, and its first line does not end with a hyphen.
     */
    private int trailingHyphens = 2;

    LineSetter(Cursor cursor) {
        this.c = cursor;
    }

    /** A justified paragraph; {@code label} (a list bullet) goes before its first line at {@code labelX}. */
    void paragraph(List<Inline> content, Region region, long indent, SetLine label, long labelX) {
        Style style = c.theme.style(region.element());
        BlockId block = c.structure.leaf(region.role(), c.at);
        ParagraphMemo memo = c.trace == null ? c.memo : null;
        ParagraphMemo.Kept kept = memo == null ? null : memo.find(content, region, indent, trailingHyphens, block);
        if (kept != null) {
            again(kept, region, label, labelX);
            return;
        }
        int hyphensBefore = trailingHyphens;
        int anchorsBefore = c.anchors.size();
        int spotsBefore = c.spots.size();
        int missingBefore = c.missing.size();
        ParagraphItems items = new ParagraphItems(
                        c.shaper, c.theme.fonts().protrusion(), c.theme.fonts().expansion(), c::missing)
                .capitalised(c.theme.hyphenation().capitalised())
                .rightToLeft(c.rightToLeft)
                .indent(indent);
        c.runs.add(items, content, InlineRuns.context(c.theme, style, region.role(), block, c.hyphenator));
        List<Item> list = items.finish();
        boolean justified = style.align() == Style.Align.JUSTIFY;
        BreakTrace trace = c.trace == null
                ? null
                : new BreakTrace("% paragraph at " + c.at + ", measure " + BreakTrace.points(region.width())
                        + (justified ? ", justified" : ", ragged"));
        KnuthPlass.Result result = justified
                ? KnuthPlass.breakLines(
                        list,
                        region.width(),
                        KnuthPlass.Parameters.imprint(style.size().millipoints() * 3 / 2),
                        trailingHyphens,
                        trace)
                : FirstFit.breakLines(list, region.width(), trace);
        if (trace != null) {
            c.trace.append(trace).append('\n');
        }
        c.statistics.paragraphs++;
        if (result.pass() == 2) {
            c.statistics.secondPass++;
        } else if (result.pass() >= 3) {
            c.statistics.emergency++;
        }
        SetLine.Alignment alignment = switch (style.align()) {
            case JUSTIFY -> SetLine.Alignment.JUSTIFY;
            case CENTER -> SetLine.Alignment.CENTER;
            case RIGHT -> SetLine.Alignment.RIGHT;
            case LEFT -> SetLine.Alignment.LEFT;
        };
        List<SetLine> lines = SetLine.set(list, result.lines(), region.width(), alignment, c.rightToLeft);
        if (alignment == SetLine.Alignment.JUSTIFY) {
            for (int j = 0; j < lines.size() - 1; j++) {
                trailingHyphens = lines.get(j).hyphenated() ? trailingHyphens + 1 : 0;
            }
        }
        lines(lines, region.x(), c.leading, label, labelX, true);
        overfull(result.overfull());
        if (memo != null) {
            memo.keep(
                    content,
                    new ParagraphMemo.Kept(
                            region,
                            indent,
                            hyphensBefore,
                            block,
                            lines,
                            trailingHyphens,
                            result.pass(),
                            result.overfull(),
                            tail(c.anchors, anchorsBefore),
                            tail(c.spots, spotsBefore),
                            tail(c.missing, missingBefore)));
        }
    }

    /** A paragraph as an earlier pass set it: its lines, and what setting it recorded, again. */
    private void again(ParagraphMemo.Kept kept, Region region, SetLine label, long labelX) {
        kept.anchors().forEach(c.anchors::putIfAbsent);
        kept.spots().forEach(c.spots::putIfAbsent);
        kept.missing().forEach(c.missing::putIfAbsent);
        c.statistics.paragraphs++;
        if (kept.pass() == 2) {
            c.statistics.secondPass++;
        } else if (kept.pass() >= 3) {
            c.statistics.emergency++;
        }
        trailingHyphens = kept.hyphensAfter();
        lines(kept.lines(), region.x(), c.leading, label, labelX, true);
        overfull(kept.overfull());
    }

    private void overfull(int lines) {
        if (lines > 0) {
            c.statistics.overfull += lines;
            c.diagnostics.warning(
                    c.at,
                    "a line of this paragraph is wider than the measure",
                    "a word too long to break; consider a shorter word or a URL with slashes");
        }
    }

    /** The entries put in {@code map} after its first {@code from}, in order. */
    private static <K, V> Map<K, V> tail(Map<K, V> map, int from) {
        Map<K, V> added = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<K, V> e : map.entrySet()) {
            if (i++ >= from) {
                added.put(e.getKey(), e.getValue());
            }
        }
        return added;
    }

    /**
     * The lines of one paragraph or code block, in the flow: no page break within the first or last two
     * lines, nor before the first when the block is kept with what precedes it.
     *
     * @param counted whether the lines count in the statistics (a paragraph's do, code's do not)
     */
    void lines(List<SetLine> lines, long x, long lineHeight, SetLine label, long labelX, boolean counted) {
        int k = lines.size();
        for (int j = 0; j < k; j++) {
            boolean breakBefore = j == 0 ? !keepNext : j >= 2 && j <= k - 2;
            SetLine line = lines.get(j);
            c.flow.add(
                    new Flow.Line(line, x, lineHeight, ascent(lineHeight), breakBefore, j == 0 ? label : null, labelX));
            if (counted) {
                c.statistics.lines++;
                if (line.hyphenated()) {
                    c.statistics.hyphenated++;
                }
            }
        }
        keepNext = false;
    }

    /** Where the baseline of a line of {@code lineHeight} sits below its top. */
    public static long ascent(long lineHeight) {
        return lineHeight * 3 / 4;
    }

    /** Ragged lines of {@code element} at its own alignment (see {@link #ragged(List, Element, Role, long, long, SetLine.Alignment, boolean)}). */
    public void ragged(List<Inline> content, Element element, Role role, long x, long width) {
        ragged(content, element, role, x, width, alignment(element), false);
    }

    public void ragged(
            List<Inline> content, Element element, Role role, long x, long width, SetLine.Alignment alignment) {
        ragged(content, element, role, x, width, alignment, false);
    }

    private SetLine.Alignment alignment(Element element) {
        return switch (c.theme.style(element).align()) {
            case CENTER -> SetLine.Alignment.CENTER;
            case RIGHT -> SetLine.Alignment.RIGHT;
            default -> SetLine.Alignment.LEFT;
        };
    }

    /**
     * Ragged lines in an element's own style and leading, padded to whole body lines so running text
     * after it stays on the grid; kept with what follows.
     */
    void ragged(
            List<Inline> content,
            Element element,
            Role role,
            long x,
            long width,
            SetLine.Alignment alignment,
            boolean bold) {
        Style style = c.theme.style(element);
        ParagraphItems items = new ParagraphItems(c.shaper, false, false, c::missing).rightToLeft(c.rightToLeft);
        InlineRuns.Context context =
                InlineRuns.context(c.theme, style, role, c.structure.leaf(role, c.at), Optional.empty());
        if (bold) {
            context = InlineRuns.bold(context);
        }
        c.runs.add(items, content, context);
        List<Item> list = items.finish();
        List<SetLine> lines =
                SetLine.set(list, FirstFit.breakLines(list, width).lines(), width, alignment, c.rightToLeft);
        long lineHeight = style.leading().millipoints();
        boolean first = true;
        for (SetLine line : lines) {
            c.flow.add(new Flow.Line(line, x, lineHeight, ascent(lineHeight), first && !keepNext, null, 0));
            first = false;
            keepNext = true;
        }
        long total = lines.size() * lineHeight + style.spaceAfter().millipoints();
        long padded = roundUp(total);
        c.flow.add(new Flow.Space(padded - lines.size() * lineHeight, false));
        keepNext = true;
    }

    /** {@code height} rounded up to whole body lines. */
    public long roundUp(long height) {
        return (height + c.leading - 1) / c.leading * c.leading;
    }

    /**
     * Space between blocks, in whole body lines (at least one); a page may end there unless kept. A
     * space of two lines or more, or one that follows another space, may give up a line to fill a page
     * that would end short.
     */
    public void space(long amount) {
        if (amount <= 0) {
            return;
        }
        long lines = Math.max(1, Math.round(amount / (double) c.leading));
        // two lines or more, alone or with the space just before (a heading's, after it)
        boolean twoLines = lines >= 2 || !c.flow.isEmpty() && c.flow.get(c.flow.size() - 1) instanceof Flow.Space;
        c.flow.add(new Flow.Space(lines * c.leading, !keepNext, twoLines ? c.leading : 0));
    }

    /** A fixed space, which no page break may fall in. */
    public void fixedSpace(long height) {
        c.flow.add(new Flow.Space(height, false));
    }

    /** What follows starts afresh: kept with nothing before it. */
    public void release() {
        keepNext = false;
    }

    /** Forbids page breaks inside the flow from {@code first} on, if it holds at most {@code maxLines} lines. */
    void keepTogether(int first, int maxLines) {
        List<Flow> flow = c.flow;
        long lines = flow.subList(first, flow.size()).stream()
                .filter(Flow.Line.class::isInstance)
                .count();
        if (lines > maxLines) {
            return;
        }
        boolean seenLine = false;
        for (int f = first; f < flow.size(); f++) {
            if (flow.get(f) instanceof Flow.Line line) {
                if (seenLine) {
                    flow.set(
                            f,
                            new Flow.Line(
                                    line.line(),
                                    line.x(),
                                    line.height(),
                                    line.ascent(),
                                    false,
                                    line.label(),
                                    line.labelX(),
                                    line.bar()));
                }
                seenLine = true;
            } else if (flow.get(f) instanceof Flow.Space space && seenLine) {
                flow.set(f, new Flow.Space(space.height(), false, space.shrink()));
            }
        }
    }
}
