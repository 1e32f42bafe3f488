package io.github.imprint.typeset.shape;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.font.FontFace;
import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Role;
import io.github.imprint.theme.ThemeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Shaping holds no file open: letters that send the shaper down the fallback chain thousands of times leaves the
 * process's open files as they were. (The shaper once opened a bundled font's resource at every
 * fallback to ask whether it was there; the fuzzer ran out of files after 30 seconds.)
 */
class ShaperResourcesTest {

    private static long openFiles() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    @Test
    void fallingBackThousandsOfTimesOpensNoFile() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc/self/fd (Linux)");
        List<FontFace> chain = ThemeLoader.BUNDLED_FAMILIES.stream()
                .map(family -> new FontFace(family, false, false))
                .toList();
        Shaper shaper = new Shaper(chain, Map.of(), "en");
        FontFace serif = new FontFace("Noto Serif", false, false);
        Marking marking = Marking.of(0, Role.PARAGRAPH, BlockId.NONE);
        shaper.shape("warm ἀρχή שָׁלוֹם", serif, 10_000, true, marking, cp -> {});
        long before = openFiles();
        // each letter is new to the shaper, so each one is looked for along the whole fallback chain
        for (int cp = 0x0531; cp < 0x0531 + 3_000; cp++) {
            if (Character.isLetter(cp)) {
                shaper.shape("a" + Character.toString(cp), serif, 10_000, true, marking, c -> {});
            }
        }
        long after = openFiles();
        assertTrue(after - before < 50, before + " files open before, " + after + " after");
    }
}
