package io.github.imprint.markdown;

import io.github.imprint.model.Block;
import io.github.imprint.model.Inline;
import io.github.imprint.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's alerts: a quotation that opens with {@code [!NOTE]}, {@code [!TIP]}, {@code [!IMPORTANT]},
 * {@code [!WARNING]} or {@code [!CAUTION]} is a note of that kind, titled in the publication's
 * language (English where Imprint does not know the words), as GitHub shows it.
 */
final class Alerts {

    private static final Pattern MARKER =
            Pattern.compile("^\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]\\s*", Pattern.CASE_INSENSITIVE);

    /** The titles, by language, in the order NOTE, TIP, IMPORTANT, WARNING, CAUTION. */
    private static final Map<String, List<String>> TITLES = Map.of(
            "en", List.of("Note", "Tip", "Important", "Warning", "Caution"),
            "de", List.of("Hinweis", "Tipp", "Wichtig", "Warnung", "Vorsicht"),
            "fr", List.of("Remarque", "Astuce", "Important", "Avertissement", "Attention"),
            "es", List.of("Nota", "Consejo", "Importante", "Advertencia", "Precaución"),
            "it", List.of("Nota", "Suggerimento", "Importante", "Avviso", "Attenzione"),
            "pt", List.of("Nota", "Dica", "Importante", "Aviso", "Cuidado"),
            "nl", List.of("Opmerking", "Tip", "Belangrijk", "Waarschuwing", "Let op"),
            "pl", List.of("Uwaga", "Wskazówka", "Ważne", "Ostrzeżenie", "Przestroga"),
            "ru", List.of("Примечание", "Совет", "Важно", "Предупреждение", "Осторожно"));

    private static final List<String> KINDS = List.of("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION");

    private Alerts() {}

    /** The alert a quotation's blocks make, if they open with a marker. */
    static Optional<Block> of(List<Block> blocks, String language, SourcePos pos) {
        if (blocks.isEmpty()
                || !(blocks.get(0) instanceof Block.Paragraph first)
                || !(first.content().get(0) instanceof Inline.Text text)) {
            return Optional.empty();
        }
        Matcher marker = MARKER.matcher(text.text());
        if (!marker.find()) {
            return Optional.empty();
        }
        String kind = marker.group(1).toUpperCase(Locale.ROOT);
        List<Inline> rest = new ArrayList<>(first.content());
        String after = text.text().substring(marker.end());
        if (after.isEmpty()) {
            rest.remove(0);
        } else {
            rest.set(0, new Inline.Text(after, text.pos()));
        }
        while (!rest.isEmpty()
                && (rest.get(0) instanceof Inline.LineBreak
                        || rest.get(0) instanceof Inline.Text t && t.text().isBlank())) {
            rest.remove(0);
        }
        List<Block> body = new ArrayList<>(blocks);
        if (rest.isEmpty()) {
            body.remove(0);
        } else {
            body.set(0, new Block.Paragraph(rest, first.pos()));
        }
        List<String> titles =
                TITLES.getOrDefault(language.toLowerCase(Locale.ROOT).split("-", -1)[0], TITLES.get("en"));
        String title = titles.get(KINDS.indexOf(kind));
        return Optional.of(new Block.Division(
                Block.Division.Kind.NOTE,
                List.of("alert", kind.toLowerCase(Locale.ROOT)),
                List.of(new Inline.Text(title, pos)),
                body,
                pos));
    }
}
