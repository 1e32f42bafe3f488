package io.github.imprint.model;

import java.util.Locale;

/**
 * The few words Imprint writes itself, in the publication's language (English otherwise), the same in
 * both editions.
 */
public record Labels(
        String contents,
        String cover,
        String titlePage,
        String notes,
        String backToText,
        String by,
        String landmarks,
        String start,
        String typesetWith,
        String pages) {

    public static Labels of(String languageTag) {
        return switch (languageTag.toLowerCase(Locale.ROOT).split("-", -1)[0]) {
            case "de" ->
                new Labels(
                        "Inhalt",
                        "Umschlag",
                        "Titelseite",
                        "Fußnoten",
                        "Zurück zum Text",
                        "von",
                        "Orientierungspunkte",
                        "Beginn",
                        "Gesetzt mit",
                        "Seiten");
            case "fr" ->
                new Labels(
                        "Table des matières",
                        "Couverture",
                        "Page de titre",
                        "Notes",
                        "Retour au texte",
                        "par",
                        "Repères",
                        "Début",
                        "Composé avec",
                        "Pages");
            case "es" ->
                new Labels(
                        "Índice",
                        "Cubierta",
                        "Portada",
                        "Notas",
                        "Volver al texto",
                        "por",
                        "Puntos de referencia",
                        "Comienzo",
                        "Compuesto con",
                        "Páginas");
            case "it" ->
                new Labels(
                        "Indice",
                        "Copertina",
                        "Frontespizio",
                        "Note",
                        "Torna al testo",
                        "di",
                        "Punti di riferimento",
                        "Inizio",
                        "Composto con",
                        "Pagine");
            case "ru" ->
                new Labels(
                        "Содержание",
                        "Обложка",
                        "Титульный лист",
                        "Примечания",
                        "Вернуться к тексту",
                        "",
                        "Ориентиры",
                        "Начало",
                        "Свёрстано в",
                        "Страницы");
            default ->
                new Labels(
                        "Contents",
                        "Cover",
                        "Title page",
                        "Notes",
                        "Back to text",
                        "by",
                        "Landmarks",
                        "Start",
                        "Typeset with",
                        "Pages");
        };
    }
}
