package io.github.imprint.typeset.hyphen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HyphenatorTest {

    static String hyphenated(String language, String word) {
        int[] points = Hyphenator.forLanguage(language).orElseThrow().hyphenate(word);
        StringBuilder out = new StringBuilder(word);
        for (int i = points.length - 1; i >= 0; i--) {
            out.insert(points[i], '-');
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource({
        "en-US, hyphenation, hy-phen-ation",
        "en-US, typesetting, type-set-ting",
        "en-US, Constitution, Con-sti-tu-tion",
        "en-GB, democratise, demo-crat-ise",
        "de, Silbentrennung, Sil-ben-tren-nung",
        "de, Anführungszeichen, An-füh-rungs-zei-chen",
        "fr, constitutionnel, consti-tu-tion-nel",
        "es, constitucional, cons-ti-tu-cio-nal",
        "it, costituzionale, co-sti-tu-zio-na-le",
        "ru, конституция, кон-сти-ту-ция",
    })
    void patternsOfEachLanguage(String language, String word, String expected) {
        assertEquals(expected, hyphenated(language, word));
    }

    @ParameterizedTest
    @CsvSource({"en-US, table, ta-ble"})
    void userExceptionsComeFirst(String language, String exception, String expected) {
        Hyphenator h =
                Hyphenator.forLanguage(language).orElseThrow().withExceptions(List.of(exception.replace("a", "a-")));
        assertEquals(1, h.hyphenate("table").length);
    }
}
