package io.github.imprint.font;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the bundled families say about scripts, shared by the PDF's shaper and the EPUB's fonts: the
 * script a family is for, read from its name ("Noto Serif Devanagari"); its kind (serif or sans),
 * by which a fallback is matched to the text's face; and which scripts' letters change with their
 * neighbours, so that an engine must run the font's GSUB and GPOS to set them.
 */
public final class Scripts {

    private static final Set<UnicodeScript> SHAPED = EnumSet.of(
            UnicodeScript.ARABIC,
            UnicodeScript.HEBREW,
            UnicodeScript.SYRIAC,
            UnicodeScript.THAANA,
            UnicodeScript.NKO,
            UnicodeScript.DEVANAGARI,
            UnicodeScript.BENGALI,
            UnicodeScript.GURMUKHI,
            UnicodeScript.GUJARATI,
            UnicodeScript.ORIYA,
            UnicodeScript.TAMIL,
            UnicodeScript.TELUGU,
            UnicodeScript.KANNADA,
            UnicodeScript.MALAYALAM,
            UnicodeScript.SINHALA,
            UnicodeScript.THAI,
            UnicodeScript.LAO,
            UnicodeScript.TIBETAN,
            UnicodeScript.MYANMAR,
            UnicodeScript.KHMER);

    private Scripts() {}

    /** Whether a family for {@code family}'s script has {@code script}'s letters: a CJK face has four scripts. */
    public static boolean covers(UnicodeScript family, UnicodeScript script) {
        return family == script
                || family == UnicodeScript.HAN
                        && (script == UnicodeScript.HIRAGANA
                                || script == UnicodeScript.KATAKANA
                                || script == UnicodeScript.HANGUL
                                || script == UnicodeScript.BOPOMOFO);
    }

    /** Whether the script's letters take their forms and places from their neighbours. */
    public static boolean shaped(UnicodeScript script) {
        return SHAPED.contains(script);
    }

    /**
     * The script a bundled family is for, or empty for the text families and emoji: a fallback for
     * one script need not be opened for another's letters.
     */
    public static Optional<UnicodeScript> of(String family) {
        if (family.endsWith(" CJK")) {
            return Optional.of(UnicodeScript.HAN); // and the kana, hangul and bopomofo beside it
        }
        int space = family.lastIndexOf(' ');
        if (!family.startsWith("Noto ") || space < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(UnicodeScript.forName(family.substring(space + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * "Serif" or "Sans" as the family's name says, or empty for neither (emoji, a project's path). Naskh,
     * the Arabic book hand with contrasting strokes, is the serif's companion, as Kufi would be the sans'.
     */
    public static String kind(String family) {
        if (family.contains("Sans") || family.contains("Kufi")) {
            return "Sans";
        }
        return family.contains("Serif") || family.contains("Naskh") ? "Serif" : "";
    }
}
