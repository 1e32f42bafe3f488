package io.github.imprint.typeset.hyphen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * Every official language of the EU that has patterns, and Norwegian, Catalan, Ukrainian and Kazakh: words
     * of Article 1 of the Universal Declaration of Human Rights in each language ("free and equal in
     * dignity and rights … reason and conscience … brotherhood"), broken by TeX Live's patterns
     * for the language and its own shortest fragments (Czech, Estonian, Irish, Portuguese and Slovak
     * keep three letters after the last hyphen; Greek allows one).
     */
    @ParameterizedTest
    @CsvSource({
        "bg, съвестта, съ-вест-та",
        "cs, svědomím, svě-do-mím",
        "cs, důstojnosti, dů-stoj-nosti",
        "da, rettigheder, ret-tig-he-der",
        "el, αξιοπρέπεια, α-ξιο-πρέ-πεια",
        "el, δικαιώματα, δι-καιώ-μα-τα",
        "et, südametunnistus, sü-da-me-tun-nis-tus",
        "fi, ihmisarvoltaan, ih-mi-sar-vol-taan",
        "ga, comhionann, comh-ion-ann",
        "hr, dostojanstvu, dos-to-jans-tvu",
        "hu, méltóságuk, mél-tó-sá-guk",
        "lt, teisėmis, tei-sė-mis",
        "lv, vienlīdzīgi, vien-lī-dzī-gi",
        "nl, broederschap, broe-der-schap",
        "pl, godności, god-no-ści",
        "pt, fraternidade, fra-ter-ni-dade",
        "ro, conștiință, con-ști-in-ță",
        "sk, dôstojnosti, dôs-toj-nosti",
        "sl, dostojanstvu, do-sto-jan-stvu",
        "sv, rättigheter, rät-tig-he-ter",
        "uk, гідності, гі-дно-сті",
        "ca, fraternitat, fra-ter-ni-tat",
        "nb, rettigheter, ret-tig-he-ter",
        "nn, verdighet, ver-dig-het",
        "pt-BR, dignidade, dig-ni-dade",
        "kk, тумысынан, ту-мы-сы-нан",
        "kk, құқықтары, құ-қық-та-ры",
        "kk, сондықтан, сон-дық-тан",
    })
    void everyEuropeanLanguage(String language, String word, String expected) {
        assertEquals(expected, hyphenated(language, word));
    }

    /** Maltese has no patterns in hyph-utf8, nor has Japanese; their text is set whole, and said. */
    @ParameterizedTest
    @CsvSource({"mt", "ja"})
    void languagesWithoutPatterns(String language) {
        assertTrue(Hyphenator.forLanguage(language).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"en-US, table, ta-ble"})
    void userExceptionsComeFirst(String language, String exception, String expected) {
        Hyphenator h =
                Hyphenator.forLanguage(language).orElseThrow().withExceptions(List.of(exception.replace("a", "a-")));
        assertEquals(1, h.hyphenate("table").length);
    }
}
