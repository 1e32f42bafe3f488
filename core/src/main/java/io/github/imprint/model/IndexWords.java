package io.github.imprint.model;

import java.util.Locale;
import java.util.Map;

/**
 * The words of the index in the publication's language: its title ("Index", "Stichwortverzeichnis",
 * "Предметный указатель"), the cross-references ("see", "see also"; "siehe", "siehe auch") and the
 * heading of the group of entries that begin with no letter, and what follows an entry repeated at the
 * head of a column its sub-entries run on to ("ownership (continued)", "Eigentum (Fortsetzung)"). English where Imprint has no words for
 * the language.
 */
public record IndexWords(String title, String see, String seeAlso, String symbols, String continued) {

    /** By language: title|see|see also|symbols|continued. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("en", "Index|see|see also|Symbols|continued"),
            Map.entry("de", "Stichwortverzeichnis|siehe|siehe auch|Symbole|Fortsetzung"),
            Map.entry("fr", "Index|voir|voir aussi|Symboles|suite"),
            Map.entry("es", "Índice alfabético|véase|véase también|Símbolos|continuación"),
            Map.entry("it", "Indice analitico|vedi|vedi anche|Simboli|continua"),
            Map.entry("pt", "Índice remissivo|ver|ver também|Símbolos|continuação"),
            Map.entry("nl", "Register|zie|zie ook|Symbolen|vervolg"),
            Map.entry("pl", "Indeks|zob.|zob. też|Symbole|cd."),
            Map.entry("cs", "Rejstřík|viz|viz též|Symboly|pokračování"),
            Map.entry("sk", "Register|pozri|pozri aj|Symboly|pokračovanie"),
            Map.entry("sl", "Stvarno kazalo|glej|glej tudi|Simboli|nadaljevanje"),
            Map.entry("hr", "Kazalo|vidi|vidi također|Simboli|nastavak"),
            Map.entry("hu", "Tárgymutató|lásd|lásd még|Szimbólumok|folytatás"),
            Map.entry("ro", "Index|vezi|vezi și|Simboluri|continuare"),
            Map.entry("bg", "Азбучен указател|вж.|вж. също|Символи|продължение"),
            Map.entry("el", "Ευρετήριο|βλ.|βλ. επίσης|Σύμβολα|συνέχεια"),
            Map.entry("da", "Stikordsregister|se|se også|Symboler|fortsat"),
            Map.entry("sv", "Register|se|se även|Symboler|forts."),
            Map.entry("no", "Register|se|se også|Symboler|forts."),
            Map.entry("fi", "Hakemisto|katso|katso myös|Symbolit|jatkuu"),
            Map.entry("et", "Register|vt|vt ka|Sümbolid|järg"),
            Map.entry("lv", "Alfabētiskais rādītājs|sk.|sk. arī|Simboli|turpinājums"),
            Map.entry("lt", "Rodyklė|žr.|taip pat žr.|Simboliai|tęsinys"),
            Map.entry("ga", "Innéacs|féach|féach freisin|Siombailí|ar lean"),
            Map.entry("mt", "Indiċi|ara|ara wkoll|Simboli|tkompli"),
            Map.entry("ca", "Índex alfabètic|vegeu|vegeu també|Símbols|continuació"),
            Map.entry("ru", "Предметный указатель|см.|см. также|Символы|продолжение"),
            Map.entry("uk", "Предметний покажчик|див.|див. також|Символи|продовження"),
            Map.entry("he", "מפתח|ראו|ראו גם|סמלים|המשך"),
            Map.entry("ar", "الفهرس|انظر|انظر أيضًا|رموز|تابع"),
            Map.entry("fa", "نمایه|نگاه کنید به|همچنین نگاه کنید به|نمادها|ادامه"));

    public static IndexWords of(String languageTag) {
        String[] w = ReferenceWords.words(WORDS, languageTag);
        return new IndexWords(w[0], w[1], w[2], w[3], w[4]);
    }

    /** A cross-reference's word as it opens a sentence: "See", "See also", "Siehe". */
    public static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /** The same words with the title a theme gives (blank keeps it). */
    public IndexWords titled(String other) {
        return other == null || other.isBlank() ? this : new IndexWords(other, see, seeAlso, symbols, continued);
    }
}
