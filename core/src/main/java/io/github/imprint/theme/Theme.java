package io.github.imprint.theme;

import io.github.imprint.model.IndexWords;
import io.github.imprint.model.Numbering;
import io.github.imprint.model.ReferenceWords;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A loaded theme: what both editions need to look like one book. Built by {@link ThemeLoader}.
 *
 * @param fonts    the families for the serif, sans and mono roles, and whether to embed and ligate
 * @param tocDepth heading levels shown in tables of contents
 * @param newPageDepth chapters down to this depth in a book's outline start a new page (a recto)
 * @param cover    colours of a generated cover
 * @param pdfConformance whether the PDF claims PDF/A-2a and PDF/UA-1
 * @param code     how code blocks are fitted to the measure
 */
public record Theme(
        PageGeometry page,
        Fonts fonts,
        Map<Element, Style> styles,
        int tocDepth,
        int newPageDepth,
        CoverColors cover,
        Hyphenation hyphenation,
        Syntax syntax,
        boolean pdfConformance,
        Code code,
        Captions captions,
        Index index,
        Images images,
        Tables tables) {

    public Theme {
        styles = Collections.unmodifiableMap(new EnumMap<>(styles));
    }

    public Style style(Element element) {
        return styles.get(element);
    }

    /** The family names of the three roles, and what to do with them. */
    public record Fonts(
            String serif,
            String sans,
            String mono,
            boolean embed,
            boolean ligatures,
            boolean protrusion,
            boolean expansion,
            boolean missingIsError,
            Map<Character.UnicodeScript, String> scripts) {

        /** @param scripts the family the theme names for a script's letters, before the fallback chain */
        public Fonts {
            scripts = Collections.unmodifiableMap(new TreeMap<>(scripts)); // in order: the theme is digested
        }

        public String family(Style.FontRole role) {
            return switch (role) {
                case SERIF -> serif;
                case SANS -> sans;
                case MONO -> mono;
            };
        }
    }

    public record CoverColors(Color background, Color text, Color accent) {}

    /** Colours of code by the kind of token. */
    /**
     * Code blocks: the number of columns the code size is chosen to fit on the measure, and the size it
     * may step down to.
     */
    public record Code(int columns, Length minSize) {}

    /**
     * How figures, tables and listings are numbered, the names the theme gives their kinds (empty for
     * the publication's language's own), and which of them are listed after the contents.
     */
    public record Captions(
            Numbering.Mode mode, String figure, String table, String listing, Set<Numbering.Kind> lists) {

        public Captions {
            lists = Collections.unmodifiableSet(new TreeSet<>(lists)); // in order, as scripts
        }

        /** The words of captions and references in {@code language}, with the theme's names. */
        public ReferenceWords words(String language) {
            return ReferenceWords.of(language).renamed(Optional.of(figure), Optional.of(table), Optional.of(listing));
        }
    }

    /**
     * Raster figures in the PDF: one whose resolution at its printed size exceeds {@code ppi} by half
     * again is downsampled to {@code ppi}, as print exports do; {@code 0} keeps every image as it is.
     */
    public record Images(int ppi) {}

    /**
     * Tables in the PDF: one too wide for the measure even at {@code code.min-size} is set across a
     * page turned on its side when {@code landscape} allows (the EPUB's reading system reflows it).
     */
    public record Tables(boolean landscape) {}

    /** The index at the book's end: its columns, and its title ("" for the language's own word). */
    public record Index(int columns, String title) {

        /** The index's words in {@code language}, with the theme's title. */
        public IndexWords words(String language) {
            return IndexWords.of(language).titled(title);
        }
    }

    public record Syntax(Color keyword, Color string, Color comment, Color number, Color tag, Color attribute) {}

    /** Whether capitalised words are hyphenated, and words whose breaks the theme fixes ({@code ta-ble}). */
    public record Hyphenation(boolean capitalised, List<String> exceptions) {
        public Hyphenation {
            exceptions = List.copyOf(exceptions);
        }
    }
}
