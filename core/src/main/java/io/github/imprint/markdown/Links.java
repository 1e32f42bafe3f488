package io.github.imprint.markdown;

import io.github.imprint.model.LinkTarget;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What links may point to across the book: each source file's chapter id, and each heading's id as
 * the author would write it ({@code #getting-started}) mapped to the id it got, which is unique in the
 * whole book.
 */
final class Links {

    private final Map<Path, String> chapterByFile = new HashMap<>();
    private final Map<String, String> anchors = new HashMap<>();

    void addChapter(Path file, String chapterId) {
        chapterByFile.put(file.toAbsolutePath().normalize(), chapterId);
    }

    void addAnchor(String chapterId, String written, String id) {
        anchors.putIfAbsent(chapterId + "#" + written, id);
    }

    /** The chapter a file becomes, if it is one of the book's. */
    Optional<String> chapterOf(Path file) {
        return Optional.ofNullable(chapterByFile.get(file.toAbsolutePath().normalize()));
    }

    /** A chapter and anchor as written; empty when either is unknown. */
    Optional<LinkTarget.Internal> internal(String chapterId, String fragment) {
        if (fragment.isEmpty()) {
            return Optional.of(new LinkTarget.Internal(chapterId, Optional.empty()));
        }
        String id = anchors.get(chapterId + "#" + fragment);
        return id == null ? Optional.empty() : Optional.of(new LinkTarget.Internal(chapterId, Optional.of(id)));
    }
}
