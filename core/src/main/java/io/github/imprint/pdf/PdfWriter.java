package io.github.imprint.pdf;

import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontLibrary;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.PagedDocument;
import io.github.imprint.layout.Placed;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;

/**
 * Paints a {@link PagedDocument} into a PDF. Each face used becomes one Type 0 font, subset to the
 * glyphs the pages use (ligature glyphs included, which no character maps to) and subset here, since
 * PDFBox only subsets by itself the fonts its own content stream writer has used; each image is embedded
 * once however often it appears; each page gets one content stream.
 */
public final class PdfWriter {

    /** What was written. */
    public record Result(Path file, long bytes, int pages) {
    }

    private PdfWriter() {
    }

    public static Result write(PagedDocument document, PdfInfo info, Path target) throws IOException {
        Map<FontFace, Set<Integer>> used = new LinkedHashMap<>();
        for (Page page : document.pages()) {
            for (Placed placed : page.items()) {
                if (placed instanceof Placed.GlyphRun run) {
                    Set<Integer> glyphs = used.computeIfAbsent(run.face(), f -> new TreeSet<>());
                    for (int g : run.glyphs()) {
                        glyphs.add(g);
                    }
                }
            }
        }
        List<TrueTypeFont> open = new ArrayList<>();
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".part");
        try (PDDocument pdf = new PDDocument()) {
            Map<FontFace, PDType0Font> fonts = new HashMap<>();
            for (Map.Entry<FontFace, Set<Integer>> entry : used.entrySet()) {
                TrueTypeFont ttf = FontLibrary.open(entry.getKey());
                open.add(ttf);
                PDType0Font font = PDType0Font.load(pdf, ttf, true);
                font.addGlyphsToSubset(entry.getValue());
                fonts.put(entry.getKey(), font);
            }
            Map<Path, PDImageXObject> images = new HashMap<>();
            for (Page page : document.pages()) {
                PDPage pdPage = new PDPage(new PDRectangle(page.width() / 1000f, page.height() / 1000f));
                PDResources resources = new PDResources();
                pdPage.setResources(resources);
                Map<FontFace, String> fontNames = new HashMap<>();
                ContentStream content = new ContentStream(page.height());
                for (Placed placed : page.items()) {
                    if (placed instanceof Placed.GlyphRun run) {
                        String name = fontNames.computeIfAbsent(run.face(), f -> resources.add(fonts.get(f)).getName());
                        content.text(run, name);
                    } else if (placed instanceof Placed.Rule rule) {
                        content.rule(rule);
                    } else if (placed instanceof Placed.Image image) {
                        PDImageXObject xobject = images.get(image.image().file());
                        if (xobject == null) {
                            xobject = PDImageXObject.createFromFileByContent(image.image().file().toFile(), pdf);
                            images.put(image.image().file(), xobject);
                        }
                        content.image(image, resources.add(xobject).getName());
                    }
                }
                PDStream stream = new PDStream(pdf, new ByteArrayInputStream(content.bytes()), COSName.FLATE_DECODE);
                pdPage.setContents(stream);
                pdf.addPage(pdPage);
            }
            PDDocumentInformation information = pdf.getDocumentInformation();
            information.setTitle(info.title());
            if (!info.authors().isEmpty()) {
                information.setAuthor(String.join(", ", info.authors()));
            }
            if (info.subject() != null) {
                information.setSubject(info.subject());
            }
            if (!info.keywords().isEmpty()) {
                information.setKeywords(String.join(", ", info.keywords()));
            }
            information.setProducer("Imprint");
            information.setCreator("Imprint");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(info.created().toEpochMilli());
            information.setCreationDate(created);
            information.setModificationDate(created);
            pdf.getDocumentCatalog().setLanguage(document.language());
            for (PDType0Font font : fonts.values()) {
                font.subset();
            }
            pdf.save(temporary.toFile());
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
            for (TrueTypeFont ttf : open) {
                ttf.close();
            }
        }
        return new Result(target, Files.size(target), document.pages().size());
    }
}
