package io.github.imprint.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A right-to-left page reads back word for word, in the order it was written, as poppler extracts
 * it: each word's glyphs drawn left to right where they are seen, the words in reading order. (Drawn
 * from its right end, a word's glyphs each stood left of the one before, and poppler gave back a
 * quarter of a Hebrew page's words.)
 */
class RightToLeftReadBackTest {

    @TempDir
    Path project;

    private List<String> readBack(String language, String text) throws Exception {
        Assumptions.assumeTrue(ReadBack.available("pdftotext"), "pdftotext reads the PDF back; .ci/run installs it");
        Fixtures.write(
                project,
                "src/" + language + ".md",
                "---\ntitle: T\nlanguage: " + language + "\nauthor: A. Writer\n---\n\n" + text + "\n");
        PublishResult result = Publisher.publish(
                PublishRequest.of(project.resolve("src/" + language + ".md"), project, project.resolve("out"), language)
                        .formats(Set.of(Format.PDF))
                        .workDirectory(project.resolve("out/work"))
                        .build());
        List<String> words = ReadBack.words(
                ReadBack.pdfText(result.editions().get(Format.PDF).file()));
        int body = words.indexOf("writer") + 1; // after the title page's author
        return words.subList(body, words.size() - 1); // the folio aside
    }

    @Test
    void aHebrewParagraphComesBackInTheOrderItWasWritten() throws Exception {
        String text = "פייתון היא שפת תכנות דינמית מרובת שימושים. היא נוצרה בשנת 1991 ומשמשת היום"
                + " מתכנתים רבים בכל העולם, בבתי ספר ובאוניברסיטאות, בחברות קטנות ובחברות גדולות,"
                + " לכתיבת אתרים, לניתוח נתונים ולבקרת מכונות.";
        assertEquals(ReadBack.words(text), readBack("he", text));
    }

    @Test
    void aPersianParagraphComesBackInTheOrderItWasWritten() throws Exception {
        String text = "جاوااسکریپت توسط برندن آیک در سال ۱۹۹۵ ساخته شد. این زبان در ابتدا برای"
                + " مرورگرها طراحی شده بود، اما امروز در سرورها و برنامه های دیگر هم به کار می رود.";
        assertEquals(ReadBack.words(text), readBack("fa", text));
    }

    /**
     * Noto Sans Arabic, which sets code, draws lam-alef and lam with alef maksura as one glyph each: its
     * letters are written as they are seen, so that turned around with the line they read in order. (The
     * isolated lam-alef is left out: a text that writes it as its presentation form, as the world's
     * Arabic page does, names that glyph for the rest of the process.)
     */
    @Test
    void ligaturesOfOneGlyphComeBackInTheOrderTheyWereWritten() throws Exception {
        String comment = "كلام على السطر الأول";
        assertEquals(ReadBack.words("x = 1 " + comment), readBack("ar", "```python\nx = 1  # " + comment + "\n```"));
    }

    /**
     * A mark on its letter (a haraka, a Hebrew point) and Noto Naskh's lam-alef, two glyphs at one place,
     * are drawn as one composite glyph each, and read back whole.
     */
    @Test
    void marksAndTwoGlyphLamAlefComeBackWhole() throws Exception {
        String arabic = "لقد أُنشئت لغة البايثون في بداية التسعينات، وهي ثلاثة أحرف.";
        assertEquals(ReadBack.words(arabic), readBack("ar", arabic));
        String hebrew = "שָׁלוֹם עֲלֵיכֶם, אָמַר הַמּוֹרֶה לַתַּלְמִידִים.";
        assertEquals(ReadBack.words(hebrew), readBack("he", hebrew));
    }
}
