package io.github.imprint.typeset.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontLibrary;
import io.github.imprint.font.FontMetrics;
import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Role;
import io.github.imprint.publish.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HarfBuzz's {@code hb-shape} (Debian's libharfbuzz-bin) is the reference: every word of the world
 * pages in a script that needs shaping, shaped by Imprint in the face it chose, has the glyphs and the
 * positions hb-shape gives for the same font file. Positions are compared as pen positions (advance
 * plus offset), in font units, since that is what a page shows. Skipped, with the reason, where
 * hb-shape or the shared corpus is missing.
 */
class HarfBuzzReferenceTest {

    private static final Pattern GLYPH = Pattern.compile("(\\d+)(?:@(-?\\d+),(-?\\d+))?\\+(-?\\d+)");

    @TempDir
    Path work;

    @Test
    void everyDevanagariWordOfTheHindiPageShapesAsHarfBuzzShapesIt() throws Exception {
        Assumptions.assumeTrue(hbShapeAvailable(), "hb-shape is not installed; .ci/run installs libharfbuzz-bin");
        Optional<Path> page = Fixtures.shared().map(s -> s.resolve("corpus/world/hi-json/article.md"));
        Assumptions.assumeTrue(page.isPresent() && Files.isRegularFile(page.get()), "../shared/corpus/world is absent");
        Set<String> words = new LinkedHashSet<>();
        Matcher word = Pattern.compile("[\\u0900-\\u097F]+").matcher(Files.readString(page.get()));
        while (word.find()) {
            words.add(word.group());
        }
        assertTrue(words.size() > 100, "the page has its words: " + words.size());
        for (String family : List.of("Noto Serif Devanagari", "Noto Sans Devanagari")) {
            for (boolean bold : List.of(false, true)) {
                FontFace face = new FontFace(family, bold, false);
                Path file = work.resolve(face.fileStem() + ".ttf");
                Files.write(file, FontLibrary.bytes(face));
                List<String> differ = new ArrayList<>();
                for (String w : words) {
                    String ours = ours(w, face);
                    String theirs = reference(file, w);
                    if (!ours.equals(theirs)) {
                        differ.add(w + ": imprint " + ours + ", hb-shape " + theirs);
                    }
                }
                assertEquals(List.of(), differ, face + ", " + words.size() + " words");
            }
        }
    }

    /** Names of the languages and a few words with conjuncts, reordered vowel signs and stacked marks. */
    @Test
    void bengaliTamilAndThaiShapeAsHarfBuzzShapesThem() throws Exception {
        Assumptions.assumeTrue(hbShapeAvailable(), "hb-shape is not installed; .ci/run installs libharfbuzz-bin");
        List<String[]> cases = List.of(
                new String[] {"Noto Serif Bengali", "বাংলা ভাষা কর্ম স্বাধীনতা"},
                new String[] {"Noto Sans Bengali", "বাংলা ভাষা কর্ম স্বাধীনতা"},
                new String[] {"Noto Serif Tamil", "தமிழ் மொழி கொண்டு ஸ்ரீ"},
                new String[] {"Noto Sans Tamil", "தமிழ் மொழி கொண்டு ஸ்ரீ"},
                new String[] {"Noto Serif Thai", "ภาษาไทย น้ำ ผู้ที่ กี่"},
                new String[] {"Noto Sans Thai", "ภาษาไทย น้ำ ผู้ที่ กี่"});
        List<String> differ = new ArrayList<>();
        for (String[] c : cases) {
            FontFace face = new FontFace(c[0], false, false);
            Path file = work.resolve(face.fileStem() + ".ttf");
            Files.write(file, FontLibrary.bytes(face));
            for (String w : c[1].split(" ")) {
                String ours = ours(w, face);
                String theirs = reference(file, w);
                if (!ours.equals(theirs)) {
                    differ.add(c[0] + " " + w + ": imprint " + ours + ", hb-shape " + theirs);
                }
            }
        }
        assertEquals(List.of(), differ);
    }

    /**
     * Emoji sequences in text set in Noto Serif: flags (two regional indicators), keycaps (a digit,
     * the emoji selector and U+20E3, the digit taken into the emoji face with its keycap), an emoji
     * selector, a skin tone and a ZWJ family come out of the emoji face as hb-shape gives them, but
     * for the zero-width blank each leaves for a selector or a joiner: hb-shape leaves one for both,
     * the JDK's HarfBuzz for a joiner only, and neither draws anything.
     */
    @Test
    void emojiSequencesShapeAsHarfBuzzShapesThem() throws Exception {
        Assumptions.assumeTrue(hbShapeAvailable(), "hb-shape is not installed; .ci/run installs libharfbuzz-bin");
        FontFace serif = new FontFace("Noto Serif", false, false);
        FontFace emoji = new FontFace("Noto Emoji", false, false);
        Path file = work.resolve(emoji.fileStem() + ".ttf");
        Files.write(file, FontLibrary.bytes(emoji));
        int invisible = FontMetrics.of(emoji).glyph(' '); // hb-shape sets default ignorables as a zero-width space
        long upem = FontMetrics.of(emoji).unitsPerEm();
        List<String> differ = new ArrayList<>();
        for (String sequence : List.of("🇫🇷", "🇩🇪", "1️⃣", "#️⃣", "❤️", "👍🏽", "👨‍👩‍👧")) {
            List<ShapedText> shaped = new Shaper(List.of(serif, emoji))
                    .shape(sequence, serif, upem, true, Marking.of(0, Role.PARAGRAPH, BlockId.NONE), cp -> {});
            StringBuilder ours = new StringBuilder();
            for (ShapedText piece : shaped) {
                assertEquals(emoji, piece.face(), sequence + " is set in the emoji face, whole");
                for (int glyph : piece.glyphs()) {
                    if (glyph != invisible) {
                        ours.append(glyph).append(' ');
                    }
                }
            }
            String theirs =
                    reference(file, sequence).replaceAll("@-?\\d+,-?\\d+", "").replaceAll(" end .*", "");
            theirs = (" " + theirs + " ").replace(" " + invisible + " ", " ").strip();
            if (!ours.toString().strip().equals(theirs)) {
                differ.add(sequence + ": imprint " + ours.toString().strip() + ", hb-shape " + theirs);
            }
        }
        assertEquals(List.of(), differ);
    }

    /**
     * Every Arabic, Persian and Hebrew word of the world pages, in the faces the fallback chain gives
     * those scripts: joining forms, lam-alef, harakat and points placed as hb-shape places them, right
     * to left.
     */
    @Test
    void everyRightToLeftWordOfTheWorldPagesShapesAsHarfBuzzShapesIt() throws Exception {
        Path world = worldPages();
        List<String[]> cases = List.of(
                new String[] {"ar-python", "[\\u0600-\\u06FF]+", "Noto Naskh Arabic"},
                new String[] {"ar-python", "[\\u0600-\\u06FF]+", "Noto Sans Arabic"},
                new String[] {"fa-javascript", "[\\u0600-\\u06FF]+", "Noto Naskh Arabic"},
                new String[] {"he-html", "[\\u0590-\\u05FF]+", "Noto Serif Hebrew"},
                new String[] {"he-html", "[\\u0590-\\u05FF]+", "Noto Sans Hebrew"});
        assertShapedAsHarfBuzz(world, cases, 1000);
    }

    /**
     * The words of the pages in Latin, Greek and Cyrillic letters take the fast path (the character map,
     * f-ligatures and pair kerning, no shaping engine), and still come out as hb-shape shapes them.
     */
    @Test
    void everyWordOfTheLatinGreekAndCyrillicPagesShapesAsHarfBuzzShapesIt() throws Exception {
        Path world = worldPages();
        List<String[]> cases = new ArrayList<>();
        for (String page :
                List.of("en-python", "fr-python", "de-python", "cs-python", "vi-python", "ru-python", "el-python")) {
            cases.add(new String[] {page, "[\\p{IsLatin}\\p{IsGreek}\\p{IsCyrillic}\\p{M}]+", "Noto Serif"});
        }
        assertShapedAsHarfBuzz(world, cases, 5000);
    }

    /**
     * The words of the Chinese, Japanese and Korean pages (runs of ideographs, kana and hangul), in the
     * CJK face and in each page's language, come out as hb-shape shapes them for that language.
     */
    @Test
    void everyWordOfTheCjkPagesShapesAsHarfBuzzShapesIt() throws Exception {
        Path world = worldPages();
        Assumptions.assumeTrue(
                FontLibrary.bundled(new FontFace("Noto Sans CJK", false, false)).isPresent(),
                "imprint-fonts-cjk is not on the class path");
        String cjk = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}ー]+";
        List<String[]> cases = List.of(
                new String[] {"ja-python", cjk, "Noto Sans CJK", "ja"},
                new String[] {"zh-cn-python", cjk, "Noto Sans CJK", "zh-Hans"},
                new String[] {"ko-javascript", cjk, "Noto Sans CJK", "ko"});
        assertShapedAsHarfBuzz(world, cases, 500);
    }

    /** The world pages' folder, where hb-shape and the shared corpus are both at hand. */
    private static Path worldPages() {
        Assumptions.assumeTrue(hbShapeAvailable(), "hb-shape is not installed; .ci/run installs libharfbuzz-bin");
        Optional<Path> world = Fixtures.shared().map(s -> s.resolve("corpus/world"));
        Assumptions.assumeTrue(world.isPresent() && Files.isDirectory(world.get()), "../shared/corpus/world is absent");
        return world.get();
    }

    private void assertShapedAsHarfBuzz(Path world, List<String[]> cases, int least) throws Exception {
        List<String> differ = new ArrayList<>();
        int count = 0;
        for (String[] c : cases) {
            Set<String> words = new LinkedHashSet<>();
            Matcher word = Pattern.compile(c[1])
                    .matcher(Files.readString(world.resolve(c[0]).resolve("article.md")));
            while (word.find()) {
                words.add(word.group());
            }
            FontFace face = new FontFace(c[2], false, false);
            Path file = work.resolve(face.fileStem() + ".ttf");
            Files.write(file, FontLibrary.bytes(face));
            for (String w : words) {
                count++;
                String language = c.length > 3 ? c[3] : null;
                String ours = unordered(ours(w, face, language));
                String theirs = unordered(reference(file, w, language));
                if (!ours.equals(theirs)) {
                    differ.add(c[2] + " " + w + ": imprint " + ours + ", hb-shape " + theirs);
                }
            }
        }
        assertTrue(count > least, "the pages have their words: " + count);
        assertEquals(List.of(), differ.subList(0, Math.min(differ.size(), 20)), differ.size() + " of " + count);
    }

    /**
     * One Pan-CJK face, each language its own forms (GSUB locl): 直, 骨, 角 and 誤 differ between
     * Japanese, Korean and Simplified and Traditional Chinese, as hb-shape gives them for the language.
     */
    @Test
    void ideographsTakeTheFormsOfTheirLanguage() throws Exception {
        Assumptions.assumeTrue(hbShapeAvailable(), "hb-shape is not installed; .ci/run installs libharfbuzz-bin");
        FontFace face = new FontFace("Noto Sans CJK", false, false);
        Assumptions.assumeTrue(FontLibrary.bundled(face).isPresent(), "imprint-fonts-cjk is not on the class path");
        Path file = work.resolve(face.fileStem() + ".ttf");
        Files.write(file, FontLibrary.bytes(face));
        java.util.Set<String> forms = new java.util.HashSet<>();
        for (String language : List.of("ja", "ko", "zh-Hans", "zh-Hant", "zh-HK")) {
            long upem = FontMetrics.of(face).unitsPerEm();
            List<ShapedText> shaped = new Shaper(List.of(face), java.util.Map.of(), language)
                    .shape("直骨角誤", face, upem, true, Marking.of(0, Role.PARAGRAPH, BlockId.NONE), cp -> {});
            String ours = java.util.Arrays.toString(shaped.get(0).glyphs());
            Process p = new ProcessBuilder(
                            "hb-shape",
                            "--no-glyph-names",
                            "--no-clusters",
                            "--no-positions",
                            "--language=" + language,
                            file.toString(),
                            "直骨角誤")
                    .redirectErrorStream(true)
                    .start();
            String theirs = "["
                    + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                            .strip()
                            .replaceAll("[\\[\\]]", "")
                            .replace("|", ", ")
                    + "]";
            p.waitFor(30, TimeUnit.SECONDS);
            assertEquals(theirs, ours, language);
            forms.add(ours);
        }
        assertTrue(forms.size() >= 4, "the languages' forms differ: " + forms);
    }

    /**
     * The glyphs with their places, in no order: where a right-to-left word is seen to start with a
     * mark, Imprint draws the letter under it first, each at the place hb-shape gives.
     */
    private static String unordered(String pens) {
        int end = pens.indexOf(" end ");
        List<String> glyphs = new ArrayList<>(List.of(pens.substring(0, end).split(" ")));
        java.util.Collections.sort(glyphs);
        return String.join(" ", glyphs) + pens.substring(end);
    }

    /** Glyph ids with pen positions, in font units: Imprint's, at a size where a millipoint is a unit. */
    private static String ours(String word, FontFace face) {
        return ours(word, face, null);
    }

    private static String reference(Path font, String word) throws IOException, InterruptedException {
        return reference(font, word, null);
    }

    private static String ours(String word, FontFace face, String language) {
        long upem = FontMetrics.of(face).unitsPerEm();
        List<ShapedText> shaped = (language == null
                        ? new Shaper(List.of(face))
                        : new Shaper(List.of(face), java.util.Map.of(), language))
                .shape(word, face, upem, true, Marking.of(0, Role.PARAGRAPH, BlockId.NONE), cp -> {});
        StringBuilder out = new StringBuilder();
        long x = 0;
        for (ShapedText piece : shaped) {
            for (int g = 0; g < piece.glyphs().length; g++) {
                long rise = piece.rises() == null ? 0 : piece.rises()[g];
                out.append(piece.glyphs()[g])
                        .append('@')
                        .append(x)
                        .append(',')
                        .append(rise)
                        .append(' ');
                x += piece.advances()[g];
            }
        }
        return out.toString().strip() + " end " + x;
    }

    private static String reference(Path font, String word, String language) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("hb-shape", "--no-glyph-names", "--no-clusters"));
        if (language != null) {
            command.add("--language=" + language);
        }
        command.addAll(List.of(font.toString(), word));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(30, TimeUnit.SECONDS);
        StringBuilder pens = new StringBuilder();
        long x = 0;
        Matcher g = GLYPH.matcher(out);
        while (g.find()) {
            long dx = g.group(2) == null ? 0 : Long.parseLong(g.group(2));
            long dy = g.group(3) == null ? 0 : Long.parseLong(g.group(3));
            pens.append(g.group(1))
                    .append('@')
                    .append(x + dx)
                    .append(',')
                    .append(dy)
                    .append(' ');
            x += Long.parseLong(g.group(4));
        }
        return pens.toString().strip() + " end " + x;
    }

    private static boolean hbShapeAvailable() {
        return Fixtures.runs("hb-shape", "--version");
    }
}
