package io.github.imprint.typeset.linebreak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.font.FontFace;
import io.github.imprint.typeset.hyphen.Hyphenator;
import io.github.imprint.typeset.shape.Shaper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParagraphItemsTest {

    private static final FontFace SERIF = new FontFace("Noto Serif", false, false);

    private static long discretionaries(String text, boolean capitalised, Optional<Hyphenator> hyphenator) {
        ParagraphItems items =
                new ParagraphItems(new Shaper(List.of(SERIF)), true, true, cp -> {}).capitalised(capitalised);
        items.add(TextRun.of(text, SERIF, 10_000)
                .hyphenator(hyphenator)
                .ligatures(true)
                .build());
        return items.finish().stream()
                .filter(i -> i instanceof Item.Penalty p && p.discretionary())
                .count();
    }

    @Test
    void capitalisedWordsAreHyphenatedOnlyWhenTheThemeAllows() {
        Optional<Hyphenator> english = Hyphenator.forLanguage("en-US");
        assertEquals(3, discretionaries("Constitution", true, english));
        assertEquals(0, discretionaries("Constitution", false, english));
        assertEquals(0, discretionaries("CONSTITUTION", true, english), "all-caps words are never hyphenated");
    }

    @Test
    void wordsWithAnExplicitHyphenBreakOnlyThere() {
        assertEquals(0, discretionaries("constitution-making", true, Hyphenator.forLanguage("en-US")));
    }

    @Test
    void userExceptionsDecideTheBreaks() {
        Optional<Hyphenator> english =
                Hyphenator.forLanguage("en-US").map(h -> h.withExceptions(List.of("constitu-tion")));
        assertEquals(1, discretionaries("constitution", true, english));
    }

    /** The x of each word of a one-line paragraph, by its text, once the line is set. */
    private static java.util.Map<String, Long> placed(String text, boolean rightToLeft) {
        FontFace hebrew = new FontFace("Noto Serif Hebrew", false, false);
        ParagraphItems items =
                new ParagraphItems(new Shaper(List.of(SERIF, hebrew)), true, true, cp -> {}).rightToLeft(rightToLeft);
        items.add(TextRun.of(text, SERIF, 10_000).build());
        List<Item> list = items.finish();
        List<SetLine> lines = SetLine.set(
                list, FirstFit.breakLines(list, 400_000).lines(), 400_000, SetLine.Alignment.JUSTIFY, rightToLeft);
        assertEquals(1, lines.size());
        java.util.Map<String, Long> xs = new java.util.HashMap<>();
        for (SetLine.Piece piece : lines.get(0).pieces()) {
            xs.merge(piece.text().text(), piece.x(), Math::min);
        }
        return xs;
    }

    @Test
    void hebrewWordsInALeftToRightLineAreSetRightToLeft() {
        java.util.Map<String, Long> x = placed("one שלום עולם 42 two", false);
        // logical order: one, שלום, עולם, 42, two; the Hebrew run and the number inside it reverse
        assertTrue(x.get("one") < x.get("42"), x.toString());
        assertTrue(x.get("42") < x.get("עולם"), x.toString());
        assertTrue(x.get("עולם") < x.get("שלום"), x.toString());
        assertTrue(x.get("שלום") < x.get("two"), x.toString());
    }

    @Test
    void aRightToLeftParagraphStartsAtTheRightAndKeepsLatinWordsInTheirOrder() {
        java.util.Map<String, Long> x = placed("שלום HTML five עולם", true);
        assertTrue(x.get("עולם") < x.get("HTML"), x.toString());
        assertTrue(x.get("HTML") < x.get("five"), x.toString());
        assertTrue(x.get("five") < x.get("שלום"), x.toString());
    }

    @Test
    void bracketsInRightToLeftTextAreShapedRightToLeftSoTheyMirror() {
        FontFace hebrew = new FontFace("Noto Serif Hebrew", false, false);
        ParagraphItems items =
                new ParagraphItems(new Shaper(List.of(SERIF, hebrew)), false, false, cp -> {}).rightToLeft(true);
        items.add(TextRun.of("שלום (עולם)", SERIF, 10_000).build());
        List<Item> list = items.finish();
        assertTrue(
                list.stream()
                        .filter(i -> i instanceof Item.Box b && b.text() != null)
                        .allMatch(i -> ((Item.Box) i).text().marking().rightToLeft()),
                "every box of the right-to-left paragraph is at an odd level");
    }

    /** The stretches of text between the places a line may break, for text without spaces. */
    private static List<String> breakable(String text, String family) {
        FontFace face = new FontFace(family, false, false);
        ParagraphItems items = new ParagraphItems(new Shaper(List.of(SERIF, face)), false, false, cp -> {});
        items.add(TextRun.of(text, SERIF, 10_000).build());
        List<String> parts = new java.util.ArrayList<>(List.of(""));
        for (Item item : items.finish()) {
            if (item instanceof Item.Box box && box.text() != null) {
                parts.set(
                        parts.size() - 1,
                        parts.get(parts.size() - 1) + box.text().text());
            } else if (item instanceof Item.Glue glue && !glue.space() && glue.stretch() > 0) {
                parts.add("");
            }
        }
        return parts;
    }

    @Test
    void japaneseBreaksBetweenCharactersButNotBeforeClosingNorAfterOpeningPunctuation() {
        List<String> parts = breakable("日本語。「テスト」です（注）、終わり。", "Noto Serif Thai");
        assertEquals(List.of("日", "本", "語。", "「テ", "ス", "ト」", "で", "す", "（注）、", "終", "わ", "り。"), parts);
    }

    @Test
    void thaiBreaksBetweenTheWordsOfItsDictionary() {
        assertEquals(
                List.of("ภาษา", "ไทย", "เป็น", "ภาษา", "ที่", "สวย", "งาม"),
                breakable("ภาษาไทยเป็นภาษาที่สวยงาม", "Noto Serif Thai"));
    }

    /** What a word of running text becomes: its discretionary hyphens and its separator breaks. */
    private static String breaks(String word) {
        return breaks(word, TextRun.Breaks.WORDS);
    }

    private static String breaks(String word, TextRun.Breaks kind) {
        ParagraphItems items = new ParagraphItems(new Shaper(List.of(SERIF)), false, false, cp -> {});
        items.add(TextRun.of(word, SERIF, 10_000)
                .hyphenator(Hyphenator.forLanguage("en-US"))
                .breaks(kind)
                .build());
        StringBuilder out = new StringBuilder();
        for (Item item : items.finish()) {
            if (item instanceof Item.Box box && box.text() != null) {
                out.append(box.text().text());
            } else if (item instanceof Item.Penalty p && p.discretionary()) {
                out.append('-');
            } else if (item instanceof Item.Penalty p && p.penalty() == ParagraphItems.URL_PENALTY) {
                out.append('|');
            } else if (item instanceof Item.Penalty p && p.flagged()) {
                out.append('=');
            }
        }
        return out.toString();
    }

    @Test
    void pathsAndIdentifiersInRunningTextBreakAfterSeparatorsAndAreNeverHyphenated() {
        assertEquals("target/|debug/|hello_|cargo", breaks("target/debug/hello_cargo"));
        assertEquals("std::|collections::|HashMap", breaks("std::collections::HashMap"));
        assertEquals("Cargo.toml", breaks("Cargo.toml"), "a file's extension stays with its name");
        assertEquals("crates.io", breaks("crates.io"));
        assertEquals("src/|lib.rs", breaks("src/lib.rs"));
        assertEquals("--all-=targets", breaks("--all-targets"), "an option keeps its leading dashes");
        assertEquals(
                "--all|-targets",
                breaks("--all-targets", TextRun.Breaks.PATH),
                "inline code breaks before a dash, so no line of it ends as a hyphenated word would");
        assertEquals("rust|-lang.org", breaks("rust-lang.org", TextRun.Breaks.PATH));
        assertEquals("default-features", breaks("default-features", TextRun.Breaks.CODE), "a name stays whole");
        assertEquals("well-=known", breaks("well-known"));
        assertEquals("--release", breaks("--release"));
        assertEquals("a::b", breaks("a::b"), "three letters or digits stay on each side");
        assertEquals("https://|doc.|rust|-lang.|org/|cargo/", breaks("https://doc.rust-lang.org/cargo/"));
        assertEquals("e.g.", breaks("e.g."), "an abbreviation is no path");
        assertEquals("v1.2.85/|docs", breaks("v1.2.85/docs"), "never inside a number");
        assertEquals("ex-e-cutable", breaks("executable"), "a word is still hyphenated");
        assertEquals("version2release", breaks("version2release"), "a word with digits is not");
        assertEquals(
                "<arch><sub>|-<vendor>|-<sys>|-<abi>",
                breaks("<arch><sub>-<vendor>-<sys>-<abi>", TextRun.Breaks.PATH),
                "a dash after a closing bracket is a place to break, as after a letter");
    }

    /** The items of one run of {@code text}, in the face given, protruding and expanding where allowed. */
    private static List<Item> items(String text, FontFace face, TextRun.Breaks kind, boolean ligatures) {
        ParagraphItems items = new ParagraphItems(new Shaper(List.of(face)), true, true, cp -> {});
        items.add(
                TextRun.of(text, face, 10_000).ligatures(ligatures).breaks(kind).build());
        return items.finish();
    }

    @Test
    void spacesInCodeKeepTheirWidthWhileSpacesInProseStretchAndShrink() {
        FontFace mono = new FontFace("Noto Sans Mono", false, false);
        Item.Glue code = (Item.Glue)
                items("cargo test", mono, TextRun.Breaks.PATH, false).get(1);
        assertEquals(0, code.stretch(), "a code space does not stretch: cargo test never gapes");
        assertEquals(0, code.shrink());
        Item.Glue block = (Item.Glue)
                items("cargo test", mono, TextRun.Breaks.CODE, false).get(1);
        assertEquals(0, block.stretch());
        assertEquals(
                Math.round(block.width() * ParagraphItems.INLINE_CODE_SPACE),
                code.width(),
                "inline code spaces by half a cell; a code block keeps whole cells, so its columns align");
        assertTrue(code.width() > 0 && code.width() < block.width());
        Item.Glue prose = (Item.Glue)
                items("two words", SERIF, TextRun.Breaks.WORDS, true).get(1);
        assertEquals(prose.width() / 2, prose.stretch());
        assertEquals(Math.round(prose.width() * ParagraphItems.SHRINK), prose.shrink());
    }

    @Test
    void inlineCodeWidensWithTheWordsButNeverHangsIntoTheMargin() {
        FontFace mono = new FontFace("Noto Sans Mono", false, false);
        Item.Box code = (Item.Box)
                items("\"host-tuple\",", mono, TextRun.Breaks.PATH, false).get(0);
        assertEquals(0, code.protrudeLeft(), "an opening quote in code stays in the code's column");
        assertEquals(0, code.protrudeRight());
        assertEquals(Math.round(code.width() * ParagraphItems.EXPANSION), code.expand());
        Item.Box prose = (Item.Box)
                items("\u201Cquoted,\u201D", SERIF, TextRun.Breaks.WORDS, true).get(0);
        assertTrue(prose.protrudeLeft() > 0, "an opening quote in prose hangs into the margin");
        Item.Box block =
                (Item.Box) items("let x = 1;", mono, TextRun.Breaks.CODE, false).get(0);
        assertEquals(0, block.expand(), "a code block's lines are not justified");
    }
}
