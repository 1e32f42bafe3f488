package io.github.imprint.model;

import java.util.Locale;
import java.util.Set;

/**
 * The direction a language is written in, which is the base direction of its paragraphs: Arabic,
 * Persian, Urdu, Hebrew, Yiddish and the other languages written in right-to-left scripts read from
 * the right, and so do their books, whose pages turn the other way.
 */
public enum Direction {
    LTR,
    RTL;

    /** Languages written right to left, by their primary subtag (ISO 639). */
    private static final Set<String> RIGHT_TO_LEFT =
            Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi");

    /** The direction of a BCP 47 tag such as {@code fa-IR}; a script subtag ({@code az-Arab}) decides first. */
    public static Direction of(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return LTR;
        }
        Locale locale = Locale.forLanguageTag(languageTag);
        String script = locale.getScript();
        if (!script.isEmpty()) {
            return Set.of("Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg")
                            .contains(script)
                    ? RTL
                    : LTR;
        }
        return RIGHT_TO_LEFT.contains(locale.getLanguage()) ? RTL : LTR;
    }

    public boolean rightToLeft() {
        return this == RTL;
    }

    /** The value of HTML's {@code dir} attribute. */
    public String html() {
        return name().toLowerCase(Locale.ROOT);
    }
}
