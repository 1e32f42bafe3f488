package io.github.imprint.pdf;

import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontLibrary;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.PagedDocument;
import io.github.imprint.layout.Placed;
import io.github.imprint.layout.PrintedImage;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32C;
import java.util.zip.Deflater;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Paints a {@link PagedDocument} into a PDF. Each face used becomes one Type 0 font, subset to the
 * glyphs the pages use (ligature glyphs included, which no character maps to) and subset here, since
 * PDFBox only subsets by itself the fonts its own content stream writer has used (a face with CFF
 * outlines, which PDFBox cannot embed, is subset and embedded by {@link CompactFonts} once the pages'
 * glyphs are known); each image is embedded once however often it appears; each page gets one content
 * stream.
 */
public final class PdfWriter {

    /**
     * What was written.
     *
     * @param unsupported for each SVG figure not drawn whole, what was left out and why
     */
    public record Result(Path file, long bytes, int pages, Map<Path, String> unsupported) {}

    private PdfWriter() {}

    /** A page's content stream; pages are independent, so they are written on all cores. */
    private static byte[] content(
            Page page,
            int[] marks,
            Tagging tagging,
            int pageIndex,
            Map<FontFace, String> fontNames,
            Map<Path, String> imageNames,
            ClusterGlyphs clusters) {
        ContentStream content = new ContentStream(page.height(), clusters);
        int open = Integer.MIN_VALUE;
        Page.Turn turn = page.turn();
        for (int i = 0; i < page.items().size(); i++) {
            Placed placed = page.items().get(i);
            if (turn != null && (i == turn.from() || i == turn.to())) {
                // marked content and the turned state nest: each closes inside the other
                if (open != Integer.MIN_VALUE) {
                    content.endMarked();
                    open = Integer.MIN_VALUE;
                }
                if (i == turn.from()) {
                    content.turn(turn);
                } else {
                    content.unturn();
                }
            }
            if (marks[i] != open) {
                if (open != Integer.MIN_VALUE) {
                    content.endMarked();
                }
                open = marks[i];
                if (open == Tagging.ARTIFACT) {
                    content.beginArtifact();
                } else {
                    content.beginMarked(tagging.tag(pageIndex, open), open, tagging.language(pageIndex, open));
                }
            }
            if (placed instanceof Placed.GlyphRun run) {
                content.text(run, fontNames.get(run.face()));
            } else if (placed instanceof Placed.Rule rule) {
                content.rule(rule);
            } else if (placed instanceof Placed.Image image) {
                content.image(image, imageNames.get(image.image().file()));
            }
        }
        if (open != Integer.MIN_VALUE) {
            content.endMarked();
        }
        if (turn != null && turn.to() >= page.items().size()) {
            content.unturn();
        }
        return content.bytes();
    }

    /**
     * The XMP metadata, uncompressed as PDF/A asks; for a conforming file also the sRGB output intent
     * that says what the colours mean, from Java's own sRGB profile.
     */
    private static void metadata(PDDocument pdf, PdfInfo info, String language) throws IOException {
        byte[] xmp = Xmp.packet(info, language, PdfInfo.producer(), info.conforming(), info.conforming())
                .getBytes(StandardCharsets.UTF_8);
        PDMetadata metadata = new PDMetadata(pdf);
        try (OutputStream out = metadata.getCOSObject().createRawOutputStream()) {
            out.write(xmp);
        }
        pdf.getDocumentCatalog().setMetadata(metadata);
        if (info.conforming()) {
            byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(profile));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            pdf.getDocumentCatalog().addOutputIntent(intent);
        }
    }

    /**
     * The file identifier, derived from the content rather than the clock, so the same pages give the
     * same bytes: both halves are the first 16 bytes of a SHA-256 over each page's checksums and the info.
     */
    private static COSArray documentId(List<byte[]> contents, PdfInfo info) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // each page's content by two quick checksums, then one SHA-256 over those and the info
            ByteBuffer keys = ByteBuffer.allocate(contents.size() * 12);
            for (byte[] content : contents) {
                CRC32C crc = new CRC32C();
                crc.update(content);
                Adler32 adler = new Adler32();
                adler.update(content);
                keys.putInt((int) crc.getValue()).putInt((int) adler.getValue()).putInt(content.length);
            }
            digest.update(keys.array());
            digest.update(info.toString().getBytes(StandardCharsets.UTF_8));
            byte[] id = Arrays.copyOf(digest.digest(), 16);
            COSArray array = new COSArray();
            array.add(new COSString(id));
            array.add(new COSString(id));
            return array;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** A page's compressed content stream, and the glyphs it uses of each face. */
    private record PageContent(byte[] bytes, BitSet[] glyphs) {}

    private static BitSet[] glyphs(Page page, List<FontFace> faces) {
        BitSet[] bits = new BitSet[faces.size()];
        for (int f = 0; f < bits.length; f++) {
            bits[f] = new BitSet();
        }
        FontFace last = null;
        BitSet current = null;
        for (Placed placed : page.items()) {
            if (placed instanceof Placed.GlyphRun run) {
                if (!run.face().equals(last)) {
                    last = run.face();
                    current = bits[faces.indexOf(last)];
                }
                for (int g : run.glyphs()) {
                    current.set(g);
                }
            }
        }
        return bits;
    }

    private static void onOwnThread(Runnable task) {
        Thread thread = new Thread(task, "imprint-pdf-fonts");
        thread.setDaemon(true);
        thread.start();
    }

    /** The fonts loaded on their own thread, or the failure that stopped them. */
    private static Map<FontFace, PDType0Font> fontsLoaded(CompletableFuture<Map<FontFace, PDType0Font>> loading)
            throws IOException {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    public static Result write(PagedDocument document, PdfInfo info, Path target) throws IOException {
        return write(document, info, target, Downsampling.none());
    }

    /** The PDF, with raster figures that print sharper than {@code downsampling} asks reduced. */
    public static Result write(PagedDocument document, PdfInfo info, Path target, Downsampling downsampling)
            throws IOException {
        Map<Path, String> unsupported = Map.of();
        // the faces in order of first use name the fonts F1, F2 …; their glyphs are gathered page by page
        LinkedHashSet<FontFace> used = new LinkedHashSet<>();
        Map<Path, String> imageNames = new LinkedHashMap<>();
        // the sources already sniffed each image's type; a WebP's stand-in is a PNG or JPEG, so not SVG
        Set<Path> svg = new HashSet<>();
        // each raster image with the largest size it is printed at, for downsampling
        Map<Path, PrintedImage> printed = new LinkedHashMap<>();
        for (Page page : document.pages()) {
            for (Placed placed : page.items()) {
                if (placed instanceof Placed.GlyphRun run) {
                    used.add(run.face());
                } else if (placed instanceof Placed.Image image) {
                    imageNames.putIfAbsent(image.image().file(), "Im" + (imageNames.size() + 1));
                    if (image.image().format().vector()) {
                        svg.add(image.image().file());
                    } else {
                        printed.merge(
                                image.image().file(),
                                new PrintedImage(
                                        image.image().width(), image.image().height(), image.width(), image.height()),
                                PrintedImage::widest);
                    }
                }
            }
        }
        List<FontFace> faces = new ArrayList<>(used);
        Map<FontFace, String> fontNames = new HashMap<>();
        for (int f = 0; f < faces.size(); f++) {
            fontNames.put(faces.get(f), "F" + (f + 1));
        }
        List<TrueTypeFont> open = Collections.synchronizedList(new ArrayList<>());
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".part", readable(parent));
        CompletableFuture<Map<FontFace, PDType0Font>> loading = null;
        try (PDDocument pdf = new PDDocument()) {
            try {
                // fonts and images go into the document on a thread of their own while the pages' content
                // streams are written (which does not touch the document), then this thread takes over
                Map<Path, PDXObject> images = new HashMap<>();
                unsupported = new LinkedHashMap<>();
                Map<Path, String> skipped = unsupported;
                loading = CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                Map<FontFace, PDType0Font> loaded = new HashMap<>();
                                // a face with CFF outlines is embedded once the pages' glyphs are known;
                                // the others are parsed side by side (a CJK face takes a tenth of a
                                // second), then put into the document one by one
                                List<FontFace> trueType = faces.stream()
                                        .filter(face -> !FontLibrary.compact(face))
                                        .toList();
                                List<TrueTypeFont> parsed = trueType.parallelStream()
                                        .map(FontLibrary::open)
                                        .toList();
                                open.addAll(parsed);
                                for (int k = 0; k < trueType.size(); k++) {
                                    loaded.put(trueType.get(k), PDType0Font.load(pdf, parsed.get(k), true));
                                }
                                Map<Path, Path> standIns = downsampling.standIns(printed);
                                Map<Path, PngAlpha.Prepared> prepared = PdfImages.prepare(imageNames.keySet().stream()
                                        .filter(file -> !svg.contains(file))
                                        .map(file -> standIns.getOrDefault(file, file))
                                        .toList());
                                for (Path file : imageNames.keySet()) {
                                    Path embedded = standIns.getOrDefault(file, file);
                                    images.put(
                                            file,
                                            svg.contains(file)
                                                    ? PdfImages.svgForm(pdf, file, skipped)
                                                    : PdfImages.raster(
                                                            pdf, embedded, info.conforming(), prepared.get(embedded)));
                                }
                                return loaded;
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        PdfWriter::onOwnThread);
                Tagging tagging = Tagging.mark(document);
                ClusterGlyphs clusters = ClusterGlyphs.of(document.pages());
                List<PageContent> written = IntStream.range(0, document.pages().size())
                        .parallel()
                        .mapToObj(p -> new PageContent(
                                deflate(content(
                                        document.pages().get(p),
                                        tagging.marks(p),
                                        tagging,
                                        p,
                                        fontNames,
                                        imageNames,
                                        clusters)),
                                glyphs(document.pages().get(p), faces)))
                        .toList();
                List<byte[]> contents = written.stream().map(PageContent::bytes).toList();
                Map<FontFace, PDType0Font> fonts = fontsLoaded(loading);
                List<BitSet> usedGlyphs = new ArrayList<>();
                for (int f = 0; f < faces.size(); f++) {
                    BitSet bits = new BitSet();
                    for (PageContent page : written) {
                        bits.or(page.glyphs()[f]);
                    }
                    usedGlyphs.add(bits);
                    if (FontLibrary.compact(faces.get(f))) {
                        fonts.put(faces.get(f), CompactFonts.embed(pdf, faces.get(f), bits));
                        continue;
                    }
                    fonts.get(faces.get(f))
                            .addGlyphsToSubset(bits.stream().boxed().collect(Collectors.toCollection(TreeSet::new)));
                }
                List<PDPage> pdPages = new ArrayList<>();
                for (int p = 0; p < document.pages().size(); p++) {
                    Page page = document.pages().get(p);
                    PDPage pdPage = new PDPage(new PDRectangle(page.width() / 1000f, page.height() / 1000f));
                    if (page.turn() != null) {
                        pdPage.setRotation(90); // viewers show the turned page so that it reads
                    }
                    PDResources resources = new PDResources();
                    pdPage.setResources(resources);
                    for (Placed placed : page.items()) {
                        if (placed instanceof Placed.GlyphRun run) {
                            resources.put(COSName.getPDFName(fontNames.get(run.face())), fonts.get(run.face()));
                        } else if (placed instanceof Placed.Image image) {
                            resources.put(
                                    COSName.getPDFName(
                                            imageNames.get(image.image().file())),
                                    images.get(image.image().file()));
                        }
                    }
                    COSStream stream = pdf.getDocument().createCOSStream();
                    stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
                    try (OutputStream raw = stream.createRawOutputStream()) {
                        raw.write(contents.get(p));
                    }
                    pdPage.setContents(new PDStream(stream));
                    pdf.addPage(pdPage);
                    pdPages.add(pdPage);
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
                information.setProducer(PdfInfo.producer());
                information.setCreator(PdfInfo.producer());
                Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
                created.setTimeInMillis(info.created().getEpochSecond() * 1000);
                information.setCreationDate(created);
                information.setModificationDate(created);
                pdf.getDocumentCatalog().setLanguage(document.language());
                tagging.buildTree(pdf.getDocumentCatalog().getCOSObject(), pdPages, document.language());
                pdf.setVersion(1.7f);
                metadata(pdf, info, document.language());
                Outline.add(pdf, pdPages, document);
                Links.add(pdf, pdPages, document, tagging);
                Map<FontFace, Map<Integer, String>> shaped = ToUnicode.shaped(document.pages());
                for (int f = 0; f < faces.size(); f++) {
                    PDType0Font font = fonts.get(faces.get(f));
                    boolean compact = FontLibrary.compact(faces.get(f));
                    Map<Integer, String> clustered = Map.of();
                    if (!compact) {
                        font.subset();
                        clusters.embed(font, faces.get(f));
                        clustered = clusters.texts(faces.get(f), shaped.get(faces.get(f)));
                    }
                    ToUnicode.complete(
                            pdf, font, faces.get(f), usedGlyphs.get(f), shaped.get(faces.get(f)), compact, clustered);
                }
                pdf.getDocument().getTrailer().setItem(COSName.ID, documentId(contents, info));
                pdf.save(temporary.toFile());
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                if (loading != null) {
                    // the document is not closed under the thread still putting fonts into it
                    loading.handle((fonts, failure) -> null).join();
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
            for (TrueTypeFont ttf : open) {
                ttf.close();
            }
        }
        return new Result(target, Files.size(target), document.pages().size(), unsupported);
    }
    /**
     * An edition is made readable as other build outputs are ({@code rw-r--r--} under the usual umask,
     * which still applies); a temporary file alone would be the owner's only.
     */
    private static FileAttribute<?>[] readable(Path folder) throws IOException {
        return Files.getFileStore(folder).supportsFileAttributeView("posix")
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"))
                }
                : new FileAttribute<?>[0];
    }
}
