package io.github.imprint.theme;

import java.util.Locale;
import java.util.Optional;

/** The elements a theme styles, each a section of {@code theme.yaml}. */
public enum Element {
    BODY,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    STANDFIRST,
    BYLINE,
    BLOCKQUOTE,
    CODE,
    CAPTION,
    ASIDE,
    FOOTNOTE,
    TABLE,
    LINK;

    /** The section name in {@code theme.yaml}, such as {@code blockquote}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Element> ofKey(String key) {
        for (Element e : values()) {
            if (e.key().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The heading element of a level from 1 to 6. */
    public static Element heading(int level) {
        return values()[H1.ordinal() + Math.max(1, Math.min(6, level)) - 1];
    }

    public boolean isHeading() {
        return ordinal() >= H1.ordinal() && ordinal() <= H6.ordinal();
    }
}
