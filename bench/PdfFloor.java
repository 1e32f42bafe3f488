import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The benchmark's floor: what PDFBox alone needs to write a book's text, greedily filled into lines of
 * one font on A5 pages, with no typesetting at all (no shaping, kerning, hyphenation, justification,
 * footnotes). Imprint's PDF edition is measured against this in the same run.
 *
 * Usage: java -cp CLASSPATH PdfFloor BOOK_FOLDER OUT.pdf
 */
public class PdfFloor {
    private static final Map<Integer, Boolean> SUPPORTED = new HashMap<>();

    /** Whether the font has the character, asked once per character. */
    private static boolean supported(PDType0Font font, int cp) {
        return SUPPORTED.computeIfAbsent(cp, c -> {
            try {
                return font.hasGlyph(c);
            } catch (IOException e) {
                return false;
            }
        });
    }

    /**
     * Renames the font's GSUB table, so that PDFBox's showText does not run its ligature substitution,
     * which compiles a regular expression on every call and would make the floor ten times slower than
     * writing the text. The floor is meant to be PDFBox writing text, nothing more.
     */
    private static void hideGsub(byte[] font) {
        int tables = (font[4] & 0xFF) << 8 | (font[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int at = 12 + i * 16;
            if (font[at] == 'G' && font[at + 1] == 'S' && font[at + 2] == 'U' && font[at + 3] == 'B') {
                font[at] = 'X';
            }
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file).replaceFirst("(?s)^---\n.*?\n---\n", "");
                for (String p : text.split("\n\n")) {
                    String plain = p.replaceAll("[#>*_\\[\\]^]", "").replace('\n', ' ').strip();
                    if (!plain.isEmpty()) {
                        paragraphs.add(plain);
                    }
                }
            }
        }
        float width = 419.53f;
        float height = 595.28f;
        float margin = 50f;
        float size = 10.5f;
        float leading = 14f;
        byte[] bytes;
        try (InputStream in = PdfFloor.class.getResourceAsStream("/io/github/imprint/font/noto/NotoSerif-Regular.ttf")) {
            bytes = in.readAllBytes();
        }
        hideGsub(bytes);
        try (PDDocument pdf = new PDDocument()) {
            PDType0Font font = PDType0Font.load(pdf, new ByteArrayInputStream(bytes), true);
            float measure = width - 2 * margin;
            float space = font.getStringWidth(" ") / 1000 * size;
            PDPageContentStream page = null;
            float y = 0;
            for (String paragraph : paragraphs) {
                StringBuilder line = new StringBuilder();
                float lineWidth = 0;
                List<String> lines = new ArrayList<>();
                for (String word : paragraph.split("\\s+")) {
                    StringBuilder ok = new StringBuilder();
                    word.codePoints().filter(cp -> supported(font, cp)).forEach(ok::appendCodePoint);
                    float w = font.getStringWidth(ok.toString()) / 1000 * size;
                    if (lineWidth + w > measure && line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    if (line.length() > 0) {
                        line.append(' ');
                        lineWidth += space;
                    }
                    line.append(ok);
                    lineWidth += w;
                }
                lines.add(line.toString());
                for (String text : lines) {
                    if (page == null || y < margin) {
                        if (page != null) {
                            page.close();
                        }
                        PDPage p = new PDPage(new PDRectangle(width, height));
                        pdf.addPage(p);
                        page = new PDPageContentStream(pdf, p);
                        y = height - margin;
                    }
                    page.beginText();
                    page.setFont(font, size);
                    page.newLineAtOffset(margin, y);
                    page.showText(text);
                    page.endText();
                    y -= leading;
                }
            }
            if (page != null) {
                page.close();
            }
            pdf.save(args[1]);
        }
    }
}
