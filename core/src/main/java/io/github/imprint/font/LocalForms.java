package io.github.imprint.font;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The forms a language writes a shared character in: GSUB's {@code locl} feature, as the font's
 * language systems list it (OpenType 1.9, "Script List Table"), applied as its single substitutions
 * (lookup type 1). One Pan-CJK font carries the Japanese, Korean, Simplified and Traditional Chinese
 * shapes of the ideographs they share; 直 or 骨 differ between them, and a reader of each language
 * expects their own. The font's default forms stand for text in no language it names.
 */
final class LocalForms {

    private final byte[] gsub;
    private final Map<String, List<int[]>> byLanguage = new ConcurrentHashMap<>();

    private LocalForms(byte[] gsub) {
        this.gsub = gsub;
    }

    static LocalForms read(byte[] gsub) {
        return new LocalForms(gsub);
    }

    /**
     * The OpenType language system of a BCP 47 tag, where it has forms of its own: {@code JAN},
     * {@code KOR}, {@code ZHS}, {@code ZHT} (Taiwan, Traditional) and {@code ZHH} (Hong Kong, Macau);
     * null for every other language.
     */
    static String system(String language) {
        if (language == null) {
            return null;
        }
        return SYSTEMS.computeIfAbsent(language, LocalForms::systemOf).orElse(null);
    }

    private static final Map<String, Optional<String>> SYSTEMS = new ConcurrentHashMap<>();

    private static Optional<String> systemOf(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String region = locale.getCountry();
        boolean hongKong = region.equals("HK") || region.equals("MO");
        return Optional.ofNullable(
                switch (locale.getLanguage()) {
                    case "ja" -> "JAN ";
                    case "ko" -> "KOR ";
                    case "zh" ->
                        hongKong ? "ZHH " : locale.getScript().equals("Hant") || region.equals("TW") ? "ZHT " : "ZHS ";
                    default -> null;
                });
    }

    /** The glyph the language system writes for {@code glyph}: itself where it has no form of its own. */
    int substitute(int glyph, String system) {
        if (gsub == null || system == null) {
            return glyph;
        }
        for (int[] subtable : byLanguage.computeIfAbsent(system, this::subtables)) {
            int at = subtable[1];
            int index = OpenTypeTables.coverage(gsub, at + OpenTypeTables.u16(gsub, at + 2), glyph);
            if (index >= 0) {
                return OpenTypeTables.u16(gsub, at) == 1
                        ? (glyph + OpenTypeTables.s16(gsub, at + 4)) & 0xFFFF
                        : OpenTypeTables.u16(gsub, at + 6 + 2 * index);
            }
        }
        return glyph;
    }

    /** The single-substitution subtables of {@code locl} under the language system, in lookup order. */
    private List<int[]> subtables(String system) {
        int scriptList = OpenTypeTables.u16(gsub, 4);
        int featureList = OpenTypeTables.u16(gsub, 6);
        Set<Integer> lookups = new TreeSet<>();
        int scripts = OpenTypeTables.u16(gsub, scriptList);
        for (int s = 0; s < scripts; s++) {
            int script = scriptList + OpenTypeTables.u16(gsub, scriptList + 2 + s * 6 + 4);
            int systems = OpenTypeTables.u16(gsub, script + 2);
            for (int l = 0; l < systems; l++) {
                int record = script + 4 + l * 6;
                if (!new String(gsub, record, 4, StandardCharsets.US_ASCII).equals(system)) {
                    continue;
                }
                int langSys = script + OpenTypeTables.u16(gsub, record + 4);
                int features = OpenTypeTables.u16(gsub, langSys + 4);
                for (int f = 0; f < features; f++) {
                    int featureRecord = featureList + 2 + OpenTypeTables.u16(gsub, langSys + 6 + 2 * f) * 6;
                    if (new String(gsub, featureRecord, 4, StandardCharsets.US_ASCII).equals("locl")) {
                        int feature = featureList + OpenTypeTables.u16(gsub, featureRecord + 4);
                        int count = OpenTypeTables.u16(gsub, feature + 2);
                        for (int k = 0; k < count; k++) {
                            lookups.add(OpenTypeTables.u16(gsub, feature + 4 + 2 * k));
                        }
                    }
                }
            }
        }
        List<int[]> result = new ArrayList<>();
        for (int lookup : lookups) {
            for (int[] subtable : OpenTypeTables.subtables(gsub, lookup, 7)) {
                if (subtable[0] == 1) {
                    result.add(subtable);
                }
            }
        }
        return result;
    }
}
