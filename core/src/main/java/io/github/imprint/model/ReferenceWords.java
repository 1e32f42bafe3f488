package io.github.imprint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words of captions and cross-references in the publication's language: the names of the kinds
 * ("Figure", "Abbildung", "Рисунок"), a page ("page 97", "Seite 97", "с. 97"), and where a target is
 * in print from the reference to it ("on page 97", "on the facing page", "on the previous page", "on
 * the next page", as LaTeX's varioref says it). Both editions print them; a theme can rename the
 * kinds. English where Imprint has no words for the language.
 *
 * @param page   a page's pattern, {@code %s} for its folio
 * @param onPage where a target is, {@code %s} for its folio
 * @param listOfFigures the title of the list that follows the contents, and so on for the others
 */
public record ReferenceWords(
        String figure,
        String table,
        String listing,
        String page,
        String onPage,
        String onFacingPage,
        String onPreviousPage,
        String onNextPage,
        String listOfFigures,
        String listOfTables,
        String listOfListings) {

    /** By language: figure|table|listing|page|on page|on the facing page|on the previous page|on the next page. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry(
                    "en",
                    "Figure|Table|Listing|page %s|on page %s|on the facing page|on the previous page|on the next page"),
            Map.entry(
                    "de",
                    "Abbildung|Tabelle|Listing|Seite %s|auf Seite %s|auf der gegenüberliegenden Seite"
                            + "|auf der vorigen Seite|auf der nächsten Seite"),
            Map.entry(
                    "fr",
                    "Figure|Tableau|Listing|page %s|à la page %s|ci-contre|à la page précédente"
                            + "|à la page suivante"),
            Map.entry(
                    "es",
                    "Figura|Tabla|Listado|página %s|en la página %s|en la página opuesta"
                            + "|en la página anterior|en la página siguiente"),
            Map.entry(
                    "it",
                    "Figura|Tabella|Listato|pagina %s|a pagina %s|nella pagina a fronte"
                            + "|nella pagina precedente|nella pagina seguente"),
            Map.entry(
                    "pt",
                    "Figura|Tabela|Listagem|página %s|na página %s|na página ao lado|na página anterior"
                            + "|na página seguinte"),
            Map.entry(
                    "nl",
                    "Figuur|Tabel|Listing|pagina %s|op pagina %s|op de tegenoverliggende pagina"
                            + "|op de vorige pagina|op de volgende pagina"),
            Map.entry(
                    "pl",
                    "Rysunek|Tabela|Listing|strona %s|na stronie %s|na stronie obok|na poprzedniej stronie"
                            + "|na następnej stronie"),
            Map.entry(
                    "cs",
                    "Obrázek|Tabulka|Výpis|strana %s|na straně %s|na protější straně|na předchozí straně"
                            + "|na následující straně"),
            Map.entry(
                    "sk",
                    "Obrázok|Tabuľka|Výpis|strana %s|na strane %s|na protiľahlej strane"
                            + "|na predchádzajúcej strane|na nasledujúcej strane"),
            Map.entry(
                    "sl",
                    "Slika|Tabela|Izpis|str. %s|na str. %s|na sosednji strani|na prejšnji strani"
                            + "|na naslednji strani"),
            Map.entry(
                    "hr",
                    "Slika|Tablica|Ispis|str. %s|na str. %s|na susjednoj stranici|na prethodnoj stranici"
                            + "|na sljedećoj stranici"),
            Map.entry(
                    "hu",
                    "Ábra|Táblázat|Kódrészlet|%s. oldal|(%s. oldal)|(a szemközti oldalon)"
                            + "|(az előző oldalon)|(a következő oldalon)"),
            Map.entry(
                    "ro",
                    "Figura|Tabelul|Listing|pagina %s|la pagina %s|pe pagina alăturată"
                            + "|pe pagina anterioară|pe pagina următoare"),
            Map.entry(
                    "bg",
                    "Фигура|Таблица|Листинг|с. %s|на с. %s|на съседната страница|на предишната страница"
                            + "|на следващата страница"),
            Map.entry(
                    "el",
                    "Σχήμα|Πίνακας|Κώδικας|σελίδα %s|στη σελίδα %s|στην απέναντι σελίδα"
                            + "|στην προηγούμενη σελίδα|στην επόμενη σελίδα"),
            Map.entry(
                    "da",
                    "Figur|Tabel|Kodeliste|side %s|på side %s|på modstående side|på forrige side" + "|på næste side"),
            Map.entry(
                    "sv",
                    "Figur|Tabell|Kodlistning|sidan %s|på sidan %s|på motstående sida|på föregående sida"
                            + "|på nästa sida"),
            Map.entry(
                    "no",
                    "Figur|Tabell|Kodeliste|side %s|på side %s|på motstående side|på forrige side" + "|på neste side"),
            Map.entry(
                    "fi",
                    "Kuva|Taulukko|Listaus|sivu %s|sivulla %s|vastakkaisella sivulla|edellisellä sivulla"
                            + "|seuraavalla sivulla"),
            Map.entry(
                    "et",
                    "Joonis|Tabel|Koodinäide|lk %s|lk %s|kõrvalleheküljel|eelmisel leheküljel"
                            + "|järgmisel leheküljel"),
            Map.entry(
                    "lv",
                    "Attēls|Tabula|Pirmkods|%s. lpp.|%s. lpp.|blakus lappusē|iepriekšējā lappusē"
                            + "|nākamajā lappusē"),
            Map.entry(
                    "lt",
                    "Paveikslas|Lentelė|Programos tekstas|%s p.|%s p.|gretimame puslapyje"
                            + "|ankstesniame puslapyje|kitame puslapyje"),
            Map.entry(
                    "ga",
                    "Fíor|Tábla|Liostú|leathanach %s|ar leathanach %s|ar an leathanach thall"
                            + "|ar an leathanach roimhe|ar an gcéad leathanach eile"),
            Map.entry(
                    "mt",
                    "Figura|Tabella|Lista|paġna %s|f'paġna %s|fil-paġna ta' faċċata|fil-paġna ta' qabel"
                            + "|fil-paġna li jmiss"),
            Map.entry(
                    "ca",
                    "Figura|Taula|Llistat|pàgina %s|a la pàgina %s|a la pàgina del costat"
                            + "|a la pàgina anterior|a la pàgina següent"),
            Map.entry(
                    "ru",
                    "Рисунок|Таблица|Листинг|с. %s|на с. %s|на соседней странице|на предыдущей странице"
                            + "|на следующей странице"),
            Map.entry(
                    "uk",
                    "Рисунок|Таблиця|Лістинг|с. %s|на с. %s|на сусідній сторінці|на попередній сторінці"
                            + "|на наступній сторінці"));

    /** The titles of the lists of figures, tables and listings, by language. */
    private static final Map<String, String> LISTS = Map.ofEntries(
            Map.entry("en", "List of Figures|List of Tables|List of Listings"),
            Map.entry("de", "Abbildungsverzeichnis|Tabellenverzeichnis|Verzeichnis der Listings"),
            Map.entry("fr", "Table des figures|Liste des tableaux|Liste des listings"),
            Map.entry("es", "Índice de figuras|Índice de tablas|Índice de listados"),
            Map.entry("it", "Elenco delle figure|Elenco delle tabelle|Elenco dei listati"),
            Map.entry("pt", "Lista de figuras|Lista de tabelas|Lista de listagens"),
            Map.entry("nl", "Lijst van figuren|Lijst van tabellen|Lijst van listings"),
            Map.entry("pl", "Spis rysunków|Spis tabel|Spis listingów"),
            Map.entry("cs", "Seznam obrázků|Seznam tabulek|Seznam výpisů"),
            Map.entry("sk", "Zoznam obrázkov|Zoznam tabuliek|Zoznam výpisov"),
            Map.entry("sl", "Seznam slik|Seznam tabel|Seznam izpisov"),
            Map.entry("hr", "Popis slika|Popis tablica|Popis ispisa"),
            Map.entry("hu", "Ábrák jegyzéke|Táblázatok jegyzéke|Kódrészletek jegyzéke"),
            Map.entry("ro", "Lista figurilor|Lista tabelelor|Lista listingurilor"),
            Map.entry("bg", "Списък на фигурите|Списък на таблиците|Списък на листингите"),
            Map.entry("el", "Κατάλογος σχημάτων|Κατάλογος πινάκων|Κατάλογος κωδίκων"),
            Map.entry("da", "Figurer|Tabeller|Kodelister"),
            Map.entry("sv", "Figurer|Tabeller|Kodlistningar"),
            Map.entry("no", "Figurer|Tabeller|Kodelister"),
            Map.entry("fi", "Kuvat|Taulukot|Listaukset"),
            Map.entry("et", "Joonised|Tabelid|Koodinäited"),
            Map.entry("lv", "Attēlu saraksts|Tabulu saraksts|Pirmkodu saraksts"),
            Map.entry("lt", "Paveikslų sąrašas|Lentelių sąrašas|Programų tekstų sąrašas"),
            Map.entry("ga", "Liosta fíoracha|Liosta táblaí|Liosta liostuithe"),
            Map.entry("mt", "Lista ta' figuri|Lista ta' tabelli|Lista ta' listi"),
            Map.entry("ca", "Índex de figures|Índex de taules|Índex de llistats"),
            Map.entry("ru", "Список иллюстраций|Список таблиц|Список листингов"),
            Map.entry("uk", "Перелік ілюстрацій|Перелік таблиць|Перелік лістингів"));

    public static ReferenceWords of(String languageTag) {
        String[] w = words(WORDS, languageTag);
        String[] l = words(LISTS, languageTag);
        return new ReferenceWords(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], l[0], l[1], l[2]);
    }

    /**
     * A language's words from a table of them by language, split at {@code |}: by the tag's language
     * (Norwegian Bokmål and Nynorsk as Norwegian), English where the table has none.
     */
    static String[] words(Map<String, String> byLanguage, String languageTag) {
        String language = languageTag.toLowerCase(Locale.ROOT).split("-", -1)[0];
        language = language.equals("nb") || language.equals("nn") ? "no" : language;
        return byLanguage.getOrDefault(language, byLanguage.get("en")).split("\\|");
    }

    /** The title of the list of a kind's blocks: "List of Figures". */
    public String listTitle(Numbering.Kind kind) {
        return switch (kind) {
            case FIGURE -> listOfFigures;
            case TABLE -> listOfTables;
            default -> listOfListings;
        };
    }

    /** The same words with the kinds a theme renames (null or empty keeps a word). */
    public ReferenceWords renamed(Optional<String> figure, Optional<String> table, Optional<String> listing) {
        return new ReferenceWords(
                figure.filter(s -> !s.isBlank()).orElse(this.figure),
                table.filter(s -> !s.isBlank()).orElse(this.table),
                listing.filter(s -> !s.isBlank()).orElse(this.listing),
                page,
                onPage,
                onFacingPage,
                onPreviousPage,
                onNextPage,
                listOfFigures,
                listOfTables,
                listOfListings);
    }

    /** The name of a kind: "Figure"; a heading has none. */
    public String name(Numbering.Kind kind) {
        return switch (kind) {
            case FIGURE -> figure;
            case TABLE -> table;
            case LISTING -> listing;
            case SECTION -> "";
        };
    }

    /** Where a reference's target is in print, seen from the reference. */
    public enum Proximity {
        SAME_PAGE,
        FACING_PAGE,
        PREVIOUS_PAGE,
        NEXT_PAGE,
        ELSEWHERE
    }

    /** A numbered block's caption prefix, "Figure 3.2.", or empty when nothing is numbered. */
    public String caption(Numbering.Target target) {
        return target.number().isEmpty() ? "" : name(target.kind()) + " " + target.number() + ".";
    }

    /**
     * A caption as both editions print it: the block's number in bold ("Figure 3.2."), then the
     * caption's words; the caption alone when the block is not numbered.
     */
    public List<Inline> captioned(Optional<Numbering.Target> target, List<Inline> caption, SourcePos pos) {
        String label = target.map(this::caption).orElse("");
        if (label.isEmpty()) {
            return caption;
        }
        List<Inline> out = new ArrayList<>();
        out.add(new Inline.Styled(Inline.Style.STRONG, List.of(new Inline.Text(label, pos)), pos));
        if (!caption.isEmpty()) {
            out.add(new Inline.Text(" ", pos));
            out.addAll(caption);
        }
        return out;
    }

    /**
     * A reference's words: "Figure 3.2", "page 97", "Figure 3.2 on the facing page".
     *
     * @param folio the target's page in print, when known (an EPUB built without its PDF does not know
     *     it, and names the target alone)
     */
    public String reference(
            Numbering.Target target, Inline.Reference.Form form, Optional<String> folio, Proximity where) {
        String named = target.kind() == Numbering.Kind.SECTION
                ? Inline.plainText(target.title())
                : (name(target.kind()) + " " + target.number()).strip();
        if (folio.isEmpty() || form == Inline.Reference.Form.NUMBER) {
            return named;
        }
        if (form == Inline.Reference.Form.PAGE) {
            return page.formatted(folio.get());
        }
        return switch (where) {
            case SAME_PAGE -> named;
            case FACING_PAGE -> named + " " + onFacingPage;
            case PREVIOUS_PAGE -> named + " " + onPreviousPage;
            case NEXT_PAGE -> named + " " + onNextPage;
            case ELSEWHERE -> named + " " + onPage.formatted(folio.get());
        };
    }
}
