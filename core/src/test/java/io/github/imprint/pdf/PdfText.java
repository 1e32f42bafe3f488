package io.github.imprint.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.imprint.epub.EpubEditionTestAccess;
import io.github.imprint.model.Publication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Reading a PDF edition back with PDFBox: its text, and the facts about its fonts. */
final class PdfText {

    private PdfText() {}

    /**
     * The text as poppler's {@code pdftotext -raw} reads it, in content order (the reading order we
     * wrote; its layout analysis would read a table column by column), the reader the checkers use. (PDFBox's
     * own extractor guesses word breaks from the width of the code it takes for a space, which in an
     * Identity-H font is some other glyph, and so joins words on tight lines.)
     */
    static String text(Path pdf) throws IOException, InterruptedException {
        return read(pdf, List.of());
    }

    /** The text of one page (counted from 1), as {@link #text} reads it. */
    static String page(Path pdf, int page) throws IOException, InterruptedException {
        return read(pdf, List.of("-f", Integer.toString(page), "-l", Integer.toString(page)));
    }

    private static String read(Path pdf, List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pdftotext", "-raw", "-enc", "UTF-8"));
        command.addAll(options);
        command.addAll(List.of(pdf.toString(), "-"));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("pdftotext failed on " + pdf);
        }
        return text;
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("pdftotext", "-v")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
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
        Set<String> read = new HashSet<>(words(joined));
        List<String> lost = words(EpubEditionTestAccess.noteText(publication)).stream()
                .filter(w -> !read.contains(w))
                .distinct()
                .toList();
        assertEquals(List.of(), lost, "words of footnotes and figure captions that do not read back");
    }

    static List<String> words(String text) {
        String separated = text.replace("-", "").replace("\u00AD", "").replaceAll("(?<=\\p{L})(?=\\p{N})", " ");
        return EpubEditionTestAccess.words(separated);
    }
}
