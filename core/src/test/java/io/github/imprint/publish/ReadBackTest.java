package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The read-back measure sees lost and misplaced words, and forgives running heads and hyphenation. */
class ReadBackTest {

    private static List<String> text(int words, long seed) {
        Random random = new Random(seed);
        List<String> text = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            text.add("w" + random.nextInt(3000));
        }
        return text;
    }

    @Test
    void extraWordsCostNothingAndSoftHyphensJoin() {
        List<String> source = text(20_000, 1);
        List<String> edition = new ArrayList<>(source);
        for (int i = 0; i < edition.size(); i += 400) {
            edition.add(i, "folio");
        }
        assertEquals(1.0, ReadBack.inOrder(source, edition));
        assertEquals(List.of("word", "split"), ReadBack.words("Wor\u00AD\nd split"));
    }

    @Test
    void lostAndMovedWordsAreCounted() {
        List<String> source = text(20_000, 2);
        List<String> lost = new ArrayList<>(source);
        lost.subList(5_000, 5_300).clear();
        assertEquals(1 - 300 / 20_000.0, ReadBack.inOrder(source, lost), 1e-3);
        List<String> moved = new ArrayList<>(source.subList(10_000, 20_000));
        moved.addAll(source.subList(0, 10_000));
        assertTrue(ReadBack.inOrder(source, moved) < 0.51, "half the book out of order");
        List<String> shuffled = new ArrayList<>(source);
        Collections.shuffle(shuffled, new Random(3));
        assertTrue(ReadBack.inOrder(source, shuffled) < 0.2);
    }
}
