package io.github.imprint.typeset.paginate;

import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.Placed;
import io.github.imprint.layout.Role;
import io.github.imprint.typeset.linebreak.SetLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Fills pages from a flow, as TeX's page builder does, but simpler: no glue between lines, so body
 * lines stay on the baseline grid the flow was built on.
 *
 * <p><b>Strategy.</b> Elements are added to the page while they fit. When one does not, the page ends
 * at the last place where a break is allowed ({@link Flow#breakBefore()}), which keeps two lines of a
 * paragraph on each side of a break, a heading with what follows, a figure with its caption; only if
 * the page has no such place does it end where it is. A page that would so end less than four fifths
 * full, before a heading and what it keeps (The Cargo Book's {@code OPTIONS}, {@code Display Options},
 * an option and its first lines), is filled again with the spaces from there on a line shorter where
 * they may give one up ({@link Flow.Space#shrink()}), and takes the chain if it then fits; whole lines,
 * so the grid holds. A line that calls footnotes brings their height
 * with it; notes are set at the foot of the page under a short rule, and a note too long for the
 * space left continues at the foot of the next page. Spaces at the top of a page vanish. Every page
 * gets its folio, centred in the bottom margin, and all but a chapter's first page its running head,
 * centred in the top margin, both as artifacts; a chapter that must start on a recto is preceded by a
 * blank verso where needed. A table row that starts a page brings its table's header row above it.
 *
 * <p><b>Floats.</b> A figure that does not fit where it stands waits for the top of the next page and
 * the text after it fills this one; floats keep their order, as LaTeX's do, so once one waits every
 * later one waits behind it.
 *
 * <p><b>Tracing.</b> Given a {@link PageTrace}, the builder tells for each page how full it is, why it
 * ends where it does, the floats it passes on and the footnote lines it carries over.
 */
public final class PageBuilder {

    private static final long NOTE_GAP = 9_000;
    private static final long RULE = 400;

    private final PageFrame frame;
    private final Map<Destination.Note, NoteLines> notes;
    private final Function<String, SetLine> folio;
    private final Running running;
    private final boolean roman;
    private final boolean folios;
    private final long folioBaseline;
    /** Where the builder tells its decisions, or null. */
    private PageTrace trace;

    /** How the pages a builder makes are numbered. */
    public enum Numbering {
        /** Arabic folios, printed as the pages are made. */
        ARABIC,
        /** Lower-case roman folios, as front matter's are; a page begun by a bare {@link Flow.NewPage} has none. */
        ROMAN,
        /**
         * Arabic folios printed later: a chapter paginated on its own gets them when its place among the
         * others is known (see {@link #folio(Page, int)}).
         */
        LATER
    }

    /**
     * @param notes     the footnotes the flow's lines call, by number
     * @param running   the running heads, and how a head or a folio is set (centred in the measure)
     * @param numbering how the pages are numbered
     */
    public PageBuilder(PageFrame frame, Map<Destination.Note, NoteLines> notes, Running running, Numbering numbering) {
        this.folios = numbering != Numbering.LATER;
        this.roman = numbering == Numbering.ROMAN;
        this.running = running;
        this.frame = frame;
        this.notes = notes;
        this.folio = running.head();
        this.folioBaseline = frame.height() - frame.bottom() / 2;
    }

    /** Tells {@code trace} why each page ends where it does. */
    public PageBuilder traced(PageTrace trace) {
        this.trace = trace;
        return this;
    }

    /** A page's content: what is on it in order, where the flow continues, and the floats it passes on. */
    /**
     * @param shortAtKeep  whether the page ends at a kept chain's start with less than four fifths of it
     *                     filled
     * @param squeezedFrom where the spaces that gave up their shrink begin (the flow's size for none)
     */
    private record Filled(
            List<Flow> content, int end, List<Flow.Unit> deferred, boolean shortAtKeep, int squeezedFrom) {}

    /**
     * Running heads: the publication's title on versos, the chapter's on rectos, none on a page that
     * opens a chapter.
     *
     * @param head sets a running head's text, centred in the measure
     */
    public record Running(String title, String firstChapter, Function<String, SetLine> head) {}

    public List<Page> build(List<Flow> flow) {
        List<Page> pages = new ArrayList<>();
        List<Flow.Line> carried = new ArrayList<>();
        List<Flow.Unit> floats = new ArrayList<>();
        String chapter = running == null ? "" : running.firstChapter();
        boolean opening = true;
        int i = 0;
        int n = flow.size();
        while (i < n || !carried.isEmpty() || !floats.isEmpty()) {
            boolean recto = false;
            boolean bare = false;
            while (i < n && (flow.get(i) instanceof Flow.Space || flow.get(i) instanceof Flow.NewPage)) {
                if (flow.get(i) instanceof Flow.NewPage start) {
                    opening = true;
                    chapter = start.title();
                    recto |= start.recto();
                    bare = start.bare();
                }
                i++;
            }
            if (i >= n && carried.isEmpty() && floats.isEmpty()) {
                break;
            }
            if (recto && (pages.size() + 1) % 2 == 0 && carried.isEmpty() && floats.isEmpty()) {
                pages.add(new Page(
                        pages.size() + 1, folioText(pages.size() + 1), frame.width(), frame.height(), List.of()));
                if (trace != null) {
                    trace.blank();
                }
            }
            Filled page = fill(flow, i, floats, height(carried), flow.size(), false);
            if (page.shortAtKeep()) {
                // the page would end short before a kept chain (a heading and what must follow it):
                // the spaces from there on give up what they may, and the chain comes onto this page
                Filled squeezed = fill(flow, i, floats, height(carried), page.end(), false);
                if (squeezed.end() > page.end() && !squeezed.shortAtKeep()) {
                    page = squeezed;
                }
            }
            if (trace != null) {
                page = fill(flow, i, floats, height(carried), page.squeezedFrom(), true);
            }
            int number = pages.size() + 1;
            String head = opening || running == null ? null : number % 2 == 0 ? running.title() : chapter;
            pages.add(render(number, page.content(), carried, head, !bare));
            if (trace != null) {
                trace.done();
            }
            opening = false;
            i = page.end();
            floats = page.deferred();
        }
        return pages;
    }

    /**
     * Fills the page that starts at {@code start}, after the floats deferred from the page before. It
     * ends at the last allowed break before the first element that does not fit; a float that does not
     * fit is deferred, and what follows it fills the page.
     */
    private Filled fill(
            List<Flow> flow, int start, List<Flow.Unit> floats, long carriedNotes, int squeezeFrom, boolean report) {
        long available = frame.textHeight();
        // a turned page that waits takes a page to itself; the floats behind it wait on
        List<Flow.Unit> waiting =
                floats.isEmpty() || !floats.get(0).turned() ? List.of() : floats.subList(1, floats.size());
        List<Flow> content = new ArrayList<>(waiting.isEmpty() ? floats : floats.subList(0, 1));
        List<Integer> indices = new ArrayList<>();
        content.forEach(f -> indices.add(-1));
        long y = 0;
        for (Flow f : content) {
            y += f.height();
        }
        long noteHeight = carriedNotes > 0 ? carriedNotes + NOTE_GAP : 0;
        List<Destination.Note> onPage = new ArrayList<>();
        List<Flow.Unit> deferred = new ArrayList<>(waiting);
        List<Integer> deferredAt = new ArrayList<>();
        waiting.forEach(f -> deferredAt.add(-1));
        int lastBreak = -1;
        int end = flow.size();
        // why the page ends where it does, told to the trace (worded there, only when one is kept)
        PageTrace.Ending ending = PageTrace.Ending.CHAPTER_ENDS;
        int stopAt = -1;
        for (int k = start; k < flow.size(); k++) {
            Flow item = k >= squeezeFrom && flow.get(k) instanceof Flow.Space space ? space.squeezed() : flow.get(k);
            boolean empty = content.isEmpty();
            if (item instanceof Flow.NewPage) {
                end = empty ? k + 1 : k;
                if (!empty) {
                    ending = PageTrace.Ending.NEW_CHAPTER;
                    break;
                }
                continue;
            }
            if (!empty && item.breakBefore()) {
                lastBreak = k;
            }
            long extra = 0;
            for (Destination.Note key : calls(item)) {
                if (!onPage.contains(key) && notes.containsKey(key)) {
                    extra += (noteHeight == 0 && extra == 0 ? NOTE_GAP : 0)
                            + height(notes.get(key).lines());
                }
            }
            Flow.Unit repeated = empty && item instanceof Flow.Unit row ? row.header() : null;
            long itemHeight = (item instanceof Flow.Space && empty ? 0 : item.height())
                    + (repeated == null ? 0 : repeated.height());
            boolean fits = y + itemHeight + noteHeight + Math.min(extra, minimumNote(item)) <= available;
            // floats keep their order: once one waits for the next page, every later one waits too
            boolean behindAFloat = item instanceof Flow.Unit later && later.floating() && !deferred.isEmpty();
            if (!fits || behindAFloat) {
                if (item instanceof Flow.Unit unit && unit.floating() && !empty) {
                    deferred.add(unit);
                    deferredAt.add(k);
                    continue;
                }
                stopAt = k;
                if (item instanceof Flow.Space) {
                    end = k;
                    ending = PageTrace.Ending.AT_SPACE;
                } else if (lastBreak > start && !empty) {
                    end = lastBreak;
                    ending = PageTrace.Ending.AT_LAST_BREAK;
                } else {
                    end = empty ? k + 1 : k;
                    ending = empty ? PageTrace.Ending.ALONE : PageTrace.Ending.NO_BREAK;
                    if (empty) {
                        content.add(item);
                        indices.add(k);
                    }
                }
                break;
            }
            if (repeated != null) {
                content.add(repeated);
                indices.add(k);
            }
            content.add(item);
            indices.add(k);
            y += itemHeight;
            noteHeight += extra;
            for (Destination.Note key : calls(item)) {
                if (!onPage.contains(key)) {
                    onPage.add(key);
                }
            }
        }
        int cut = end;
        List<Flow> kept = new ArrayList<>();
        for (int c = 0; c < content.size(); c++) {
            if (indices.get(c) < cut) {
                kept.add(content.get(c));
            }
        }
        List<Flow.Unit> passed = new ArrayList<>();
        for (int d = 0; d < deferred.size(); d++) {
            if (deferredAt.get(d) < cut) {
                passed.add(deferred.get(d));
            }
        }
        long used = 0;
        for (Flow f : kept) {
            used += f.height();
        }
        if (report) {
            int lines = 0;
            int units = 0;
            for (Flow f : kept) {
                lines += f instanceof Flow.Line ? 1 : 0;
                units += f instanceof Flow.Unit ? 1 : 0;
            }
            trace.page(used, available, lines, units);
            trace.ends(
                    ending,
                    stopAt < 0 ? null : flow.get(stopAt),
                    end < flow.size() ? flow.get(end) : null,
                    stopAt < 0 ? 0 : stopAt - end);
            trace.deferred(passed.size());
        }
        boolean shortAtKeep = ending == PageTrace.Ending.AT_LAST_BREAK && used * 5 < available * 4;
        return new Filled(kept, cut, passed, shortAtKeep, squeezeFrom);
    }

    /** What of a line's new notes must fit on its page: their first two lines, the rest may continue. */
    private long minimumNote(Flow item) {
        long total = 0;
        for (Destination.Note key : calls(item)) {
            NoteLines note = notes.get(key);
            if (note != null) {
                List<Flow.Line> lines = note.lines();
                total += height(lines.subList(0, Math.min(2, lines.size())));
            }
        }
        return total == 0 ? 0 : total + NOTE_GAP;
    }

    private static List<Destination.Note> calls(Flow item) {
        if (item instanceof Flow.Line line) {
            return line.line().notes();
        }
        if (item instanceof Flow.Unit unit) {
            return unit.notes();
        }
        return List.of();
    }

    private static long height(List<Flow.Line> lines) {
        long h = 0;
        for (Flow.Line line : lines) {
            h += line.height();
        }
        return h;
    }

    /**
     * A page of a chapter paginated on its own, as page {@code number} of the whole: numbered, and with
     * its folio unless it is blank.
     */
    public Page folio(Page page, int number) {
        String text = folioText(number);
        if (page.items().isEmpty()) {
            return new Page(number, text, page.width(), page.height(), page.items());
        }
        List<Placed> items = new ArrayList<>(page.items());
        items.addAll(folio.apply(text).place(frame.left(number), folioBaseline));
        return new Page(number, text, page.width(), page.height(), items, page.turn());
    }

    /** A page's number as printed: arabic, or roman in front matter. */
    private String folioText(int number) {
        return roman ? Folio.roman(number) : Integer.toString(number);
    }

    private Page render(int number, List<Flow> content, List<Flow.Line> carried, String head, boolean furnished) {
        // content holds the page's elements in order, floats from the page before first
        List<Placed> items = new ArrayList<>();
        long left = frame.left(number);
        long y = frame.top();
        Map<Destination.Note, Boolean> called = new LinkedHashMap<>();
        boolean top = true;
        Page.Turn turn = null;
        for (Flow item : content) {
            if (item instanceof Flow.Space space) {
                if (!top) {
                    y += space.height();
                }
                continue;
            }
            top = false;
            if (item instanceof Flow.Line line) {
                if (line.bar() != null) {
                    items.add(new Placed.Rule(
                            left + line.bar().x(),
                            y,
                            line.bar().width(),
                            line.height(),
                            line.bar().rgb(),
                            Role.ARTIFACT));
                }
                if (line.label() != null) {
                    items.addAll(line.label().place(left + line.labelX(), y + line.ascent()));
                }
                items.addAll(line.line().place(left + line.x(), y + line.ascent()));
                line.line().notes().forEach(key -> called.put(key, true));
            } else if (item instanceof Flow.Unit unit && unit.turned()) {
                // landscape items stay in their own frame; the writer turns them onto the page
                turn = new Page.Turn(
                        items.size(), items.size() + unit.items().size(), left, frame.top() + frame.textHeight());
                items.addAll(unit.items());
            } else if (item instanceof Flow.Unit unit) {
                for (Placed placed : unit.items()) {
                    items.add(placed.moved(left, y));
                }
                unit.notes().forEach(key -> called.put(key, true));
            }
            y += item.height();
        }
        List<Flow.Line> noteLines = new ArrayList<>(carried);
        carried.clear();
        for (Destination.Note key : called.keySet()) {
            NoteLines note = notes.get(key);
            if (note != null) {
                noteLines.addAll(note.lines());
            }
        }
        if (!noteLines.isEmpty()) {
            long room = frame.top() + frame.textHeight() - y - NOTE_GAP;
            int fit = 0;
            long h = 0;
            while (fit < noteLines.size() && h + noteLines.get(fit).height() <= room) {
                h += noteLines.get(fit).height();
                fit++;
            }
            if (fit == 0) {
                fit = 1;
                h = noteLines.get(0).height();
            }
            carried.addAll(noteLines.subList(fit, noteLines.size()));
            if (trace != null) {
                trace.notes(fit, noteLines.size() - fit);
            }
            long noteTop = frame.top() + frame.textHeight() - h;
            items.add(new Placed.Rule(
                    left, noteTop - NOTE_GAP / 2 - RULE / 2, frame.measure() / 3, RULE, 0x000000, Role.ARTIFACT));
            long ny = noteTop;
            for (Flow.Line line : noteLines.subList(0, fit)) {
                items.addAll(line.line().place(left + line.x(), ny + line.ascent()));
                ny += line.height();
            }
        }
        if (furnished && head != null && !head.isBlank()) {
            List<Placed> placedHead = running.head().apply(head).place(left, frame.top() / 2);
            items.addAll(0, placedHead);
            turn = turn == null ? null : turn.shifted(placedHead.size());
        }
        String folioText = folioText(number);
        if (furnished && folios) {
            items.addAll(folio.apply(folioText).place(left, folioBaseline));
        }
        return new Page(number, folioText, frame.width(), frame.height(), items, turn);
    }
}
