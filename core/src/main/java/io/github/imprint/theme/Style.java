package io.github.imprint.theme;

/**
 * The resolved style of one element: every property set, inherited from body (and headings) where
 * the theme leaves it out.
 */
public record Style(
        FontRole font,
        Length size,
        Length leading,
        Color color,
        boolean italic,
        boolean bold,
        Align align,
        Length indent,
        Length spaceBefore,
        Length spaceAfter,
        Color background,
        Color border) {

    public enum FontRole {
        SERIF,
        SANS,
        MONO
    }

    public enum Align {
        JUSTIFY,
        LEFT,
        CENTER,
        RIGHT
    }
}
