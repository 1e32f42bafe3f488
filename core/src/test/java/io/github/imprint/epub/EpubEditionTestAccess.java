package io.github.imprint.epub;

import io.github.imprint.model.Publication;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The read-back helpers of {@link EpubEditionTest}, for the PDF tests in another package. */
public final class EpubEditionTestAccess {

    private EpubEditionTestAccess() {}

    public static String bodyText(Publication publication) {
        return EpubEditionTest.modelText(publication, false);
    }

    public static String noteText(Publication publication) {
        return EpubEditionTest.modelText(publication, true);
    }

    public static List<String> words(String text) {
        return EpubEditionTest.words(text);
    }

    public static void assertSubsequence(List<String> expected, List<String> actual) {
        EpubEditionTest.assertSubsequence(expected, actual);
    }

    public static Publication load(Path book) {
        return EpubEditionTest.load(book);
    }

    public static boolean pandocAvailable() {
        return Pandoc.available();
    }

    public static void assertPandocReadsBack(Publication publication, Path epub) throws Exception {
        EpubEditionTest.assertWordsInOrder(publication, Pandoc.plainText(epub));
    }

    public static Path featureBook() throws URISyntaxException {
        return EpubEditionTest.featureBook();
    }
}
