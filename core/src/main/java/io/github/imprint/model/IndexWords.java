package io.github.imprint.model;

import java.util.Locale;
import java.util.Map;

/**
 * The words of the index in the publication's language: its title ("Index", "Stichwortverzeichnis",
 * "Предметный указатель"), the cross-references ("see", "see also"; "siehe", "siehe auch") and the
 * heading of the group of entries that begin with no letter. English where Imprint has no words for
 * the language.
 */
public record IndexWords(String title, String see, String seeAlso, String symbols) {

    /** By language: title|see|see also|symbols. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("en", "Index|see|see also|Symbols"),
            Map.entry("de", "Stichwortverzeichnis|siehe|siehe auch|Symbole"),
            Map.entry("fr", "Index|voir|voir aussi|Symboles"),
            Map.entry("es", "Índice alfabético|véase|véase también|Símbolos"),
            Map.entry("it", "Indice analitico|vedi|vedi anche|Simboli"),
            Map.entry("pt", "Índice remissivo|ver|ver também|Símbolos"),
            Map.entry("nl", "Register|zie|zie ook|Symbolen"),
            Map.entry("pl", "Indeks|zob.|zob. też|Symbole"),
            Map.entry("cs", "Rejstřík|viz|viz též|Symboly"),
            Map.entry("sk", "Register|pozri|pozri aj|Symboly"),
            Map.entry("sl", "Stvarno kazalo|glej|glej tudi|Simboli"),
            Map.entry("hr", "Kazalo|vidi|vidi također|Simboli"),
            Map.entry("hu", "Tárgymutató|lásd|lásd még|Szimbólumok"),
            Map.entry("ro", "Index|vezi|vezi și|Simboluri"),
            Map.entry("bg", "Азбучен указател|вж.|вж. също|Символи"),
            Map.entry("el", "Ευρετήριο|βλ.|βλ. επίσης|Σύμβολα"),
            Map.entry("da", "Stikordsregister|se|se også|Symboler"),
            Map.entry("sv", "Register|se|se även|Symboler"),
            Map.entry("no", "Register|se|se også|Symboler"),
            Map.entry("fi", "Hakemisto|katso|katso myös|Symbolit"),
            Map.entry("et", "Register|vt|vt ka|Sümbolid"),
            Map.entry("lv", "Alfabētiskais rādītājs|sk.|sk. arī|Simboli"),
            Map.entry("lt", "Rodyklė|žr.|taip pat žr.|Simboliai"),
            Map.entry("ga", "Innéacs|féach|féach freisin|Siombailí"),
            Map.entry("mt", "Indiċi|ara|ara wkoll|Simboli"),
            Map.entry("ca", "Índex alfabètic|vegeu|vegeu també|Símbols"),
            Map.entry("ru", "Предметный указатель|см.|см. также|Символы"),
            Map.entry("uk", "Предметний покажчик|див.|див. також|Символи"));

    public static IndexWords of(String languageTag) {
        String language = languageTag.toLowerCase(Locale.ROOT).split("-", -1)[0];
        language = language.equals("nb") || language.equals("nn") ? "no" : language;
        String[] w = WORDS.getOrDefault(language, WORDS.get("en")).split("\\|");
        return new IndexWords(w[0], w[1], w[2], w[3]);
    }

    /** The same words with the title a theme gives (blank keeps it). */
    public IndexWords titled(String other) {
        return other == null || other.isBlank() ? this : new IndexWords(other, see, seeAlso, symbols);
    }
}
