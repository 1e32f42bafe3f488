package io.github.imprint.model;

import java.util.List;

/**
 * One publication: an article (one chapter) or a book (many), with its metadata.
 *
 * @param kind     article or book, which decides front matter such as a title page
 * @param metadata title, people, language and the rest
 * @param chapters in reading order; chapter ids are unique
 */
public record Publication(Kind kind, Metadata metadata, List<Chapter> chapters) {

    public enum Kind {
        ARTICLE,
        BOOK
    }

    public Publication {
        chapters = List.copyOf(chapters);
    }

    /** Visits every block of every chapter, footnotes included, in reading order. */
    public void accept(Visitor visitor) {
        for (Chapter chapter : chapters) {
            chapter.accept(visitor);
        }
    }
}
