package io.github.imprint.pdf;

import io.github.imprint.epub.EpubEditionTestAccess;
import io.github.imprint.model.Publication;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading a PDF edition back with PDFBox: its text, and the facts about its fonts. */
final class PdfText {

    private PdfText() {
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            return stripper.getText(document);
        }
    }

    /** Every font of every page is embedded. */
    static void assertFontsEmbedded(Path pdf) throws IOException {
        List<String> missing = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded()) {
                        missing.add(font.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "fonts not embedded");
    }

    /**
     * The body text of the publication reads back in order from the PDF. Hyphens are dropped on both
     * sides before comparing, so a word hyphenated at a line's end reads as the word.
     */
    static void assertWordsInOrder(Publication publication, String pdfText) {
        String joined = pdfText.replaceAll("-[ \\t]*\\r?\\n", "-");
        EpubEditionTestAccess.assertSubsequence(words(EpubEditionTestAccess.bodyText(publication)), words(joined));
        assertTrue(words(joined).containsAll(words(EpubEditionTestAccess.noteText(publication))), "footnotes read back");
    }

    static List<String> words(String text) {
        String separated = text.replace("-", "").replace("\u00AD", "").replaceAll("(?<=\\p{L})(?=\\p{N})", " ");
        return EpubEditionTestAccess.words(separated);
    }
}
