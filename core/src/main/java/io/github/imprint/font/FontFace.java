package io.github.imprint.font;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One face of a family: the family's name and whether it is bold and italic. A family is a bundled
 * one ("Noto Serif"), or a project's own, named by the absolute path of its files without the style:
 * {@code /project/fonts/Lora} stands for {@code Lora-Regular.ttf}, {@code Lora-Bold.ttf} and so on.
 */
public record FontFace(String family, boolean bold, boolean italic) {

    /** Whether the family is a project's font files rather than a bundled family. */
    public boolean fromFile() {
        return family.indexOf('/') >= 0 || family.indexOf('\\') >= 0;
    }

    /** The family's name for people and for CSS: a project font's file name without its style. */
    public String name() {
        return fromFile() ? Path.of(family).getFileName().toString() : family;
    }

    // Written out: faces are map keys on every shaped word, and the generated record methods are slow
    // until the JIT has compiled them.
    @Override
    public boolean equals(Object o) {
        return o instanceof FontFace f && f.bold == bold && f.italic == italic && f.family.equals(family);
    }

    @Override
    public int hashCode() {
        return family.hashCode() * 4 + (bold ? 2 : 0) + (italic ? 1 : 0);
    }

    /** The style's name as font files and CSS write it: Regular, Bold, Italic, BoldItalic. */
    public String styleName() {
        if (bold && italic) {
            return "BoldItalic";
        }
        return bold ? "Bold" : italic ? "Italic" : "Regular";
    }

    /** A file-name stem such as {@code NotoSerif-BoldItalic}. */
    public String fileStem() {
        return family.replace(" ", "") + "-" + styleName();
    }

    /** A lower-case id for file names in editions, such as {@code noto-serif-bold-italic}. */
    public String slug() {
        return (name().replaceAll("[^A-Za-z0-9]+", "-") + "-" + styleName().replace("BoldItalic", "Bold-Italic"))
                .toLowerCase(Locale.ROOT);
    }
}
