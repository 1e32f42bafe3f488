package io.github.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.layout.PrintedImage;
import io.github.imprint.publish.Fixtures;
import io.github.imprint.publish.Format;
import io.github.imprint.publish.PublishRequest;
import io.github.imprint.publish.Publisher;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raster figures reduced to the theme's {@code images.ppi} when they print sharper than half as much
 * again: the rule, the filter's arithmetic, and a book built twice, the second time from the kept
 * reductions, with the same bytes.
 */
class DownsamplingTest {

    @TempDir
    Path project;

    private static final long FOUR_INCHES = 4 * 72 * 1000; // in thousandths of a point

    private static PrintedImage fourInches(int width, int height) {
        return new PrintedImage(width, height, FOUR_INCHES, 1);
    }

    @Test
    void onlyImagesSharperThanHalfAsMuchAgainAreReduced() {
        Downsampling at300 = new Downsampling(300, Path.of("cache"));
        // 6,000 px over four inches are 1,500 ppi: reduced to 1,200 px, the height in proportion
        assertArrayEquals(
                new int[] {1200, 400}, at300.target(fourInches(6000, 2000)).orElseThrow());
        // 1,700 px are 425 ppi, under 450: left alone, as a small reduction blurs more than it saves
        assertEquals(Optional.empty(), at300.target(fourInches(1700, 800)));
        assertEquals(Optional.empty(), at300.target(fourInches(400, 200)));
        // shown twice, at two sizes: judged at the larger
        PrintedImage twice = new PrintedImage(1700, 800, FOUR_INCHES / 4, 1).widest(fourInches(1700, 800));
        assertEquals(Optional.empty(), at300.target(twice));
        Map<Path, PrintedImage> one = Map.of(Path.of("f.png"), fourInches(6000, 2000));
        assertEquals(Map.of(), new Downsampling(0, Path.of("cache")).standIns(one));
    }

    private static BufferedImage image(int[][] argb, boolean alpha) {
        BufferedImage image = new BufferedImage(
                argb[0].length, argb.length, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < argb.length; y++) {
            for (int x = 0; x < argb[y].length; x++) {
                image.setRGB(x, y, argb[y][x]);
            }
        }
        return image;
    }

    @Test
    void eachPixelIsTheMeanOfTheAreaItCovers() {
        int black = 0xFF000000;
        int white = 0xFFFFFFFF;
        // a checkerboard of single pixels becomes an even grey, not a pattern
        BufferedImage board = image(new int[][] {{black, white, black, white}, {white, black, white, black}}, false);
        BufferedImage grey = AreaAverage.reduce(board, 2, 1, false);
        for (int x = 0; x < 2; x++) {
            assertEquals(0xFF808080, grey.getRGB(x, 0), "pixel " + x);
        }
        // three pixels into two: each output pixel covers one and a half source pixels
        BufferedImage ramp = image(new int[][] {{0xFF000000, 0xFF5A5A5A, 0xFFB4B4B4}}, false);
        BufferedImage two = AreaAverage.reduce(ramp, 2, 1, false);
        assertEquals(30, two.getRGB(0, 0) & 0xFF); // (0 + 90 / 2) / 1.5
        assertEquals(150, two.getRGB(1, 0) & 0xFF); // (90 / 2 + 180) / 1.5
        // a transparent black pixel beside an opaque white one: half opaque, and white, not grey
        BufferedImage edge = image(new int[][] {{0x00000000, 0xFFFFFFFF}}, true);
        int mixed = AreaAverage.reduce(edge, 1, 1, true).getRGB(0, 0);
        assertEquals(0x80, mixed >>> 24);
        assertEquals(0xFFFFFF, mixed & 0xFFFFFF);
    }

    private void figure(String name, int width, int height, boolean alpha) throws IOException {
        BufferedImage image =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 90, 200, alpha ? 120 : 255));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        Path file = project.resolve("src/images/" + name);
        Files.createDirectories(file.getParent());
        ImageIO.write(image, name.endsWith(".jpg") ? "jpg" : "png", file.toFile());
    }

    private Path publish(String out, String theme) throws IOException {
        Fixtures.write(project, "theme-" + out + ".yaml", theme);
        return Publisher.publish(PublishRequest.of(project.resolve("src"), project, project.resolve(out), "a")
                        .identitySeed("t")
                        .formats(Set.of(Format.PDF))
                        .theme(Optional.of(project.resolve("theme-" + out + ".yaml")))
                        .timestamp(Instant.parse("2026-01-01T00:00:00Z"))
                        .workDirectory(project.resolve("work"))
                        .build())
                .editions()
                .get(Format.PDF)
                .file();
    }

    private static List<Integer> widths(Path pdf) throws IOException {
        List<Integer> widths = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        widths.add(image.getWidth());
                    }
                }
            }
        }
        widths.sort(null);
        return widths;
    }

    @Test
    void aBookIsBuiltFromTheKeptReductionsWithTheSameBytes() throws IOException {
        figure("wide.png", 4000, 1000, true);
        figure("photo.jpg", 3000, 1500, false);
        figure("small.png", 300, 200, false);
        Fixtures.write(
                project,
                "src/a.md",
                "---\ntitle: Figures\nlanguage: en\n---\n\n![A wide one](images/wide.png)\n\n"
                        + "![A photograph](images/photo.jpg)\n\n![A small one](images/small.png)\n");
        Path first = publish("first", "images:\n  ppi: 150\n");
        List<Integer> reduced = widths(first);
        assertEquals(3, reduced.size(), "three images: " + reduced);
        assertEquals(300, reduced.get(0), "the small one is left alone");
        assertTrue(reduced.get(2) < 1000, "the large ones are reduced to 150 ppi at the measure's width: " + reduced);
        try (Stream<Path> kept = Files.list(project.resolve("work/images"))) {
            assertEquals(2, kept.count(), "the two reductions are kept");
        }
        try (Stream<Path> kept = Files.list(project.resolve("work/images"))) {
            Path planes = kept.filter(f -> f.toString().endsWith(KeptPlanes.SUFFIX))
                    .findFirst()
                    .orElseThrow();
            byte[] whole = Files.readAllBytes(planes);
            Files.write(planes, java.util.Arrays.copyOf(whole, whole.length / 2)); // as a killed build might
        }
        byte[] again = Files.readAllBytes(publish("second", "images:\n  ppi: 150\n"));
        assertArrayEquals(Files.readAllBytes(first), again, "a build from the kept reductions (one cut short) differs");
        assertEquals(List.of(300, 3000, 4000), widths(publish("full", "images:\n  ppi: 0\n")));
    }

    @Test
    void aReductionBegunBeforeThePagesAreSetIsTheOneMadeWithoutIt() throws IOException {
        figure("wide.png", 4000, 1000, true);
        figure("photo.jpg", 3000, 1500, false);
        Path wide = project.resolve("src/images/wide.png");
        Path photo = project.resolve("src/images/photo.jpg");
        Map<Path, PrintedImage> printed = Map.of(wide, fourInches(4000, 1000), photo, fourInches(3000, 1500));
        Map<Path, Path> made;
        try (Downsampling now = new Downsampling(300, project.resolve("now"))) {
            made = now.standIns(printed);
        }
        Map<Path, Path> taken;
        try (Downsampling early = new Downsampling(300, project.resolve("early"))) {
            early.begin(wide, fourInches(4000, 1000));
            early.begin(photo, new PrintedImage(3000, 1500, FOUR_INCHES / 2, 1)); // guessed too small: made anew
            taken = early.standIns(printed);
        }
        for (Path image : List.of(wide, photo)) {
            assertEquals(made.get(image).getFileName(), taken.get(image).getFileName(), image.toString());
            assertArrayEquals(Files.readAllBytes(made.get(image)), Files.readAllBytes(taken.get(image)));
        }
        assertTrue(
                Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(t -> t.getName().equals("imprint-images") && t.isAlive()),
                "the reducing thread outlived its build");
        try (Stream<Path> files = Files.list(project.resolve("early"))) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(n -> n.endsWith(".part")), "a part file is left: " + names);
            assertTrue(names.size() <= 3, "the two reductions and at most the one guessed wrong: " + names);
        }
    }

    @Test
    void aBuildThatEndsBeforeItsFiguresDropsWhatWasBegunAndLeavesNoPartFile() throws IOException {
        for (int i = 0; i < 4; i++) {
            figure("f" + i + ".png", 3000, 1000, i % 2 == 0);
        }
        Path cache = project.resolve("ended");
        try (Downsampling early = new Downsampling(300, cache)) {
            for (int i = 0; i < 4; i++) {
                early.begin(project.resolve("src/images/f" + i + ".png"), fourInches(3000, 1000));
            }
        }
        if (Files.isDirectory(cache)) {
            try (Stream<Path> files = Files.list(cache)) {
                List<Path> kept = files.toList();
                for (Path file : kept) {
                    assertTrue(KeptPlanes.read(Files.readAllBytes(file)).isPresent(), "not a whole reduction: " + file);
                }
                assertTrue(kept.size() < 4, "the work not yet reached is dropped: " + kept);
            }
        }
    }
}
