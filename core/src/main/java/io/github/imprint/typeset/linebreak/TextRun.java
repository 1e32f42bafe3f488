package io.github.imprint.typeset.linebreak;

import io.github.imprint.font.FontFace;
import io.github.imprint.layout.Role;
import io.github.imprint.typeset.hyphen.Hyphenator;

import java.util.Optional;

/**
 * A stretch of a paragraph's text in one style, before it becomes items.
 *
 * @param hyphenator the language's patterns, empty where words must not be hyphenated
 * @param ligatures  whether standard ligatures may form (never in code)
 * @param breakAnywhere whether the text is a URL or code, which may break after {@code / . - _ ? & =}
 * @param note       the footnote this run calls (its number's superscript), or -1
 * @param link       where the text links to: a URI, or {@code #chapter} / {@code #chapter#anchor}; null for none
 */
public record TextRun(String text, FontFace face, long size, int rgb, Role role, int block, long rise,
                      Optional<Hyphenator> hyphenator, boolean ligatures, boolean breakAnywhere, int note, String link,
                      String language) {

    public TextRun(String text, FontFace face, long size, int rgb, Role role, int block, long rise,
                   Optional<Hyphenator> hyphenator, boolean ligatures, boolean breakAnywhere, int note, String link) {
        this(text, face, size, rgb, role, block, rise, hyphenator, ligatures, breakAnywhere, note, link, null);
    }

    public TextRun(String text, FontFace face, long size, int rgb, Role role, int block, long rise,
                   Optional<Hyphenator> hyphenator, boolean ligatures, boolean breakAnywhere, int note) {
        this(text, face, size, rgb, role, block, rise, hyphenator, ligatures, breakAnywhere, note, null);
    }
}
