package io.github.imprint.pdf;

import java.time.Instant;
import java.util.List;

/** What the PDF says about itself in its information dictionary. */
public record PdfInfo(String title, List<String> authors, String subject, List<String> keywords, Instant created) {

    public PdfInfo {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
    }
}
