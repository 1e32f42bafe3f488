package io.github.imprint.epub;

import io.github.imprint.model.Block;
import io.github.imprint.model.Inline;
import io.github.imprint.model.Numbering;
import io.github.imprint.model.Publication;
import io.github.imprint.model.ReferenceWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Numbers and cross-references in the EPUB, in the same words as the PDF: a numbered block's caption
 * opens with its number, and a reference prints its target's number and, when the PDF was built in
 * the same run, the PDF's page ("Figure 3.2 on page 97"), so a reader of either edition finds the same
 * page. A reflowable book has no facing pages, so the EPUB always names the page; without a PDF it
 * names the target alone ("Figure 3.2"), and a reference by page falls back to the same.
 *
 * @param folios the PDF's page of each target, by anchor; empty without a PDF
 */
record CrossReferences(Numbering numbering, ReferenceWords words, Map<String, String> folios) {

    CrossReferences {
        folios = Map.copyOf(folios);
    }

    static CrossReferences of(
            Publication publication, Numbering.Mode mode, ReferenceWords words, Map<String, String> folios) {
        return new CrossReferences(Numbering.of(publication, mode), words, folios);
    }

    /** The id a numbered block carries, if it is numbered. */
    Optional<String> id(Block block) {
        return numbering.of(block).map(Numbering.Target::anchor);
    }

    /** The caption's inlines with the block's number before them ("Figure 3.2."), in bold. */
    List<Inline> caption(Block block, List<Inline> caption) {
        return words.captioned(numbering.of(block), caption, block.pos());
    }

    /** The lists of figures, tables and listings asked for that the book has, for the navigation document. */
    List<Navigation.Listing> lists(Set<Numbering.Kind> asked) {
        List<Navigation.Listing> lists = new ArrayList<>();
        for (Numbering.Kind kind : List.of(Numbering.Kind.FIGURE, Numbering.Kind.TABLE, Numbering.Kind.LISTING)) {
            List<Contents.Entry> entries = numbering.all(kind).stream()
                    .map(t -> new Contents.Entry(
                            (t.number() + "\u2002" + Inline.plainText(t.title())).strip(),
                            t.chapterId() + ".xhtml#" + t.anchor(),
                            List.of()))
                    .toList();
            if (asked.contains(kind) && !entries.isEmpty()) {
                String id = switch (kind) {
                    case FIGURE -> "loi";
                    case TABLE -> "lot";
                    default -> "lol";
                };
                lists.add(new Navigation.Listing(
                        id, kind == Numbering.Kind.LISTING ? null : id, words.listTitle(kind), entries));
            }
        }
        return lists;
    }

    /** Where a reference links and what it says; empty when its label names nothing. */
    Optional<String[]> reference(Inline.Reference ref, String chapterId) {
        return numbering.label(ref.label()).map(t -> new String[] {
            (t.chapterId().equals(chapterId) ? "" : t.chapterId() + ".xhtml") + "#" + t.anchor(),
            words.reference(
                    t, ref.form(), Optional.ofNullable(folios.get(t.anchor())), ReferenceWords.Proximity.ELSEWHERE)
        });
    }
}
