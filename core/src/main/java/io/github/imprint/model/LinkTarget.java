package io.github.imprint.model;

import java.util.Optional;

/** Where a link goes: out of the publication, or to a chapter and perhaps an anchor in it. */
public sealed interface LinkTarget {

    /** A URI outside the publication, such as {@code https://…} or {@code mailto:…}. */
    record External(String uri) implements LinkTarget {}

    /** A chapter of this publication, and an id inside it (a heading's, say). */
    record Internal(String chapterId, Optional<String> anchor) implements LinkTarget {}
}
