package io.github.imprint.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * What the PDF says about itself in its information dictionary and its XMP metadata, and the standards
 * it claims to meet.
 *
 * @param conforming whether the file claims PDF/A-2a and PDF/UA-1 (and carries what they ask for: the
 *                   output intent and the XMP identification); tagged either way
 */
public record PdfInfo(
        String title,
        List<String> authors,
        String subject,
        List<String> keywords,
        Instant created,
        boolean conforming) {

    public PdfInfo {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
    }

    /** A conforming PDF's information. */
    public PdfInfo(String title, List<String> authors, String subject, List<String> keywords, Instant created) {
        this(title, authors, subject, keywords, created, true);
    }

    /** "Imprint" and its version, as the producer of every file. */
    public static String producer() {
        return Producer.NAME;
    }

    private static final class Producer {
        static final String NAME = read();

        private static String read() {
            try (InputStream in = PdfInfo.class.getResourceAsStream("imprint.properties")) {
                Properties properties = new Properties();
                if (in != null) {
                    properties.load(in);
                }
                return "Imprint " + properties.getProperty("version", "development");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
