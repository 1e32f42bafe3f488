package io.github.imprint.typeset.back;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.typeset.linebreak.SetLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index's columns: filled in order, never ended at a tie, the last page balanced. */
class ColumnsTest {

    private static final SetLine LINE = new SetLine(List.of(), List.of(), false, false);

    private static Columns.Row line(boolean tied) {
        return new Columns.Row(LINE, 0, 10, 8, tied);
    }

    @Test
    void aColumnNeverEndsAtATie() {
        List<Columns.Row> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(line(i % 4 != 0)); // entries of four lines, kept together
        }
        List<List<List<Columns.Row>>> pages = Columns.fill(rows, 2, 100, 100);
        int seen = 0;
        for (List<List<Columns.Row>> page : pages) {
            for (List<Columns.Row> column : page) {
                assertFalse(column.get(0).tied(), "a column opens with an entry's first line");
                assertTrue(column.size() * 10 <= 100, "a column fits");
                seen += column.size();
            }
        }
        assertEquals(40, seen, "every row is set once");
    }

    @Test
    void theLastPageIsBalanced() {
        List<Columns.Row> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(line(false));
        }
        List<List<List<Columns.Row>>> pages = Columns.fill(rows, 2, 400, 400);
        assertEquals(1, pages.size());
        assertEquals(15, pages.get(0).get(0).size());
        assertEquals(15, pages.get(0).get(1).size());
    }

    @Test
    void aContinuedEntryTakesItsRoomAtTheColumnsHead() {
        Columns.Row header = line(false);
        List<Columns.Row> rows = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            rows.add(line(false).withHeader(header));
        }
        List<List<List<Columns.Row>>> pages = Columns.fill(rows, 1, 100, 100);
        assertEquals(9, pages.get(0).get(0).size(), "nine rows and the repeated entry fill 100");
    }
}
