package io.github.imprint.typeset.linebreak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.font.FontFace;
import io.github.imprint.typeset.shape.Shaper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stretched line shares its slack with the gaps between its letters, within the limit, and fills its measure. */
class LetterSpacingTest {

    private static final FontFace SERIF = new FontFace("Noto Serif", false, false);
    private static final FontFace HEBREW = new FontFace("Noto Serif Hebrew", false, false);
    private static final long SIZE = 10_000;
    private static final long MEASURE = 200_000;

    private static List<SetLine> set(String text, SetLine.Alignment alignment) {
        ParagraphItems items = new ParagraphItems(new Shaper(List.of(SERIF, HEBREW)), false, true, cp -> {});
        items.add(TextRun.of(text, SERIF, SIZE).build());
        List<Item> list = items.finish();
        return SetLine.set(list, FirstFit.breakLines(list, MEASURE).lines(), MEASURE, alignment);
    }

    private static long end(SetLine line) {
        SetLine.Piece last = line.pieces().get(line.pieces().size() - 1);
        return last.x() + last.width();
    }

    @Test
    void aStretchedLineSpacesItsLettersWithinTheLimitAndStillFillsTheMeasure() {
        // the long name cannot break, so the first line keeps six short words and a lot of slack
        List<SetLine> lines = set("aaa bbb ccc ddd eee fff incomprehensibilitiesworthy end", SetLine.Alignment.JUSTIFY);
        SetLine first = lines.get(0);
        long limit = Math.round(SetLine.LETTER_SPACING * SIZE);
        for (SetLine.Piece piece : first.pieces()) {
            assertTrue(
                    piece.tracking() > 0 && piece.tracking() <= limit,
                    piece.text().text() + ": " + piece.tracking());
        }
        assertEquals(MEASURE, end(first), 6, "a justified line still ends at the measure");
        long[] advances = first.pieces().get(0).text().advances();
        long natural = 0;
        for (long a : advances) {
            natural += Math.round(a * first.pieces().get(0).scale());
        }
        assertEquals(
                natural + 2 * first.pieces().get(0).tracking(),
                first.pieces().get(0).width());
        assertTrue(lines.get(lines.size() - 1).pieces().stream().allMatch(p -> p.tracking() == 0), "the last line");
    }

    @Test
    void raggedLinesAndRightToLeftWordsKeepTheirLetters() {
        String text = "aaa bbb ccc שלום ddd eee fff incomprehensibilitiesworthy end";
        assertTrue(set(text, SetLine.Alignment.LEFT).stream()
                .flatMap(l -> l.pieces().stream())
                .allMatch(p -> p.tracking() == 0));
        SetLine first = set(text, SetLine.Alignment.JUSTIFY).get(0);
        for (SetLine.Piece piece : first.pieces()) {
            boolean hebrew = piece.text().text().codePoints().anyMatch(c -> c >= 0x0590 && c <= 0x05FF);
            assertEquals(hebrew, piece.tracking() == 0, piece.text().text());
        }
        assertEquals(MEASURE, end(first), 6);
    }

    @Test
    void theGlyphsOfASpacedPieceStandApartByItsTracking() {
        SetLine first = set("aaa bbb ccc ddd eee fff incomprehensibilitiesworthy end", SetLine.Alignment.JUSTIFY)
                .get(0);
        var run = (io.github.imprint.layout.Placed.GlyphRun) first.place(0, 0).get(0);
        SetLine.Piece piece = first.pieces().get(0);
        long step = Math.round(piece.text().advances()[0] * piece.scale()) + piece.tracking();
        assertEquals(step, run.xs()[1] - run.xs()[0]);
    }
}
