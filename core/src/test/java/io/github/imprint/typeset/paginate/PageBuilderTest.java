package io.github.imprint.typeset.paginate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.font.FontFace;
import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.Placed;
import io.github.imprint.layout.Role;
import io.github.imprint.typeset.linebreak.SetLine;
import io.github.imprint.typeset.shape.Marking;
import io.github.imprint.typeset.shape.ShapedText;
import io.github.imprint.typeset.shape.Shaper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The page builder's invariants, on flows made by hand: a text block ten lines of 12 pt tall, lines
 * named by their text so each page says what it holds.
 */
class PageBuilderTest {

    private static final long LINE = 12_000;
    private static final Destination.Note NOTE = new Destination.Note(0, 1);
    /** Ten lines tall, 300 pt wide. */
    private static final PageFrame FRAME = new PageFrame(400_000, 10 * LINE + 100_000, 50_000, 50_000, 50_000, 50_000);

    private static final FontFace SERIF = new FontFace("Noto Serif", false, false);
    private static final Shaper SHAPER = new Shaper(List.of(SERIF));
    private static final Function<String, SetLine> HEAD = text -> line(text, List.of(), Role.ARTIFACT);

    private static SetLine line(String text, List<Destination.Note> notes) {
        return line(text, notes, Role.PARAGRAPH);
    }

    private static SetLine line(String text, List<Destination.Note> notes, Role role) {
        ShapedText shaped = SHAPER.shape(text, SERIF, 10_000, false, Marking.of(0, role, BlockId.leaf(0, 1)), cp -> {})
                .get(0);
        return new SetLine(List.of(new SetLine.Piece(shaped, 0, false, 1)), notes, false, false);
    }

    /** A paragraph's lines under the widow and orphan rule, as the line setter makes them. */
    private static List<Flow> paragraph(String name, int count, boolean keptWithPrevious) {
        List<Flow> lines = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            boolean breakBefore = j == 0 ? !keptWithPrevious : j >= 2 && j <= count - 2;
            lines.add(new Flow.Line(line(name + j, List.of()), 0, LINE, LINE * 3 / 4, breakBefore, null, 0));
        }
        return lines;
    }

    private static List<Page> build(List<Flow> flow, Map<Destination.Note, NoteLines> notes) {
        return new PageBuilder(
                        FRAME, notes, new PageBuilder.Running("Title", "Chapter", HEAD), PageBuilder.Numbering.LATER)
                .build(flow);
    }

    /** The texts of a page's body lines and notes, in order, without the running head. */
    private static List<String> texts(Page page) {
        return page.items().stream()
                .filter(p -> p instanceof Placed.GlyphRun run && run.role() != Role.ARTIFACT)
                .map(p -> ((Placed.GlyphRun) p).text())
                .toList();
    }

    @Test
    void noPageEndsOnAParagraphsFirstLineOrStartsWithItsLast() {
        List<Flow> flow = new ArrayList<>(paragraph("a", 9, false));
        flow.addAll(paragraph("b", 5, false));
        List<Page> pages = build(flow, Map.of());
        assertEquals(2, pages.size());
        List<String> first = texts(pages.get(0));
        assertEquals("a8", first.get(first.size() - 1), "the page ends with paragraph a: " + first);
        assertEquals(List.of("b0", "b1", "b2", "b3", "b4"), texts(pages.get(1)), "b's first line is not left alone");
    }

    @Test
    void aPageThatWouldEndHalfEmptyBeforeAHeadingTakesItWhenTheSpaceAboveGivesUpALine() {
        List<Flow> flow = new ArrayList<>(paragraph("a", 5, false));
        flow.add(new Flow.Space(2 * LINE, true, LINE));
        flow.add(new Flow.Line(line("h", List.of()), 0, LINE, LINE * 3 / 4, false, null, 0));
        flow.add(new Flow.Space(LINE, false));
        flow.addAll(paragraph("b", 4, true));
        List<Page> pages = build(flow, Map.of());
        assertEquals(
                List.of("a0", "a1", "a2", "a3", "a4", "h", "b0", "b1"),
                texts(pages.get(0)),
                "the heading and two lines of what follows fill the page, a line closer to the text above");
        assertEquals(List.of("b2", "b3"), texts(pages.get(1)));

        List<Flow> rigid = new ArrayList<>(flow);
        rigid.set(5, new Flow.Space(2 * LINE, true));
        assertEquals(
                List.of("a0", "a1", "a2", "a3", "a4"),
                texts(build(rigid, Map.of()).get(0)),
                "a space that may not shrink leaves the page short, as before");
    }

    @Test
    void aLastLineIsNotCarriedAlone() {
        List<Flow> flow = new ArrayList<>(paragraph("a", 11, false));
        List<Page> pages = build(flow, Map.of());
        List<String> second = texts(pages.get(1));
        assertTrue(second.size() >= 2, "no widow on the second page: " + second);
        assertEquals(9 + 2, texts(pages.get(0)).size() + second.size());
    }

    @Test
    void aHeadingIsNeverAPagesLastLine() {
        List<Flow> flow = new ArrayList<>(paragraph("a", 9, false));
        flow.add(new Flow.Line(line("Heading", List.of()), 0, LINE, LINE * 3 / 4, true, null, 0));
        flow.addAll(paragraph("b", 4, true));
        List<Page> pages = build(flow, Map.of());
        List<String> first = texts(pages.get(0));
        assertFalse(first.contains("Heading"), "the heading goes with its text: " + first);
        assertEquals("Heading", texts(pages.get(1)).get(0));
    }

    @Test
    void eachFootnoteStartsOnItsCallsPage() {
        List<Flow> flow = new ArrayList<>(paragraph("a", 7, false));
        flow.add(new Flow.Line(line("call", List.of(NOTE)), 0, LINE, LINE * 3 / 4, true, null, 0));
        flow.addAll(paragraph("b", 6, false));
        List<Flow.Line> note = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            note.add(new Flow.Line(line("note" + n, List.of()), 0, LINE * 3 / 4, LINE / 2, true, null, 0));
        }
        List<Page> pages = build(flow, Map.of(NOTE, new NoteLines(NOTE, note)));
        for (Page page : pages) {
            List<String> texts = texts(page);
            if (texts.contains("call")) {
                assertTrue(
                        texts.contains("note0") && texts.contains("note1"),
                        "at least the note's first two lines are on its call's page: " + texts);
            }
        }
    }

    @Test
    void aFloatThatDoesNotFitWaitsAndFloatsKeepTheirOrder() {
        List<Flow> flow = new ArrayList<>(paragraph("a", 6, false));
        flow.add(new Flow.Unit(List.of(figure("figure 1")), LINE * 6, true, List.of(), true));
        flow.add(new Flow.Unit(List.of(figure("figure 2")), LINE * 2, true, List.of(), true));
        flow.addAll(paragraph("b", 4, false));
        List<Page> pages = build(flow, Map.of());
        List<String> all = pages.stream().flatMap(p -> texts(p).stream()).toList();
        assertTrue(all.indexOf("figure 1") < all.indexOf("figure 2"), "floats in order: " + all);
        assertTrue(
                texts(pages.get(0)).contains("b0"),
                "the text after a deferred float fills the page: " + texts(pages.get(0)));
        assertTrue(texts(pages.get(1)).contains("figure 1"));
    }

    private static Placed figure(String name) {
        return line(name, List.of()).place(0, LINE).get(0);
    }
}
