package io.github.imprint.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What a PDF says of itself: its pages, whether it is tagged, and the standards its XMP metadata claims
 * (PDF/A, PDF/UA). Reading claims is not validating them; Imprint's own tests hold its PDFs to them
 * with veraPDF.
 *
 * @param claims such as {@code PDF/A-2a} and {@code PDF/UA-1}, in that order
 */
public record PdfReport(Path file, int pages, boolean tagged, List<String> claims) {

    public PdfReport {
        claims = List.copyOf(claims);
    }

    /** Reads {@code pdf}; a file that is not a PDF fails with the parser's reason. */
    public static PdfReport of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String xmp = "";
            if (document.getDocumentCatalog().getMetadata() != null) {
                try (InputStream in =
                        document.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                    xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            List<String> claims = new ArrayList<>();
            String part = value(xmp, "pdfaid:part");
            if (part != null) {
                String conformance = value(xmp, "pdfaid:conformance");
                claims.add("PDF/A-" + part + (conformance == null ? "" : conformance.toLowerCase(Locale.ROOT)));
            }
            String ua = value(xmp, "pdfuaid:part");
            if (ua != null) {
                claims.add("PDF/UA-" + ua);
            }
            boolean tagged = document.getDocumentCatalog().getMarkInfo() != null
                    && document.getDocumentCatalog().getMarkInfo().isMarked();
            return new PdfReport(pdf, document.getNumberOfPages(), tagged, claims);
        }
    }

    /** One line for a log: "book.pdf, 12 pages, tagged, claims PDF/A-2a and PDF/UA-1 (…)". */
    public String summary() {
        return String.format(
                "%s, %d page%s, %s, %s",
                file.getFileName(),
                pages,
                pages == 1 ? "" : "s",
                tagged ? "tagged" : "not tagged",
                claims.isEmpty()
                        ? "claims no standard"
                        : "claims " + String.join(" and ", claims) + " (Imprint's tests hold it to them with veraPDF)");
    }

    private static String value(String xmp, String property) {
        Matcher m = Pattern.compile(
                        "<" + Pattern.quote(property) + ">\\s*([^<]+?)\\s*</" + Pattern.quote(property) + ">")
                .matcher(xmp);
        if (m.find()) {
            return m.group(1);
        }
        m = Pattern.compile(Pattern.quote(property) + "=\"([^\"]+)\"").matcher(xmp);
        return m.find() ? m.group(1) : null;
    }
}
